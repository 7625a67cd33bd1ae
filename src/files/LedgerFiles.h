#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace sl {

// The files that make up a ledger on disk, and the guard that keeps outputs off them.
//
// Every open Database registers its file here; an output (an export, a report, a calendar, a
// backup) may not be written onto a registered database or one of its companion files (-wal,
// -shm, -journal), whether named directly, through a symbolic link or through another hard link,
// nor onto any existing SQLite file, a folder or a special file.
class LedgerFiles
{
public:
    static void registerOpen(const QString& databasePath);
    static void unregisterOpen(const QString& databasePath);

    // Whether a Database of this process has the file at `path` open (by device and inode, so
    // also through another name). Such a file must not be opened and closed with a descriptor of
    // our own: closing any descriptor of a file drops every POSIX lock the process holds on it,
    // the locks of SQLite's connections included, and another process could then checkpoint and
    // delete the journal under them.
    static bool isOpenHere(const QString& path);

    // The companion files SQLite keeps beside `databasePath`.
    static QStringList companions(const QString& databasePath);

    // Whether the file at `path` starts with the SQLite header.
    static bool isSqliteFile(const QString& path);

    // Refuses an output target that would destroy a ledger or cannot be a plain file
    // (ErrorCode::Invalid, field `field`). An existing SQLite file that is not open is allowed
    // only with `mayReplaceDatabase` (a backup replacing an earlier backup, when asked to).
    static Status checkOutputTarget(const QString& path, const QString& field = QString(),
                                    bool mayReplaceDatabase = false);

    // Creates the folder (and its missing parents) readable by the owner only.
    static bool makePrivateFolder(const QString& path);
    // Creates an empty file readable by the owner only (0600); fails when it exists. The
    // system's reason on failure.
    static Status createPrivateFile(const QString& path);
};

} // namespace sl
