#pragma once

#include "domain/OpenMode.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

namespace sl {

// One connection to a StudyLedger database file. Opening checks that the file is a regular file
// holding an SQLite database of ours (application id and tables), switches on foreign keys, the
// WAL journal with full sync, and registers the Chinese collation `zh`. Use one Database per
// thread. While it is open, the file and its journal are protected from outputs (LedgerFiles).
class Database
{
public:
    using OpenMode = sl::OpenMode;

    // The 32-bit application id stamped into every StudyLedger file ("SLdg").
    static constexpr int applicationId = 0x534c6467;

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }

    // PRAGMA user_version: 0 for a new, empty file.
    int schemaVersion();

    // Whether the file holds any table (a file with tables but no version is not ours).
    bool hasTables();

    QString journalMode();

    bool isReadOnly() const { return m_readOnly; }

    // PRAGMA integrity_check and foreign_key_check: the problems found, empty when both pass.
    Result<QStringList> check();

    // Refuses to write into a damaged ledger: a quick structural check of the whole file and a
    // full check (rows against indexes) of the tables about to be written.
    Status verifyBeforeWrite(const QStringList& tables);

    // A consistent, verified copy of the whole database in `target` (DatabaseBackup): written
    // beside it under a temporary name, checked, synced and renamed; a failure leaves no file.
    // An existing target is replaced only when `replace` is set.
    Status backupTo(const QString& target, bool replace = false);

    // The error of a failed statement on this database, in words a user can act on.
    Error sqlError(const QSqlError& error) const;

private:
    friend class Transaction;
    Database(QString path, QString connectionName, bool readOnly);
    Status configure(bool created);
    Status checkOurs(bool created);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_registered = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace sl
