#include "BackupService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"
#include "LedgerWrite.h"

#include "files/FolderCopy.h"
#include "files/LedgerFiles.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/BackupFile.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::BackupService", text);
}

} // namespace

QString BackupService::materialsFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".files");
}

QString BackupService::keptName(const QString& databasePath, const QDateTime& at)
{
    const QString stem = QFileInfo(databasePath).absoluteFilePath() +
                         QStringLiteral(".before-restore-") +
                         at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(materialsFolder(name)); ++n)
        name = stem + QStringLiteral("-%1.sqlite").arg(n);
    return name;
}

Result<BackupReport> BackupService::backup(const QString& target, bool replace)
{
    if (Status allowed = Access(m_ledger).require(Action::Backup); !allowed)
        return allowed.error();
    return write(target, replace);
}

Result<BackupReport> BackupService::write(const QString& target, bool replace)
{
    BackupReport report;
    report.database = target;
    const QString targetFiles = materialsFolder(target);
    if (!replace && QFileInfo::exists(targetFiles))
        return Error{ErrorCode::Invalid,
                     {},
                     tr("%1 exists already; name a new file for the backup").arg(targetFiles)};
    // First the database: a snapshot of the committed state while the others go on writing.
    if (Status s = m_ledger.db().backupTo(target, replace); !s)
        return s.error();
    // Then the materials as they are now: a file attached meanwhile comes along unrecorded, one
    // removed meanwhile is missing (reported).
    const QString sourceFiles = materialsFolder(m_ledger.path());
    if (FolderCopy::holdsFiles(sourceFiles)) {
        const QString temporary = FolderCopy::temporaryName(targetFiles);
        auto copied = FolderCopy::copyTree(sourceFiles, temporary);
        Status placed = copied ? Status() : Status(copied.error());
        if (placed && replace)
            placed =
                FolderCopy::removeTree(targetFiles)
                    ? Status()
                    : Status(Error{ErrorCode::Io, {}, tr("cannot replace %1").arg(targetFiles)});
        if (placed)
            placed = FolderCopy::rename(temporary, targetFiles);
        if (!placed) {
            FolderCopy::removeTree(temporary);
            QFile::remove(target);
            return placed.error();
        }
        report.materials = targetFiles;
        report.materialFiles = *copied;
    } else if (replace) {
        FolderCopy::removeTree(targetFiles); // the backup replaced has no materials now
    }
    auto recorded = BackupFile::materialPaths(target);
    if (!recorded)
        return recorded.error();
    for (const QString& stored : *recorded) {
        if (!QFileInfo(QDir(targetFiles).filePath(stored)).isFile())
            report.missingMaterials << stored;
    }
    return report;
}

Result<RestoreReport> BackupService::restore(const QString& source)
{
    if (Status allowed = Access(m_ledger).require(Action::Restore); !allowed)
        return allowed.error();
    RestoreReport report;
    report.source = source;
    QString accountName;
    if (m_ledger.actor().accountId != 0) {
        auto account = AccountRepository(m_ledger.db()).byId(m_ledger.actor().accountId);
        if (account && *account)
            accountName = (*account)->name;
    }
    QString staged;
    if (Status s = stageRestore(source, &report, &staged); !s)
        return s.error();
    if (Status s = swapIn(source, staged, &report); !s)
        return s.error();

    // An older backup is brought to this program's schema, with the usual copy before migrating.
    auto migrated = Migrator::migrate(m_ledger.db());
    if (!migrated)
        return Error{migrated.error().code,
                     {},
                     tr("restored from %1, but the migration to the current schema failed: %2")
                         .arg(source, migrated.error().message)};
    report.toVersion = migrated->toVersion;
    report.migrationBackup = migrated->backupPath;
    if (Status s = recordRestore(accountName, report); !s)
        return s.error();
    // The restored database has the accounts it had then: nobody is signed in to them yet.
    auto accounts = AccountRepository(m_ledger.db()).count();
    m_ledger.setActor(accounts && *accounts > 0 ? Actor::nobody() : Actor{});
    return report;
}

