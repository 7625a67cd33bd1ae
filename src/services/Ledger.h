#pragma once

#include "domain/Enums.h"
#include "domain/OpenMode.h"
#include "domain/Result.h"
#include "services/LedgerEvents.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sl {

class Database;

// The account a session works as. A database without accounts is in single-user mode, where
// everything is allowed. A database with accounts opens signed out, with no rights at all, until
// AccountService::login sets the account.
struct Actor
{
    qint64 accountId = 0; // 0: single-user mode, or signed out
    AccountRole role = AccountRole::Admin;
    qint64 orgId = 0;
    qint64 memberId = 0;
    bool signedOut = false; // the ledger has accounts and nobody has logged in

    bool isSingleUser() const { return accountId == 0 && !signedOut; }
    static Actor nobody()
    {
        Actor a;
        a.signedOut = true;
        a.role = AccountRole::Leader;
        return a;
    }
};

// An open StudyLedger: the database at the latest schema and the acting account. Every service
// works on a Ledger; the GUI and the CLI each open one.
class Ledger
{
public:
    // The database used when none is named: $STUDYLEDGER_DB, else studyledger.sqlite in the
    // application data folder (the same for the GUI and the CLI).
    static QString defaultPath();

    // Opens (and creates, if `mode` allows) the database and migrates it to the latest schema;
    // a ReadOnly ledger is neither migrated nor written.
    static Result<std::unique_ptr<Ledger>> open(const QString& path, OpenMode mode);
    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    // The database, for the services (the GUI never needs it: the services speak domain types).
    Database& db() { return *m_db; }
    // The file of the open ledger.
    QString path() const;
    const Actor& actor() const { return m_actor; }
    // What the ledger announces after each committed write (LedgerWrite fires it).
    LedgerEvents& events() { return m_events; }
    void setActor(const Actor& actor) { m_actor = actor; }
    // The backup made when an older schema was migrated, if any.
    const QString& migrationBackup() const { return m_migrationBackup; }

    // A verified copy of the whole database in `target`, which must not exist yet unless
    // `replace` is set (DatabaseBackup: a failure leaves no file behind). The one backup path of
    // the GUI and the CLI.
    Status backup(const QString& target, bool replace = false);
    // The same for the database at `source`, made through a connection of its own, so that it
    // can run on a worker thread while the caller keeps working.
    static Status copy(const QString& source, const QString& target, bool replace = false);
    // Integrity and foreign-key check, then (when both pass) the roll-ups against a recount of
    // the records: the problems found, empty when all pass.
    Result<QStringList> check();

    // Permission to change organisations, members and groups (Access, Action::RosterWrite; the
    // role alone).
    Status requireRosterEdit() const;

private:
    explicit Ledger(std::unique_ptr<Database> db);
    // Signs out (Actor::nobody) when the database has accounts.
    Status signOutIfShared();

    std::unique_ptr<Database> m_db;
    Actor m_actor;
    QString m_migrationBackup;
    LedgerEvents m_events;
};

} // namespace sl
