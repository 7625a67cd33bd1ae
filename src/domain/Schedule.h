#pragma once

#include "DateBridge.h"
#include "Result.h"
#include "WorkingDays.h"

#include <Qt>

#include <vector>

namespace sl {

// How a monthly series of sessions picks its day in each month (PRODUCT.md: "主题党日 on
// a fixed day each month, skipping weekends"). Build one with the factories.
struct MonthlyRule
{
    enum class Kind
    {
        NthWeekday,      // e.g. the second Tuesday, or the last Friday
        FixedDay,        // e.g. the 15th
        FirstWorkingDay, // the first working day of the month
    };
    // FixedDay: a month without that day (the 31st in April, the 30th in February).
    enum class ShortMonth
    {
        Clamp, // use the last day of the month
        Skip,  // no date in that month
    };
    // FixedDay: a day that is not a working day of the calendar (a weekend, or a holiday
    // the calendar lists).
    enum class NonWorkingDay
    {
        Keep,                      // keep the date
        ShiftToNextWorkingDay,     // Saturday, Sunday → Monday
        ShiftToPreviousWorkingDay, // Saturday, Sunday → Friday
        Skip,                      // no date in that month
    };

    static constexpr int kLast = -1; // `nth` for the last such weekday of the month

    Kind kind = Kind::FixedDay;
    int nth = 1; // NthWeekday: 1..4, or kLast
    // NthWeekday: 1 (Qt::Monday) to 7 (Qt::Sunday). An int, not a Qt::DayOfWeek: validate()
    // must be able to see a wrong value, and 0 or 8 in a Qt::DayOfWeek is undefined behaviour.
    int weekday = Qt::Monday;
    int day = 1; // FixedDay: 1..31
    ShortMonth shortMonth = ShortMonth::Clamp;
    NonWorkingDay nonWorkingDay = NonWorkingDay::Keep;

    static MonthlyRule nthWeekday(int nth, int weekday);
    static MonthlyRule fixedDay(int day, ShortMonth shortMonth = ShortMonth::Clamp,
                                NonWorkingDay nonWorkingDay = NonWorkingDay::Keep);
    static MonthlyRule firstWorkingDay();

    // Checks nth ("nth"), weekday ("weekday") and day ("day") for the rule's kind.
    Status validate() const;

    bool operator==(const MonthlyRule&) const = default;
};

// The dates of the rule in [from, to], ascending, without duplicates: one per month at
// most. A date is kept when it lies in [from, to] after any shift, so a shift may bring in
// the date of the month just before or after the range, and may push a date out of it.
// Working days follow `calendar` (Monday to Friday by default). Empty when the rule is
// invalid (see validate()), when either end is not set or when to is before from.
std::vector<Date> monthlySeries(const MonthlyRule& rule, const Date& from, const Date& to,
                                const WorkingCalendar& calendar = WorkingCalendar());

// The same for whole years: Jan 1 of firstYear to Dec 31 of lastYear.
std::vector<Date> monthlySeries(const MonthlyRule& rule, int firstYear, int lastYear,
                                const WorkingCalendar& calendar = WorkingCalendar());

} // namespace sl
