#pragma once

#include "domain/DateBridge.h"
#include "domain/EnumTraits.h"
#include "domain/Result.h"

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

inline Error queryError(const QSqlQuery& q)
{
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
