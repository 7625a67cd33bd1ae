#pragma once

#include "domain/Result.h"

#include <QString>

namespace sl {

// Folders of files (the session materials of a ledger, `<db>.files/`) copied and swapped whole:
// a copy goes to a temporary name beside its target and takes the target's name by a rename,
// so that a failure leaves the target as it was.
class FolderCopy
{
public:
    // Copies the folder `from` with everything in it into `to` (which must not exist), the
    // folders owner-only, every file synced. A failure removes what was copied. The number of
    // files copied.
    static Result<int> copyTree(const QString& from, const QString& to);
    // Copies `from` to `target` through a temporary folder beside it, renamed to `target` when
    // whole; `target` must not exist.
    static Result<int> copyWhole(const QString& from, const QString& target);
    // A temporary name beside `target` for a copy in progress (".NAME.XXXX.partial").
    static QString temporaryName(const QString& target);
    // Renames a file or folder within one file system, never over an existing one.
    static Status rename(const QString& from, const QString& to);
    // Removes the folder and everything in it (nothing when it does not exist).
    static bool removeTree(const QString& path);
    // Whether `path` is a folder with at least one file somewhere inside.
    static bool holdsFiles(const QString& path);
};

} // namespace sl
