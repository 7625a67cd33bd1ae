#include "BackupFile.h"

#include "Database.h"
#include "DatabaseFile.h"
#include "Migrator.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace sl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::BackupFile", text);
}

Error refused(const QString& path, const QString& why)
{
    return Error{
        ErrorCode::Invalid,
        {},
        tr("%1 cannot be restored: %2; the current database was not changed").arg(path, why)};
}

// A read-only SQLite connection of our own to a file (not a ledger connection: no pragmas, no
// registration), closed when it goes.
struct RawConnection
{
    sqlite3* db = nullptr;
    ~RawConnection() { sqlite3_close_v2(db); }
};

} // namespace

Result<int> BackupFile::inspect(const QString& path)
{
    auto state = DatabaseFile::inspect(path, false);
    if (!state)
        return refused(path, state.error().message);
    if (*state == DatabaseFile::State::Missing)
        return refused(path, tr("there is no such file"));
    if (*state == DatabaseFile::State::Empty)
        return refused(path, tr("the file is empty"));
    // Strict opening: our application id, our tables, a schema version.
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return refused(path, db.error().message);
    if (Status newer = Migrator::refuseNewer(**db); !newer)
        return refused(path, newer.error().message);
    auto problems = (*db)->check();
    if (!problems)
        return refused(path, problems.error().message);
    if (!problems->isEmpty())
        return refused(
            path, tr("it is damaged (%1)").arg(problems->mid(0, 3).join(QStringLiteral("; "))));
    return (*db)->schemaVersion();
}

Status BackupFile::copyInto(const QString& path, Database& into)
{
    sqlite3* target = sqliteHandle(into.connection());
    if (!target)
        return Error::database(tr("no SQLite connection to restore into"));
    RawConnection source;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &source.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return refused(path, QString::fromUtf8(sqlite3_errmsg(source.db)));
    sqlite3_busy_timeout(source.db, 5000);
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source.db, "main");
    if (!backup)
        return Error::database(tr("cannot restore into %1: %2")
                                   .arg(into.path(), QString::fromUtf8(sqlite3_errmsg(target))));
    int rc = SQLITE_OK;
    // A writer elsewhere holds the lock for a moment: wait for it as a write would (5 s).
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        return {};
    const int code = rc == SQLITE_DONE ? finished : rc;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error::database(
            tr("cannot restore into %1: another window or process is writing it; try again when "
               "that work is done")
                .arg(into.path()));
    return Error::database(
        tr("cannot restore into %1: %2").arg(into.path(), QString::fromUtf8(sqlite3_errstr(code))));
}

Result<QStringList> BackupFile::materialPaths(const QString& path)
{
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return db.error();
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("SELECT stored_path FROM session_materials ORDER BY id")))
        return (*db)->sqlError(q.lastError());
    QStringList paths;
    while (q.next())
        paths << q.value(0).toString();
    return paths;
}

} // namespace sl
