#pragma once

#include "domain/DateBridge.h"
#include "domain/EnumTraits.h"
#include "domain/Result.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Conversions between domain values and bound SQL values, shared by the repositories.
namespace sl::sqlv {

inline QVariant date(const Date& d)
{
    return dates::isSet(d) ? QVariant(dates::toIso(d)) : QVariant(QMetaType(QMetaType::QString));
}

inline Date toDate(const QVariant& v)
{
    if (v.isNull())
        return {};
    return dates::fromIso(v.toString()).value_or(Date());
}

// Text for a NOT NULL column: a null QString is stored as ''.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// `text` as a literal inside a LIKE pattern with ESCAPE '\\' (its % _ and \\ escaped).
inline QString likeEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

template <typename E> QVariant code(E value)
{
    return enumCode(value);
}

template <typename E> QVariant code(const std::optional<E>& value)
{
    return value ? QVariant(enumCode(*value)) : QVariant(QMetaType(QMetaType::QString));
}

template <typename E> std::optional<E> toEnum(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return enumFromCode<E>(v.toString());
}

template <typename E> E toEnum(const QVariant& v, E fallback)
{
    return toEnum<E>(v).value_or(fallback);
}

// The driver's message for a query that failed. A statement that could not be prepared (a
// table or column gone from a damaged file) fails again when run, but Qt then reports only
// "Parameter count mismatch": prepare its text once more on the same connection to give
// SQLite's own reason ("no such table: …").
inline Error queryError(const QSqlQuery& q)
{
    const QString sql = q.lastQuery();
    if (!q.isActive() && !sql.isEmpty() && q.driver() != nullptr) {
        QSqlQuery probe(q.driver()->createResult());
        if (!probe.prepare(sql))
            return Error::database(probe.lastError().text());
    }
    return Error::database(q.lastError().text());
}

// Executes a prepared query; the error carries the driver's message.
inline Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return queryError(q);
    return {};
}

} // namespace sl::sqlv
