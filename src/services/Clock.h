#pragma once

#include "domain/DateBridge.h"

#include <QDate>
#include <QDateTime>

namespace sl {

// Today's date and the time now, injectable so that date rules and delays are testable.
class Clock
{
public:
    static Date today()
    {
        return s_fixed.is_special() ? dates::fromQDate(QDate::currentDate()) : s_fixed;
    }
    // Tests fix the date; a default Date returns to the real one.
    static void setToday(const Date& d) { s_fixed = d; }

    // The time now in UTC (the log-in delays of AccountService).
    static QDateTime nowUtc()
    {
        return s_fixedNow.isValid() ? s_fixedNow : QDateTime::currentDateTimeUtc();
    }
    // Tests fix the time; an invalid QDateTime returns to the real one.
    static void setNow(const QDateTime& t) { s_fixedNow = t.toUTC(); }

private:
    static inline Date s_fixed;
    static inline QDateTime s_fixedNow;
};

} // namespace sl
