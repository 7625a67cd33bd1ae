#include "NativeStatement.h"

#include "Database.h"
#include "SqliteHandle.h"

#include <sqlite3.h>

namespace sl {

void isoDateBytes(const Date& d, char* out)
{
    const auto ymd = d.year_month_day(); // once, not once per part
    const int year = int(ymd.year);
    const int month = int(ymd.month);
    const int day = int(ymd.day);
    out[0] = char('0' + year / 1000 % 10);
    out[1] = char('0' + year / 100 % 10);
    out[2] = char('0' + year / 10 % 10);
    out[3] = char('0' + year % 10);
    out[4] = '-';
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
}

Result<std::shared_ptr<NativeStatement>> NativeStatement::prepare(Database& db, const QString& sql)
{
    sqlite3* handle = sqliteHandle(db.connection());
    if (!handle)
        return Error::database(QStringLiteral("no SQLite connection"));
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::database(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return std::shared_ptr<NativeStatement>(new NativeStatement(handle, statement));
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::check(int rc)
{
    if (rc != SQLITE_OK && m_bindFailure == 0)
        m_bindFailure = rc;
}

void NativeStatement::text(int index, const QString& value)
{
    if (value.isNull()) {
        null(index);
        return;
    }
    // UTF-16 as Qt's driver binds it; SQLite converts to the file's UTF-8 as it copies.
    check(sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * 2),
                              SQLITE_TRANSIENT));
}

void NativeStatement::textNotNull(int index, const QString& value)
{
    if (value.isNull())
        check(sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC));
    else
        text(index, value);
}

void NativeStatement::integer(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
}

void NativeStatement::null(int index)
{
    check(sqlite3_bind_null(m_statement, index));
}

void NativeStatement::date(int index, const Date& value)
{
    if (!dates::isSet(value)) {
        null(index);
        return;
    }
    char iso[10];
    isoDateBytes(value, iso);
    check(sqlite3_bind_text(m_statement, index, iso, 10, SQLITE_TRANSIENT));
}

Error NativeStatement::error() const
{
    return Error::database(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Result<qint64> NativeStatement::insert()
{
    Result<qint64> outcome = qint64(0);
    if (m_bindFailure != 0) {
        outcome = Error::database(QString::fromUtf8(sqlite3_errstr(m_bindFailure)));
    } else if (sqlite3_step(m_statement) != SQLITE_DONE) {
        outcome = error();
    } else if (sqlite3_changes(m_handle) > 0) {
        outcome = qint64(sqlite3_last_insert_rowid(m_handle));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindFailure = 0;
    return outcome;
}

} // namespace sl
