#pragma once

#include "DateBridge.h"

#include <set>
#include <utility>

namespace sl {

// The exceptions to the Monday–Friday working week: public holidays that fall on a
// weekday, and weekend days that are worked (调休). A default-constructed calendar has
// none, so that working days are simply Monday to Friday.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(std::set<Date> holidays, std::set<Date> extraWorkingDays)
        : m_holidays(std::move(holidays)), m_extraWorkingDays(std::move(extraWorkingDays))
    {
    }

    const std::set<Date>& holidays() const { return m_holidays; }
    const std::set<Date>& extraWorkingDays() const { return m_extraWorkingDays; }

    void addHoliday(const Date& date) { m_holidays.insert(date); }
    void addExtraWorkingDay(const Date& date) { m_extraWorkingDays.insert(date); }

private:
    std::set<Date> m_holidays;
    std::set<Date> m_extraWorkingDays;
};

// Monday to Friday, or a day listed as an extra working day; never a listed holiday (a
// date in both sets is a holiday). "No date" is not a working day.
bool isWorkingDay(const Date& date, const WorkingCalendar& calendar = WorkingCalendar());

// The first working day strictly after `date` (Friday → Monday, Monday → Tuesday);
// "no date" stays "no date".
Date nextWorkingDay(const Date& date, const WorkingCalendar& calendar = WorkingCalendar());

// The last working day strictly before `date` (Monday → Friday); "no date" stays "no date".
Date previousWorkingDay(const Date& date, const WorkingCalendar& calendar = WorkingCalendar());

// The number of working days in [from, to], both ends included; 0 when to is before from
// or either end is not set.
int workingDaysBetween(const Date& from, const Date& to,
                       const WorkingCalendar& calendar = WorkingCalendar());

} // namespace sl
