#include "Database.h"

#include "ChineseCollation.h"
#include "DatabaseBackup.h"
#include "DatabaseFile.h"
#include "NameInitialsFunction.h"
#include "files/LedgerFiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sl {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("studyledger-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error notOurs(const QString& path, const QString& why)
{
    return Error{
        ErrorCode::NotADatabase,
        {},
        QCoreApplication::translate("sl::Database", "%1 is not a StudyLedger database (%2)")
            .arg(path, why)};
}

// A new ledger holds personal data: the file is created owner-only before SQLite opens it (SQLite
// gives its journal files the same permissions).
Status createPrivateFile(const QString& path)
{
    if (Status s = LedgerFiles::createPrivateFile(path); !s)
        return Error::database(QCoreApplication::translate("sl::Database", "cannot create %1: %2")
                                   .arg(path, s.error().message));
    return {};
}

// The tables every StudyLedger schema has had since version 1.
const char* const coreTables[] = {"organisations",     "members",  "study_groups",
                                  "group_memberships", "sessions", "attendance",
                                  "self_study",        "writings"};

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const bool readOnly = mode == OpenMode::ReadOnly;
    auto state = DatabaseFile::inspect(path, !readOnly);
    if (!state)
        return state.error();
    bool created = false;
    switch (*state) {
    case DatabaseFile::State::Missing:
        if (mode == OpenMode::MustExist || readOnly)
            return Error{ErrorCode::NotADatabase,
                         {},
                         QCoreApplication::translate("sl::Database",
                                                     "no database at %1 (create one with init)")
                             .arg(path)};
        if (Status s = createPrivateFile(path); !s)
            return s.error();
        created = true;
        break;
    case DatabaseFile::State::Empty:
        if (mode != OpenMode::CreateOrEmpty)
            return notOurs(
                path, QCoreApplication::translate(
                          "sl::Database", "empty file; create a ledger with init or File › New"));
        created = true;
        break;
    case DatabaseFile::State::Sqlite:
        break;
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), readOnly));
    if (!db->m_db.open()) {
        Error e = DatabaseFile::sqlError(path, db->m_db.lastError());
        if (created && *state == DatabaseFile::State::Missing)
            QFile::remove(path);
        return e;
    }
    if (Status s = db->configure(created); !s)
        return s.error();
    return db;
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (m_readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

Database::~Database()
{
    m_prepared.clear(); // before the connection goes
    if (m_registered)
        LedgerFiles::unregisterOpen(m_path);
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<PreparedQuery> Database::prepared(const QString& sql)
{
    if (const auto it = m_prepared.constFind(sql); it != m_prepared.cend())
        return PreparedQuery(it->get());
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return Error::database(q->lastError().text());
    m_prepared.insert(sql, q);
    return PreparedQuery(q.get());
}

Error Database::sqlError(const QSqlError& error) const
{
    return DatabaseFile::sqlError(m_path, error);
}

Status Database::checkOurs(bool created)
{
    QSqlQuery q(m_db);
    // The first read tells whether SQLite accepts the file at all.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlError(q.lastError());
    const int appId = q.value(0).toInt();
    const int version = schemaVersion();
    if (appId == applicationId) {
        if (version <= 0)
            return Error::database(QCoreApplication::translate(
                                       "sl::Database", "%1 is damaged: it has no schema version")
                                       .arg(m_path));
        for (const char* table : coreTables) {
            auto present = hasTable(QString::fromLatin1(table));
            if (!present)
                return present.error();
            if (!*present)
                return Error::database(QCoreApplication::translate(
                                           "sl::Database", "%1 is damaged: its table %2 is missing")
                                           .arg(m_path, QString::fromLatin1(table)));
        }
        return {};
    }
    if (appId != 0)
        return notOurs(
            m_path, QCoreApplication::translate("sl::Database", "it belongs to another program"));
    if (version != 0 || hasTables())
        return notOurs(m_path, QCoreApplication::translate(
                                   "sl::Database", "an SQLite database of another program"));
    if (!created)
        return notOurs(m_path,
                       QCoreApplication::translate(
                           "sl::Database", "an empty SQLite database; create a ledger with init"));
    return {};
}

Status Database::configure(bool created)
{
    if (Status s = checkOurs(created); !s)
        return s;
    QSqlQuery q(m_db);
    // FULL: a commit is on the disk before it is reported; a power cut loses nothing committed.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return sqlError(q.lastError());
    }
    if (!registerChineseCollation(m_db))
        return Error::database(
            QCoreApplication::translate("sl::Database", "cannot register the Chinese collation"));
    if (!registerNameInitialsFunction(m_db))
        return Error::database(QCoreApplication::translate(
            "sl::Database", "cannot register the function of pinyin initials"));
    LedgerFiles::registerOpen(m_path);
    m_registered = true;
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<bool> Database::hasTable(const QString& name)
{
    QSqlQuery q(m_db);
    // A statement that cannot be prepared (a damaged schema page) is the file's fault: say why,
    // not that the values did not match.
    if (!q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")))
        return sqlError(q.lastError());
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q.lastError());
    return q.next();
}

bool Database::hasTables()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) &&
           q.next() && q.value(0).toInt() > 0;
}

QString Database::journalMode()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<QStringList> Database::check()
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QCoreApplication::translate("sl::Database", "integrity: %1").arg(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q.lastError());
    while (q.next()) {
        problems << QCoreApplication::translate("sl::Database",
                                                "foreign key: %1 row %2 refers to a missing %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

Status Database::verifyBeforeWrite(const QStringList& tables)
{
    QStringList problems;
    QSqlQuery q(m_db);
    QStringList statements{QStringLiteral("PRAGMA quick_check(5)")};
    // A pragma takes no bound values: the table names come from ImportTables.h, and anything but
    // a plain identifier is refused rather than spliced in.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    for (const QString& table : tables) {
        if (!identifier.match(table).hasMatch())
            return Error::database(QStringLiteral("not a table name: %1").arg(table));
        statements << QStringLiteral("PRAGMA integrity_check(%1)").arg(table);
    }
    for (const QString& statement : statements) {
        if (!q.exec(statement))
            return sqlError(q.lastError());
        while (q.next() && problems.size() < 5) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty())
            break;
    }
    if (problems.isEmpty())
        return {};
    return Error::database(QCoreApplication::translate(
                               "sl::Database",
                               "%1 is damaged (%2); nothing was written. Run check, then restore a "
                               "backup.")
                               .arg(m_path, problems.join(QStringLiteral("; "))));
}

Status Database::backupTo(const QString& target, bool replace)
{
    return DatabaseBackup(*this).write(target, replace);
}

} // namespace sl
