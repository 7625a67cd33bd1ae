#include "DatabaseBackup.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sl {

namespace {

QString systemReason(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error backupFailed(const QString& target, const QString& why)
{
    return Error{ErrorCode::Io,
                 {},
                 QCoreApplication::translate("sl::DatabaseBackup", "backup to %1 failed: %2")
                     .arg(target, why)};
}

// Syncs a file or a folder to the disk.
bool syncPath(const QString& path, bool folder, int* err)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    *err = errno;
    ::close(fd);
    return ok;
}

} // namespace

void DatabaseBackup::removeStaleTemporaries(const QDir& folder, const QString& targetNames)
{
    // A kill cannot clean up after itself: temporaryName() and SQLite's journal of it.
    const QStringList stale =
        folder.entryList({QStringLiteral(".") + targetNames + QStringLiteral(".*.partial*")},
                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : stale)
        QFile::remove(folder.filePath(name));
}

QString DatabaseBackup::temporaryName(const QString& target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".") +
           QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".partial");
}

Status DatabaseBackup::write(const QString& target, bool replace)
{
    if (Status s = LedgerFiles::checkOutputTarget(target, QString(), replace); !s)
        return s;
    removeStaleTemporaries(QFileInfo(target).absoluteDir(), QFileInfo(target).fileName());
    if (!replace && QFileInfo::exists(target))
        return Error{ErrorCode::Invalid,
                     {},
                     QCoreApplication::translate(
                         "sl::DatabaseBackup", "%1 exists already; name a new file for the backup")
                         .arg(target)};
    // A damaged ledger gives a copy that looks whole but is not: say so instead.
    if (Status s = m_source.verifyBeforeWrite({}); !s)
        return backupFailed(target, s.error().message);

    return place(target, replace, [this](const QString& temporary) {
        Status done = copyTo(temporary);
        return done ? verify(temporary) : done;
    });
}

Status DatabaseBackup::writeAsItIs(const QString& target)
{
    if (Status s = LedgerFiles::checkOutputTarget(target); !s)
        return s;
    if (QFileInfo::exists(target))
        return backupFailed(
            target, QCoreApplication::translate("sl::DatabaseBackup", "the file exists already"));
    return place(target, false,
                 [this](const QString& temporary) { return copyPagesTo(temporary); });
}

Status DatabaseBackup::place(const QString& target, bool replace,
                             const std::function<Status(const QString&)>& copy)
{
    const QString temporary = temporaryName(target);
    Status done = copy(temporary);
    int err = 0;
    if (done && !syncPath(temporary, false, &err))
        done = backupFailed(target, systemReason(err));
    if (done) {
        const QByteArray from = QFile::encodeName(temporary);
        const QByteArray to = QFile::encodeName(target);
        // link() never replaces an existing file; rename() does, when that was asked for.
        const bool placed = replace ? ::rename(from.constData(), to.constData()) == 0
                                    : ::link(from.constData(), to.constData()) == 0;
        if (!placed) {
            done = backupFailed(target, systemReason(errno));
        } else if (!syncPath(QFileInfo(target).absolutePath(), true, &err)) {
            // The name may not survive a power cut: take it back rather than claim a backup.
            if (!replace)
                QFile::remove(target);
            done = backupFailed(target, systemReason(err));
        }
    }
    // The temporary file and whatever journal SQLite kept for it.
    for (const QString& name : QStringList{temporary} + LedgerFiles::companions(temporary))
        QFile::remove(name);
    return done;
}

Status DatabaseBackup::copyPagesTo(const QString& temporary)
{
    if (Status s = LedgerFiles::createPrivateFile(temporary); !s)
        return backupFailed(temporary, s.error().message);
    sqlite3* source = sqliteHandle(m_source.connection());
    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &copy, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK && source) {
        sqlite3_busy_timeout(copy, 5000);
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        } else {
            rc = sqlite3_errcode(copy);
        }
    }
    const QString why =
        source ? QString::fromUtf8(sqlite3_errstr(rc)) : QStringLiteral("no connection");
    sqlite3_close_v2(copy);
    if (rc != SQLITE_OK || !source)
        return backupFailed(temporary, why);
    return {};
}

Status DatabaseBackup::copyTo(const QString& temporary)
{
    // VACUUM INTO writes into an empty file; create it owner-only first.
    if (Status s = LedgerFiles::createPrivateFile(temporary); !s)
        return backupFailed(temporary, s.error().message);
    QSqlQuery q(m_source.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temporary);
    if (!q.exec())
        return backupFailed(temporary, m_source.sqlError(q.lastError()).message);
    return {};
}

Status DatabaseBackup::verify(const QString& temporary)
{
    auto copy = Database::open(temporary, Database::OpenMode::ReadOnly);
    if (!copy)
        return backupFailed(temporary, copy.error().message);
    auto problems = (*copy)->check();
    if (!problems)
        return backupFailed(temporary, problems.error().message);
    if (!problems->isEmpty())
        return backupFailed(
            temporary, QCoreApplication::translate("sl::DatabaseBackup",
                                                   "the copy does not pass the integrity check: %1")
                           .arg(problems->first()));
    return {};
}

} // namespace sl
