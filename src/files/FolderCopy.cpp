#include "files/FolderCopy.h"

#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sl {

namespace {

Error copyFailed(const QString& path, const QString& why)
{
    return Error{
        ErrorCode::Io,
        {},
        QCoreApplication::translate("sl::FolderCopy", "cannot copy %1: %2").arg(path, why)};
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status copyFiles(const QString& from, const QString& to, int* count)
{
    if (!LedgerFiles::makePrivateFolder(to))
        return copyFailed(
            from,
            QCoreApplication::translate("sl::FolderCopy", "cannot create the folder %1").arg(to));
    const QDir source(from);
    const QFileInfoList entries =
        source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isSymLink())
            continue; // a link points elsewhere: not a material of the ledger
        if (entry.isDir()) {
            if (Status s = copyFiles(entry.filePath(), target, count); !s)
                return s;
            continue;
        }
        if (!entry.isFile())
            continue;
        QFile in(entry.filePath());
        if (!in.copy(target))
            return copyFailed(entry.filePath(), in.errorString());
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!syncFile(target))
            return copyFailed(entry.filePath(), QString::fromLocal8Bit(std::strerror(errno)));
        ++*count;
    }
    syncFile(to);
    return {};
}

} // namespace

QString FolderCopy::temporaryName(const QString& target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".") +
           QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".partial");
}

Result<int> FolderCopy::copyTree(const QString& from, const QString& to)
{
    if (!QFileInfo(from).isDir())
        return copyFailed(from, QCoreApplication::translate("sl::FolderCopy", "not a folder"));
    if (QFileInfo::exists(to))
        return copyFailed(
            from, QCoreApplication::translate("sl::FolderCopy", "%1 exists already").arg(to));
    int count = 0;
    if (Status s = copyFiles(from, to, &count); !s) {
        removeTree(to);
        return s.error();
    }
    return count;
}

Result<int> FolderCopy::copyWhole(const QString& from, const QString& target)
{
    if (QFileInfo::exists(target))
        return copyFailed(
            from, QCoreApplication::translate("sl::FolderCopy", "%1 exists already").arg(target));
    const QString temporary = temporaryName(target);
    auto copied = copyTree(from, temporary);
    if (!copied)
        return copied;
    if (Status placed = rename(temporary, target); !placed) {
        removeTree(temporary);
        return placed.error();
    }
    syncFile(QFileInfo(target).absolutePath());
    return copied;
}

Status FolderCopy::rename(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return copyFailed(
            from, QCoreApplication::translate("sl::FolderCopy", "%1 exists already").arg(to));
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return copyFailed(from, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

bool FolderCopy::removeTree(const QString& path)
{
    if (!QFileInfo::exists(path))
        return true;
    return QDir(path).removeRecursively();
}

bool FolderCopy::holdsFiles(const QString& path)
{
    if (!QFileInfo(path).isDir())
        return false;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace sl
