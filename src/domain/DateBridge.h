#pragma once

#include <QDate>
#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace sl {

using Date = boost::gregorian::date;

// The one place where domain dates (boost::gregorian::date) meet Qt's QDate and the ISO text
// the database stores. A default-constructed Date is "no date" (not_a_date_time).
namespace dates {

inline QDate toQDate(const Date& d)
{
    if (d.is_special())
        return {};
    return QDate(d.year(), d.month(), d.day());
}

inline Date fromQDate(const QDate& d)
{
    if (!d.isValid())
        return {};
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

// "2026-03-05", or an empty string for no date.
inline QString toIso(const Date& d)
{
    if (d.is_special())
        return {};
    return QString::asprintf("%04d-%02d-%02d", int(d.year()), int(d.month()), int(d.day()));
}

// Parses "YYYY-MM-DD"; an empty string is no date; anything else is nullopt.
inline std::optional<Date> fromIso(const QString& text)
{
    if (text.isEmpty())
        return Date();
    const QDate q = QDate::fromString(text, Qt::ISODate);
    if (!q.isValid() || text.size() != 10)
        return std::nullopt;
    return fromQDate(q);
}

inline bool isSet(const Date& d)
{
    return !d.is_special();
}

} // namespace dates
} // namespace sl
