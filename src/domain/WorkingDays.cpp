#include "WorkingDays.h"

namespace sl {

namespace {

const boost::gregorian::days kOneDay(1);

bool isWeekend(const Date& date)
{
    const auto weekday = date.day_of_week().as_number(); // 0 = Sunday … 6 = Saturday
    return weekday == 0 || weekday == 6;
}

} // namespace

bool isWorkingDay(const Date& date, const WorkingCalendar& calendar)
{
    if (date.is_special() || calendar.holidays().contains(date))
        return false;
    return !isWeekend(date) || calendar.extraWorkingDays().contains(date);
}

// Both loops end: beyond the last listed holiday every Monday is a working day.
Date nextWorkingDay(const Date& date, const WorkingCalendar& calendar)
{
    if (date.is_special())
        return date;
    Date d = date + kOneDay;
    while (!isWorkingDay(d, calendar))
        d += kOneDay;
    return d;
}

Date previousWorkingDay(const Date& date, const WorkingCalendar& calendar)
{
    if (date.is_special())
        return date;
    Date d = date - kOneDay;
    while (!isWorkingDay(d, calendar))
        d -= kOneDay;
    return d;
}

int workingDaysBetween(const Date& from, const Date& to, const WorkingCalendar& calendar)
{
    if (from.is_special() || to.is_special() || to < from)
        return 0;
    // Whole weeks hold five weekdays each; count the remainder day by day, then apply the
    // calendar's exceptions that lie in the range.
    const long total = (to - from).days() + 1;
    int count = static_cast<int>(total / 7) * 5;
    for (Date d = from + boost::gregorian::days(total - total % 7); d <= to; d += kOneDay) {
        if (!isWeekend(d))
            ++count;
    }
    const auto& holidays = calendar.holidays();
    for (auto it = holidays.lower_bound(from); it != holidays.end() && *it <= to; ++it) {
        if (!isWeekend(*it))
            --count;
    }
    const auto& extra = calendar.extraWorkingDays();
    for (auto it = extra.lower_bound(from); it != extra.end() && *it <= to; ++it) {
        if (isWeekend(*it) && !holidays.contains(*it))
            ++count;
    }
    return count;
}

} // namespace sl
