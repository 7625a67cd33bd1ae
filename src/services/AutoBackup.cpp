#include "AutoBackup.h"

#include "BackupService.h"
#include "Clock.h"
#include "Ledger.h"

#include "files/FolderCopy.h"
#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sl {

namespace {

QString stampOf(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString baseName(const QString& ledgerPath)
{
    return QFileInfo(ledgerPath).completeBaseName();
}

} // namespace

QString AutoBackup::folderFor(const QString& ledgerPath)
{
    return QFileInfo(ledgerPath).absoluteFilePath() + QStringLiteral(".backups");
}

QString AutoBackup::nameFor(const QString& ledgerPath, const QDateTime& at)
{
    return QDir(folderFor(ledgerPath))
        .filePath(baseName(ledgerPath) + QLatin1Char('-') + stampOf(at) +
                  QStringLiteral(".sqlite"));
}

QStringList AutoBackup::existing(const QString& ledgerPath)
{
    const QDir folder(folderFor(ledgerPath));
    const QStringList names = folder.entryList(
        {baseName(ledgerPath) + QStringLiteral("-\?\?\?\?\?\?\?\?-\?\?\?\?\?\?.sqlite")},
        QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& name : names)
        paths << folder.filePath(name);
    return paths;
}

bool AutoBackup::isDue(const QString& ledgerPath)
{
    const QString today =
        QLatin1Char('-') +
        Clock::nowUtc().toLocalTime().date().toString(QStringLiteral("yyyyMMdd")) +
        QLatin1Char('-');
    for (const QString& path : existing(ledgerPath)) {
        if (QFileInfo(path).fileName().contains(today))
            return false;
    }
    return true;
}

Result<QString> AutoBackup::runIfDue(Ledger& ledger, int keep)
{
    if (keep <= 0 || !isDue(ledger.path()))
        return QString();
    if (ledger.actor().signedOut)
        return Error{ErrorCode::Permission,
                     {},
                     QCoreApplication::translate("sl::AutoBackup",
                                                 "no automatic backup: nobody is signed in")};
    const QString folder = folderFor(ledger.path());
    if (!LedgerFiles::makePrivateFolder(folder))
        return Error{ErrorCode::Io,
                     {},
                     QCoreApplication::translate("sl::AutoBackup", "cannot create the folder %1")
                         .arg(folder)};
    const QString target = nameFor(ledger.path(), Clock::nowUtc());
    auto made = BackupService(ledger).write(target, false);
    if (!made)
        return made.error();
    if (Status pruned = prune(ledger.path(), keep); !pruned)
        return pruned.error();
    return target;
}

Status AutoBackup::prune(const QString& ledgerPath, int keep)
{
    const QStringList all = existing(ledgerPath);
    for (qsizetype i = 0; i + keep < all.size(); ++i) {
        const QString files = BackupService::materialsFolder(all.at(i));
        if (!QFile::remove(all.at(i)) || !FolderCopy::removeTree(files))
            return Error{
                ErrorCode::Io,
                {},
                QCoreApplication::translate("sl::AutoBackup", "cannot remove the old backup %1")
                    .arg(all.at(i))};
    }
    return {};
}

} // namespace sl
