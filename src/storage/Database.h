#pragma once

#include "domain/OpenMode.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace sl {

// A statement kept prepared by its Database (Database::prepared), lent for one use: when the
// loan ends the statement is reset, so that no read stays open between uses.
class PreparedQuery
{
public:
    explicit PreparedQuery(QSqlQuery* query) : m_query(query) {}
    PreparedQuery(PreparedQuery&& other) noexcept : m_query(std::exchange(other.m_query, nullptr))
    {
    }
    PreparedQuery& operator=(PreparedQuery&&) = delete;
    PreparedQuery(const PreparedQuery&) = delete;
    ~PreparedQuery()
    {
        if (m_query)
            m_query->finish();
    }
    QSqlQuery& operator*() const { return *m_query; }
    QSqlQuery* operator->() const { return m_query; }

private:
    QSqlQuery* m_query;
};

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
    // Whether the file holds the table `name`; an error when the schema cannot be read.
    Result<bool> hasTable(const QString& name);

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

    // A forward-only statement of `sql` (fixed text of a repository), compiled once on this
    // connection and kept until it closes, so that the paths run once per row (imports) bind
    // and step it again without compiling it. Bind with addBindValue, exec, read its rows to the
    // end or not: it is reset when the loan ends. A statement that does not compile is not kept.
    Result<PreparedQuery> prepared(const QString& sql);

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
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace sl
