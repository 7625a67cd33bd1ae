#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sl {

class Ledger;

// What a backup wrote: the database file and, when the ledger has session materials, the folder
// `FILE.files/` beside it (so that a backup is itself a ledger that opens directly).
struct BackupReport
{
    QString database;
    QString materials;            // empty when the ledger has no materials
    int materialFiles = 0;        // files copied
    QStringList missingMaterials; // recorded in the copy, but their files were not there
};

// What a restore did.
struct RestoreReport
{
    QString source;
    QString keptDatabase;  // the replaced database, as it was
    QString keptMaterials; // its materials folder, when it had one
    int materialFiles = 0; // files restored
    int fromVersion = 0;   // the schema version of the backup
    int toVersion = 0;     // after the migration (the same when none was needed)
    QString migrationBackup;
};

// Backups of the whole ledger with its materials, and restoring one (administrators and
// single-user mode: Action::Backup, Action::Restore). docs/architecture.md, "Backup and restore".
class BackupService
{
public:
    explicit BackupService(Ledger& ledger) : m_ledger(ledger) {}

    // The folder of the session materials that belongs to the database file `databasePath`.
    static QString materialsFolder(const QString& databasePath);
    // The name a restore keeps the replaced database under: `<db>.before-restore-STAMP.sqlite`.
    static QString keptName(const QString& databasePath, const QDateTime& at);

    // The database (an online snapshot: writes go on meanwhile) into `target`, then the materials
    // folder into `target.files/`. A failure leaves neither. An existing target (and its folder)
    // is replaced only with `replace`.
    Result<BackupReport> backup(const QString& target, bool replace = false);

    // Replaces the open database and its materials with the backup `source`, after checking it
    // (BackupFile::inspect): a refused file changes nothing. Keeps the replaced database and its
    // materials beside it, migrates an older backup, records the restore in the audit trail of
    // the restored database, and signs out (a restored database has its own accounts).
    Result<RestoreReport> restore(const QString& source);

private:
    friend class AutoBackup; // its copies are not a user's action (no Action::Backup check)
    Result<BackupReport> write(const QString& target, bool replace);
    Status stageRestore(const QString& source, RestoreReport* report, QString* staged);
    Status swapIn(const QString& source, const QString& staged, RestoreReport* report);
    Status recordRestore(const QString& accountName, const RestoreReport& report);

    Ledger& m_ledger;
};

} // namespace sl
