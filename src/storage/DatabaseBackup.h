#pragma once

#include "domain/Result.h"

#include <QDir>
#include <QString>

#include <functional>

namespace sl {

class Database;

// A consistent copy of an open database, made so that a failure can never leave a half file:
//   1. the target is checked (not a ledger, not its journal, not a folder or special file);
//   2. VACUUM INTO writes an owner-only temporary file beside the target;
//   3. the copy is opened on its own, and must pass integrity_check and carry our application id;
//   4. it is synced to the disk and renamed to the target (without replacing an existing file
//      unless asked), and the folder is synced;
// any failure on the way removes the temporary file, and a new backup removes what a killed
// one to the same name left. A damaged source is refused.
class DatabaseBackup
{
public:
    explicit DatabaseBackup(Database& source) : m_source(source) {}

    Status write(const QString& target, bool replace);
    // A page-by-page copy of the database as it is (SQLite's backup API), damaged or not, never
    // over an existing file: what a restore keeps of the database it replaces. Placed like a
    // backup (temporary file, sync, link), but neither the source nor the copy is verified.
    Status writeAsItIs(const QString& target);

    // The temporary name beside `target` that a backup in progress writes.
    static QString temporaryName(const QString& target);
    // Removes what killed backups left beside their targets: those of the targets whose file
    // names match `targetNames` (a wildcard pattern, or one name) in `folder`.
    static void removeStaleTemporaries(const QDir& folder, const QString& targetNames);

private:
    // Writes the temporary file with `copy`, syncs it and gives it the target's name.
    Status place(const QString& target, bool replace,
                 const std::function<Status(const QString&)>& copy);
    Status copyTo(const QString& temporary);
    Status copyPagesTo(const QString& temporary);
    Status verify(const QString& temporary);

    Database& m_source;
};

} // namespace sl
