#pragma once

#include <QString>

namespace sl {

// What went wrong, as a value. `field` names the field (or import column) at fault, so that
// the GUI can point at it and the CLI can print `FILE:LINE: COLUMN: message`.
enum class ErrorCode
{
    Invalid,      // the input breaks a rule; nothing was changed
    NotFound,     // a referenced record does not exist
    Conflict,     // the record clashes with an existing one
    Permission,   // the account may not do this
    Database,     // the database could not be read or written
    SchemaTooNew, // the file was written by a newer StudyLedger
    NotADatabase, // the file is not a StudyLedger database
    Io,           // a file could not be read or written
    Cancelled,    // the user stopped long work before it ended; nothing was changed
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString field;
    QString message;

    static Error invalid(const QString& field, const QString& message)
    {
        return {ErrorCode::Invalid, field, message};
    }
    static Error notFound(const QString& field, const QString& message)
    {
        return {ErrorCode::NotFound, field, message};
    }
    static Error database(const QString& message) { return {ErrorCode::Database, {}, message}; }
    static Error cancelled() { return {ErrorCode::Cancelled, {}, QStringLiteral("cancelled")}; }

    // "field: message", or the message alone when no field is at fault.
    QString text() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

} // namespace sl
