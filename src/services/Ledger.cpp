#include "Ledger.h"

#include "Access.h"

#include "files/LedgerFiles.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/RollupRepository.h"

#include <QDir>
#include <QStandardPaths>

namespace sl {

QString Ledger::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("STUDYLEDGER_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/studyledger");
    LedgerFiles::makePrivateFolder(dir); // the ledger holds personal data: owner-only
    return dir + QStringLiteral("/studyledger.sqlite");
}

Ledger::Ledger(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Ledger::~Ledger() = default;

QString Ledger::path() const
{
    return m_db->path();
}

Status Ledger::backup(const QString& target, bool replace)
{
    if (Status allowed = Access(*this).require(Action::Backup); !allowed)
        return allowed;
    return m_db->backupTo(target, replace);
}

Result<QStringList> Ledger::check()
{
    auto problems = m_db->check();
    if (!problems || !problems->isEmpty())
        return problems;
    // The roll-ups against a recount, once the file itself is sound.
    return RollupRepository(*m_db).problems();
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString& path, OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    if (mode == OpenMode::ReadOnly) {
        // Read, never migrated; but a file of a newer StudyLedger is still refused.
        if (Status s = Migrator::refuseNewer(**db); !s)
            return s.error();
        std::unique_ptr<Ledger> reader(new Ledger(std::move(db).value()));
        if (Status s = reader->signOutIfShared(); !s)
            return s.error();
        return reader;
    }
    auto migrated = Migrator::migrate(**db);
    if (!migrated)
        return migrated.error();
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(db).value()));
    ledger->m_migrationBackup = migrated->backupPath;
    if (Status s = ledger->signOutIfShared(); !s)
        return s.error();
    return ledger;
}

Status Ledger::signOutIfShared()
{
    // A ledger with accounts opens signed out: a forgotten log-in never means single-user rights.
    // (A read-only file of an old schema has the accounts table too: it is there since schema 1.)
    if (!m_db->hasTables())
        return {};
    auto count = AccountRepository(*m_db).count();
    if (!count)
        return count.error();
    if (*count > 0)
        m_actor = Actor::nobody();
    return {};
}

Status Ledger::copy(const QString& source, const QString& target, bool replace)
{
    auto db = Database::open(source, OpenMode::ReadOnly);
    if (!db)
        return db.error();
    return (*db)->backupTo(target, replace);
}

Status Ledger::requireRosterEdit() const
{
    // The permission matrix decides (Access); the role alone, the scope is the caller's.
    return Access(const_cast<Ledger&>(*this)).require(Action::RosterWrite);
}

} // namespace sl
