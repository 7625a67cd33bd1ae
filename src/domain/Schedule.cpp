#include "Schedule.h"

#include <algorithm>
#include <optional>

namespace sl {

namespace {

namespace bg = boost::gregorian;

bg::greg_weekday toBoost(int weekday)
{
    return bg::greg_weekday(static_cast<unsigned short>(weekday % 7)); // Sunday = 0
}

// The rule's date in one month, before it is matched against [from, to].
std::optional<Date> dateInMonth(const MonthlyRule& rule, int year, int month,
                                const WorkingCalendar& calendar)
{
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    const Date first(y, m, 1);
    switch (rule.kind) {
    case MonthlyRule::Kind::NthWeekday:
        if (rule.nth == MonthlyRule::kLast)
            return bg::last_day_of_the_week_in_month(toBoost(rule.weekday), m).get_date(y);
        return bg::nth_day_of_the_week_in_month(
                   static_cast<bg::nth_day_of_the_week_in_month::week_num>(rule.nth),
                   toBoost(rule.weekday), m)
            .get_date(y);
    case MonthlyRule::Kind::FirstWorkingDay:
        return isWorkingDay(first, calendar) ? first : nextWorkingDay(first, calendar);
    case MonthlyRule::Kind::FixedDay:
        break;
    }

    const int lastDay = bg::gregorian_calendar::end_of_month_day(y, m);
    if (rule.day > lastDay && rule.shortMonth == MonthlyRule::ShortMonth::Skip)
        return std::nullopt;
    const Date date(y, m, static_cast<unsigned short>(std::min(rule.day, lastDay)));
    if (isWorkingDay(date, calendar))
        return date;
    switch (rule.nonWorkingDay) {
    case MonthlyRule::NonWorkingDay::Keep:
        return date;
    case MonthlyRule::NonWorkingDay::ShiftToNextWorkingDay:
        return nextWorkingDay(date, calendar);
    case MonthlyRule::NonWorkingDay::ShiftToPreviousWorkingDay:
        return previousWorkingDay(date, calendar);
    case MonthlyRule::NonWorkingDay::Skip:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

MonthlyRule MonthlyRule::nthWeekday(int nth, int weekday)
{
    MonthlyRule rule;
    rule.kind = Kind::NthWeekday;
    rule.nth = nth;
    rule.weekday = weekday;
    return rule;
}

MonthlyRule MonthlyRule::fixedDay(int day, ShortMonth shortMonth, NonWorkingDay nonWorkingDay)
{
    MonthlyRule rule;
    rule.kind = Kind::FixedDay;
    rule.day = day;
    rule.shortMonth = shortMonth;
    rule.nonWorkingDay = nonWorkingDay;
    return rule;
}

MonthlyRule MonthlyRule::firstWorkingDay()
{
    MonthlyRule rule;
    rule.kind = Kind::FirstWorkingDay;
    return rule;
}

Status MonthlyRule::validate() const
{
    switch (kind) {
    case Kind::NthWeekday:
        if (nth != kLast && (nth < 1 || nth > 4))
            return Error::invalid(
                QStringLiteral("nth"),
                QStringLiteral("nth must be 1 to 4, or -1 for the last, not %1").arg(nth));
        if (weekday < 1 || weekday > 7)
            return Error::invalid(
                QStringLiteral("weekday"),
                QStringLiteral("weekday must be 1 (Monday) to 7 (Sunday), not %1").arg(weekday));
        return {};
    case Kind::FixedDay:
        if (day < 1 || day > 31)
            return Error::invalid(QStringLiteral("day"),
                                  QStringLiteral("day must be 1 to 31, not %1").arg(day));
        return {};
    case Kind::FirstWorkingDay:
        return {};
    }
    return Error::invalid(QStringLiteral("kind"), QStringLiteral("unknown kind of rule"));
}

std::vector<Date> monthlySeries(const MonthlyRule& rule, const Date& from, const Date& to,
                                const WorkingCalendar& calendar)
{
    std::vector<Date> dates;
    if (!rule.validate() || from.is_special() || to.is_special() || to < from)
        return dates;
    // A shift moves a date by a few days, so the months just before and after the range can
    // contribute too.
    const Date firstMonth = Date(from.year(), from.month(), 1) - bg::months(1);
    const Date lastMonth = Date(to.year(), to.month(), 1) + bg::months(1);
    for (Date month = firstMonth; month <= lastMonth; month += bg::months(1)) {
        const std::optional<Date> date = dateInMonth(rule, month.year(), month.month(), calendar);
        if (date && from <= *date && *date <= to)
            dates.push_back(*date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

std::vector<Date> monthlySeries(const MonthlyRule& rule, int firstYear, int lastYear,
                                const WorkingCalendar& calendar)
{
    if (lastYear < firstYear)
        return {};
    const Date from(static_cast<unsigned short>(firstYear), 1, 1);
    const Date to(static_cast<unsigned short>(lastYear), 12, 31);
    return monthlySeries(rule, from, to, calendar);
}

} // namespace sl
