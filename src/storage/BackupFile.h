#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace sl {

class Database;

// A backup file on its way back into service (restore): checked before anything is touched, then
// copied page by page into the open database with SQLite's backup API.
class BackupFile
{
public:
    // Refuses a file that is not a whole StudyLedger database of this program's schema or older:
    // missing, a folder, empty, not SQLite, of another program, truncated or otherwise damaged
    // (integrity_check, foreign_key_check), or newer. The message names the file and the reason.
    // Returns its schema version.
    static Result<int> inspect(const QString& path);

    // Replaces every page of `into` (the open ledger, WAL included) with those of the file at
    // `path`, in one write transaction of `into`: the other connections see the old database or
    // the new one, never a mix. Waits for a writer elsewhere up to the busy timeout.
    static Status copyInto(const QString& path, Database& into);

    // The stored paths (relative to the materials folder) of the materials the database at
    // `path` records.
    static Result<QStringList> materialPaths(const QString& path);
};

} // namespace sl
