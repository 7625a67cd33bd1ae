#include "NativeRows.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "TextBlocks.h"

#include <sqlite3.h>

#include <memory>

namespace sl {

namespace {

struct Finalize
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

Error sqliteError(sqlite3* handle)
{
    return Error::database(QString::fromUtf8(sqlite3_errmsg(handle)));
}

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

} // namespace

int NativeRow::columns() const
{
    return sqlite3_column_count(m_statement);
}

qint64 NativeRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool NativeRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView NativeRow::bytes(int column) const
{
    const auto* cell = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return cell ? QByteArrayView(cell, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QString NativeRow::text(int column) const
{
    const auto* cell = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!cell)
        return QString();
    return QString::fromUtf8(cell, sqlite3_column_bytes(m_statement, column));
}

QString NativeRow::text(int column, TextBlocks& blocks) const
{
    const auto* cell = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!cell)
        return QString();
    return blocks.decode(QByteArrayView(cell, sqlite3_column_bytes(m_statement, column)));
}

Status scanNativeRows(Database& db, const QString& sql, const QVariantList& values,
                      const std::function<Status(const NativeRow&)>& visit)
{
    sqlite3* handle = sqliteHandle(db.connection());
    if (!handle)
        return Error::database(QStringLiteral("no SQLite connection"));
    sqlite3_stmt* raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return sqliteError(handle);
    const std::unique_ptr<sqlite3_stmt, Finalize> statement(raw);
    for (int i = 0; i < values.size(); ++i) {
        if (bind(raw, i + 1, values[i]) != SQLITE_OK)
            return sqliteError(handle);
    }
    const NativeRow row(raw);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        if (Status s = visit(row); !s)
            return s;
    }
    if (step != SQLITE_DONE)
        return sqliteError(handle);
    return {};
}

} // namespace sl
