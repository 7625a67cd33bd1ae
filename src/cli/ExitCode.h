#pragma once

#include "domain/Error.h"

namespace sl::cli {

// The exit status of studyledger-cli (FORMATS.md).
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,      // usage error
    ExitInvalid = 2,    // invalid input; nothing was changed
    ExitPermission = 3, // not logged in, wrong password, not permitted
    ExitDatabase = 4,   // cannot open, corrupt, schema newer than this program
};

inline ExitCode exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
        return ExitInvalid;
    case ErrorCode::Permission:
        return ExitPermission;
    case ErrorCode::Cancelled: // not asked of the command line; counted as a failure
    case ErrorCode::Io:        // an output or backup that could not be written (a full disk …)
    case ErrorCode::Database:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::NotADatabase:
        return ExitDatabase;
    }
    return ExitDatabase;
}

} // namespace sl::cli
