#pragma once

#include "domain/Result.h"

#include <QSqlError>
#include <QString>

namespace sl {

// What stands at a database path before SQLite opens it, and what an SQLite failure on it means
// in words a user can act on: a healthy ledger that cannot be read right now (permissions, a
// read-only folder, a lock, a folder where the journal goes) is never called "not a StudyLedger
// database", and a damaged one is called damaged.
class DatabaseFile
{
public:
    enum class State
    {
        Missing, // nothing there (the folder exists)
        Empty,   // a regular file of 0 bytes
        Sqlite,  // a regular, readable file with a complete SQLite header
    };

    // Checks the path and, when `forWriting`, that the file and its folder can be written.
    static Result<State> inspect(const QString& path, bool forWriting);

    // The error for a failed statement on the database at `path` (opening, reading or writing).
    static Error sqlError(const QString& path, const QSqlError& error);

    // The SQLite primary result code of `error` (SQLITE_BUSY …), 0 when unknown.
    static int primaryCode(const QSqlError& error);

    // The SQLite message alone, without the driver's own words ("Unable to fetch row").
    static QString message(const QSqlError& error);
};

} // namespace sl
