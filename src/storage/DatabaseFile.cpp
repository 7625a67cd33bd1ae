#include "DatabaseFile.h"

#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sl {

namespace {

Error cannotUse(const QString& path, const QString& why)
{
    return Error::database(QStringLiteral("%1: %2").arg(path, why));
}

Error notOurs(const QString& path, const QString& why)
{
    return Error{
        ErrorCode::NotADatabase,
        {},
        QCoreApplication::translate("sl::DatabaseFile", "%1 is not a StudyLedger database (%2)")
            .arg(path, why)};
}

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

// Reads the first 100 bytes (the SQLite header) with the system's own error when that fails.
Result<QByteArray> readHeader(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == EACCES || err == EPERM)
            return cannotUse(path, QCoreApplication::translate(
                                       "sl::DatabaseFile",
                                       "cannot be read: permission denied (the file's permissions "
                                       "do not let this account read it)"));
        return cannotUse(path, QCoreApplication::translate("sl::DatabaseFile", "cannot be read: %1")
                                   .arg(QString::fromLocal8Bit(strerror(err))));
    }
    QByteArray header(100, '\0');
    qint64 got = 0;
    while (got < 100) {
        const ssize_t n = ::read(fd, header.data() + got, static_cast<size_t>(100 - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return cannotUse(path,
                             QCoreApplication::translate("sl::DatabaseFile", "cannot be read: %1")
                                 .arg(QString::fromLocal8Bit(strerror(err))));
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    header.truncate(static_cast<int>(got));
    return header;
}

} // namespace

Result<DatabaseFile::State> DatabaseFile::inspect(const QString& path, bool forWriting)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!info.exists()) {
        if (info.isSymLink())
            return cannotUse(
                path, QCoreApplication::translate(
                          "sl::DatabaseFile", "is a symbolic link to a file that does not exist"));
        if (!folder.isDir())
            return cannotUse(path, QCoreApplication::translate("sl::DatabaseFile",
                                                               "the folder %1 does not exist")
                                       .arg(folder.filePath()));
        return State::Missing;
    }
    if (info.isDir())
        return cannotUse(path, QCoreApplication::translate("sl::DatabaseFile",
                                                           "is a folder, not a database file"));
    if (!info.isFile())
        return cannotUse(
            path, QCoreApplication::translate("sl::DatabaseFile",
                                              "is not a regular file (a pipe, device or socket)"));

    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo(wal).isDir())
        return cannotUse(path, QCoreApplication::translate(
                                   "sl::DatabaseFile",
                                   "%1 is a folder, but SQLite needs that name for the ledger's "
                                   "journal; move the folder away")
                                   .arg(wal));

    // A ledger this process already has open was inspected when it was opened, and reading its
    // header again through a descriptor of our own would drop SQLite's locks on it when closed
    // (LedgerFiles::isOpenHere): a second connection (a worker's reader, a backup) skips it.
    if (LedgerFiles::isOpenHere(path))
        return State::Sqlite;
    auto header = readHeader(path);
    if (!header)
        return header.error();
    if (forWriting) {
        if (!info.isWritable())
            return cannotUse(path, QCoreApplication::translate(
                                       "sl::DatabaseFile",
                                       "is read-only: its permissions do not let this account "
                                       "write it"));
        if (!folder.isWritable())
            return cannotUse(path, QCoreApplication::translate(
                                       "sl::DatabaseFile",
                                       "its folder %1 is read-only, and SQLite needs to create its "
                                       "journal files beside the ledger")
                                       .arg(folder.filePath()));
    }
    if (header->isEmpty())
        return State::Empty;
    if (!header->startsWith(QByteArray("SQLite format 3\0", 16)))
        return notOurs(path, QCoreApplication::translate("sl::DatabaseFile", "not an SQLite file"));
    if (header->size() < 100)
        return cannotUse(path, QCoreApplication::translate(
                                   "sl::DatabaseFile",
                                   "is damaged: it ends inside the SQLite header (truncated?)"));

    // The header knows how long the file is (when its size field is valid: bytes 24 and 92).
    quint32 pageSize = bigEndian(*header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(*header, 28, 4);
    const bool sizeValid = bigEndian(*header, 24, 4) == bigEndian(*header, 92, 4);
    const qint64 expected = qint64(pageSize) * pages;
    if (sizeValid && pages > 0 && info.size() < expected)
        return cannotUse(path,
                         QCoreApplication::translate(
                             "sl::DatabaseFile",
                             "is damaged: it is shorter than its header says (%1 of %2 bytes; "
                             "truncated by a failed copy?). Restore a backup.")
                             .arg(info.size())
                             .arg(expected));
    return State::Sqlite;
}

int DatabaseFile::primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString DatabaseFile::message(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

Error DatabaseFile::sqlError(const QString& path, const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return cannotUse(path, QCoreApplication::translate(
                                   "sl::DatabaseFile",
                                   "is in use by another window or process, which holds its lock; "
                                   "try again when that work is done"));
    case SQLITE_NOTADB:
        return cannotUse(path, QCoreApplication::translate(
                                   "sl::DatabaseFile",
                                   "is damaged or encrypted: SQLite cannot read it as a database. "
                                   "Restore a backup."));
    case SQLITE_CORRUPT:
        return cannotUse(
            path, QCoreApplication::translate("sl::DatabaseFile",
                                              "is damaged (%1). Run check, then restore a backup.")
                      .arg(message(error)));
    case SQLITE_READONLY:
        return cannotUse(
            path, QCoreApplication::translate(
                      "sl::DatabaseFile", "cannot be written: it or its folder is read-only (%1)")
                      .arg(message(error)));
    case SQLITE_CANTOPEN:
        return cannotUse(path, QCoreApplication::translate(
                                   "sl::DatabaseFile",
                                   "cannot be opened (%1); check the file, its folder and their "
                                   "permissions")
                                   .arg(message(error)));
    case SQLITE_FULL:
        return cannotUse(path, QCoreApplication::translate("sl::DatabaseFile",
                                                           "cannot be written: the disk is full"));
    case SQLITE_IOERR:
        return cannotUse(
            path, QCoreApplication::translate(
                      "sl::DatabaseFile", "a disk error stopped the work (%1); nothing was changed")
                      .arg(message(error)));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return cannotUse(path, QCoreApplication::translate("sl::DatabaseFile", "access denied (%1)")
                                   .arg(message(error)));
    default:
        return cannotUse(path, message(error));
    }
}

} // namespace sl