// Checks the backup and copies its materials to a temporary folder beside the ledger's; nothing
// of the ledger is touched yet.
Status BackupService::stageRestore(const QString& source, RestoreReport* report, QString* staged)
{
    if (LedgerFiles::isOpenHere(source))
        return Error{ErrorCode::Invalid,
                     {},
                     tr("%1 is an open ledger, not a backup; choose a backup file").arg(source)};
    auto version = BackupFile::inspect(source);
    if (!version)
        return version.error();
    report->fromVersion = *version;
    report->toVersion = *version;
    const QString files = materialsFolder(source);
    if (QFileInfo::exists(files) && !QFileInfo(files).isDir())
        return Error{ErrorCode::Invalid,
                     {},
                     tr("%1 cannot be restored: %2 should be its materials folder, but is not a "
                        "folder; the current database was not changed")
                         .arg(source, files)};
    if (!FolderCopy::holdsFiles(files))
        return {};
    *staged = FolderCopy::temporaryName(materialsFolder(m_ledger.path()));
    auto copied = FolderCopy::copyTree(files, *staged);
    if (!copied)
        return Error{copied.error().code,
                     {},
                     tr("%1 cannot be restored: %2; the current database was not changed")
                         .arg(source, copied.error().message)};
    report->materialFiles = *copied;
    return {};
}

// Keeps the current database and materials, then puts the staged materials and the backup's
// pages in their place; a failure on the way puts everything back.
Status BackupService::swapIn(const QString& source, const QString& staged, RestoreReport* report)
{
    Database& db = m_ledger.db();
    const QString files = materialsFolder(db.path());
    report->keptDatabase = keptName(db.path(), Clock::nowUtc());
    const auto fail = [&](const Error& e) {
        if (!staged.isEmpty())
            FolderCopy::removeTree(staged);
        QFile::remove(report->keptDatabase);
        report->keptDatabase.clear();
        return Error{e.code,
                     {},
                     tr("%1 was not restored: %2; the current database was not changed")
                         .arg(source, e.message)};
    };
    if (Status kept = DatabaseBackup(db).writeAsItIs(report->keptDatabase); !kept) {
        report->keptDatabase.clear(); // not written
        if (!staged.isEmpty())
            FolderCopy::removeTree(staged);
        return Error{kept.error().code,
                     {},
                     tr("%1 was not restored: %2; the current database was not changed")
                         .arg(source, kept.error().message)};
    }
    const QString keptFiles = materialsFolder(report->keptDatabase);
    const bool hadFiles = QFileInfo::exists(files);
    if (hadFiles) {
        if (Status moved = FolderCopy::rename(files, keptFiles); !moved)
            return fail(moved.error());
    }
    // Renames within one folder: if one of these fails there is nothing better left to do.
    const auto putBack = [&] {
        if (!staged.isEmpty() && QFileInfo::exists(files))
            static_cast<void>(FolderCopy::rename(files, staged));
        if (hadFiles)
            static_cast<void>(FolderCopy::rename(keptFiles, files));
    };
    if (!staged.isEmpty()) {
        if (Status moved = FolderCopy::rename(staged, files); !moved) {
            putBack();
            return fail(moved.error());
        }
    }
    if (Status copied = BackupFile::copyInto(source, db); !copied) {
        putBack();
        return fail(copied.error());
    }
    if (hadFiles)
        report->keptMaterials = keptFiles;
    return {};
}

Status BackupService::recordRestore(const QString& accountName, const RestoreReport& report)
{
    // The account ids of the restored database are its own: the one with the same name, if any.
    qint64 accountId = 0;
    if (!accountName.isEmpty()) {
        auto account = AccountRepository(m_ledger.db()).byName(accountName);
        if (account && *account)
            accountId = (*account)->id;
    }
    QString detail =
        QStringLiteral("从备份 %1 恢复；被替换的台账保留为 %2")
            .arg(QFileInfo(report.source).fileName(), QFileInfo(report.keptDatabase).fileName());
    if (!accountName.isEmpty())
        detail += QStringLiteral("；操作账号 %1").arg(accountName);
    if (report.fromVersion != report.toVersion)
        detail +=
            QStringLiteral("；结构版本 %1 → %2").arg(report.fromVersion).arg(report.toVersion);
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = AuditRepository(m_ledger.db())
                       .record(accountId, QStringLiteral("restore"), QStringLiteral("database"), 0,
                               detail);
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
