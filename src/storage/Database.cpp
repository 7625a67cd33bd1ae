#include "Database.h"

#include "ChineseCollation.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sl {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("studyledger-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An existing, non-empty file must start with the SQLite header.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Error notADatabase(const QString& path)
{
    return {
        ErrorCode::NotADatabase, {}, QStringLiteral("%1 is not a StudyLedger database").arg(path)};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return Error{ErrorCode::NotADatabase,
                         {},
                         QStringLiteral("no database at %1 (create one with init)").arg(path)};
    } else if (info.isDir() || !looksLikeSqlite(path)) {
        return notADatabase(path);
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    if (!db->m_db.open())
        return Error{ErrorCode::Database,
                     {},
                     QStringLiteral("cannot open %1: %2").arg(path, db->m_db.lastError().text())};
    if (Status s = db->configure(); !s)
        return s.error();
    return db;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // The first read tells whether SQLite accepts the file at all.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return notADatabase(m_path);
    const int appId = q.value(0).toInt();
    if (appId != 0 && appId != applicationId)
        return notADatabase(m_path);
    if (appId == 0 && schemaVersion() == 0 && hasTables())
        return notADatabase(m_path);

    const char* pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"};
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return Error::database(
                QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(p), q.lastError().text()));
    }
    if (!registerChineseCollation(m_db))
        return Error::database(QStringLiteral("cannot register the Chinese collation"));
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
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
        return Error::database(q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: ") + line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error::database(q.lastError().text());
    while (q.next()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

Status Database::backupTo(const QString& target)
{
    if (QFileInfo::exists(target))
        return Error{ErrorCode::Io, {}, QStringLiteral("%1 exists already").arg(target)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Error{ErrorCode::Io,
                     {},
                     QStringLiteral("backup to %1 failed: %2").arg(target, q.lastError().text())};
    return {};
}

} // namespace sl
