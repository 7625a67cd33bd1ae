#pragma once

#include "domain/DateBridge.h"
#include "domain/Result.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sl {

class Database;

// A statement of fixed repository SQL compiled once through SQLite's own API on a database's
// connection, for the writes that run once per row of an import: the values are bound as they
// are (text as UTF-8, integers, dates as ISO text) without a QVariant per cell, and the
// statement is stepped, reset and cleared without compiling it again. Internal to src/storage;
// finalized when it goes (before its Database closes).
class NativeStatement
{
public:
    static Result<std::shared_ptr<NativeStatement>> prepare(Database& db, const QString& sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    // The placeholders are numbered from 1; a null QString binds NULL, as Qt's driver does.
    void text(int index, const QString& value);
    // A NOT NULL text column: a null QString is stored as ''.
    void textNotNull(int index, const QString& value);
    void integer(int index, qint64 value);
    void null(int index);
    // "YYYY-MM-DD", or NULL for no date.
    void date(int index, const Date& value);

    // Runs the statement with the values bound since the last run: the new row's id, or 0 when
    // it inserted nothing (… ON CONFLICT DO NOTHING). Reset and cleared whatever the outcome.
    Result<qint64> insert();

private:
    NativeStatement(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle), m_statement(statement)
    {
    }
    void check(int rc);
    Error error() const;

    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    int m_bindFailure = 0; // the first failed bind since the last run (SQLite's code)
};

// "YYYY-MM-DD" of a set date into `out` (10 bytes, no terminator), without QString::asprintf.
void isoDateBytes(const Date& d, char* out);

} // namespace sl
