#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <vector>

namespace sl {

namespace {

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// Open databases by the path they were opened with; a path may be open more than once.
std::vector<QString>& registry()
{
    static std::vector<QString> paths;
    return paths;
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId& other) const
    {
        return device == other.device && inode == other.inode;
    }
};

bool fileId(const QString& path, FileId* id)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *id = {st.st_dev, st.st_ino};
    return true;
}

// The path an output to `path` would really write: symbolic links followed, also when the last
// one dangles (QSaveFile writes through a link to its target).
QString resolvedTarget(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int depth = 0; depth < 16; ++depth) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = QFileInfo(info.symLinkTarget()).absoluteFilePath();
    }
    const QFileInfo info(current);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? current : dir + QLatin1Char('/') + info.fileName();
}

// The canonical names of a database and its companions (whether they exist or not).
QStringList protectedNames(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = resolvedTarget(databasePath);
    QStringList names{canonical};
    names += LedgerFiles::companions(canonical);
    return names;
}

} // namespace

void LedgerFiles::registerOpen(const QString& databasePath)
{
    QMutexLocker lock(&registryMutex());
    registry().push_back(databasePath);
}

void LedgerFiles::unregisterOpen(const QString& databasePath)
{
    QMutexLocker lock(&registryMutex());
    auto& paths = registry();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (*it == databasePath) {
            paths.erase(it);
            return;
        }
    }
}

bool LedgerFiles::isOpenHere(const QString& path)
{
    FileId target;
    if (!fileId(path, &target))
        return false;
    std::vector<QString> open;
    {
        QMutexLocker lock(&registryMutex());
        open = registry();
    }
    for (const QString& database : open) {
        FileId id;
        if (fileId(database, &id) && id == target)
            return true;
    }
    return false;
}

QStringList LedgerFiles::companions(const QString& databasePath)
{
    return {databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

bool LedgerFiles::isSqliteFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status LedgerFiles::checkOutputTarget(const QString& path, const QString& field,
                                      bool mayReplaceDatabase)
{
    const auto refuse = [&](const QString& why) {
        return Error{ErrorCode::Invalid, field, QStringLiteral("%1: %2").arg(path, why)};
    };
    if (path.isEmpty())
        return Error{ErrorCode::Invalid, field,
                     QCoreApplication::translate("sl::LedgerFiles", "no output file given")};
    const QString target = resolvedTarget(path);
    const QFileInfo info(target);
    // The most precise reason first: the open ledger itself, then what else stands there.
    std::vector<QString> open;
    {
        QMutexLocker lock(&registryMutex());
        open = registry();
    }
    FileId targetId;
    const bool targetExists = fileId(target, &targetId);
    for (const QString& database : open) {
        for (const QString& name : protectedNames(database)) {
            FileId id;
            if (name == target || (targetExists && fileId(name, &id) && id == targetId))
                return refuse(QCoreApplication::translate(
                    "sl::LedgerFiles", "is the open ledger or one of its journal files; writing "
                                       "there would destroy it (choose another file name)"));
        }
    }
    if (info.exists()) {
        if (info.isDir())
            return refuse(
                QCoreApplication::translate("sl::LedgerFiles", "is a folder; name a file"));
        if (!info.isFile())
            return refuse(QCoreApplication::translate(
                "sl::LedgerFiles",
                "is not a regular file (a device, pipe or socket); name a file"));
        if (!mayReplaceDatabase && isSqliteFile(target))
            return refuse(QCoreApplication::translate(
                "sl::LedgerFiles", "is an SQLite database; StudyLedger does not write over a "
                                   "database (choose another file name)"));
    }
    return {};
}

Status LedgerFiles::createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error{ErrorCode::Io, {}, QString::fromLocal8Bit(std::strerror(errno))};
    ::close(fd);
    return {};
}

bool LedgerFiles::makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

} // namespace sl
