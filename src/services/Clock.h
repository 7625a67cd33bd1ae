#pragma once

#include "domain/DateBridge.h"

#include <QDate>

namespace sl {

// Today's date, injectable so that date rules are testable.
class Clock
{
public:
    static Date today()
    {
        return s_fixed.is_special() ? dates::fromQDate(QDate::currentDate()) : s_fixed;
    }
    // Tests fix the date; a default Date returns to the real one.
    static void setToday(const Date& d) { s_fixed = d; }

private:
    static inline Date s_fixed;
};

} // namespace sl
