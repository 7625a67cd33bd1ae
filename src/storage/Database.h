#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sl {

// One connection to a StudyLedger database file. Opening checks that the file is an SQLite
// database of ours (or empty), switches on foreign keys and the WAL journal and registers the
// Chinese collation `zh`. Use one Database per thread.
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing, // a missing file is created (empty, schema version 0)
        MustExist,       // a missing file is an error
    };

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

    // PRAGMA integrity_check and foreign_key_check: the problems found, empty when both pass.
    Result<QStringList> check();

    // A consistent copy of the whole database in `target` (VACUUM INTO), which must not exist.
    Status backupTo(const QString& target);

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace sl
