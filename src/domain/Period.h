#pragma once

#include "DateBridge.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace sl {

// A period of METRICS.md "Period and scope": the inclusive date range [from, to]. The
// factories build the calendar periods (year, half-year with H1 = Jan–Jun, quarter, month);
// their arguments are preconditions (boost throws on a month outside 1..12), so validate
// user input with make().
struct Period
{
    Date from;
    Date to;

    // The years make() accepts.
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2100;

    static Period year(int year);
    static Period half(int year, int half);       // 1 = Jan–Jun, 2 = Jul–Dec
    static Period quarter(int year, int quarter); // 1 = Jan–Mar … 4 = Oct–Dec
    static Period month(int year, int month);     // 1..12

    // The period of `report bulletin --year Y [--half H | --quarter Q | --month M]`: the
    // year alone, or one of its halves, quarters or months. At most one of half, quarter
    // and month; an error names the field at fault ("year", "half", "quarter", "month").
    static Result<Period> make(int year, std::optional<int> half, std::optional<int> quarter,
                               std::optional<int> month);

    // False for a date outside the range and for "no date".
    bool contains(const Date& date) const;
    // The number of days in the range, both ends included; 0 when to is before from or
    // either end is not set.
    int days() const;
    // Jan 1 to Dec 31 of one year.
    bool isCalendarYear() const;
    // The periods of the dashboard and the bulletin: both ends set, in order, within one
    // calendar year (their grades are that year's assessment). The error names "period".
    Status checkWithinOneYear() const;

    // "2026年", "2026年上半年", "2026年第一季度", "2026年3月"; any other range is
    // "2026-03-05至2026-04-10". For documents (the bulletin is Chinese whatever the
    // interface language); the GUI translates with tr() instead.
    QString label() const;
    // "2026", "2026 H1", "2026 Q1", "March 2026"; any other range "2026-03-05 to 2026-04-10".
    QString labelEn() const;

    bool operator==(const Period&) const = default;
};

// METRICS.md: a target for a period shorter than a year is prorated,
// target × days(P) / days(year), where the year is the year of P.from (365 or 366 days).
// A calendar year gives the target itself; a period with no from date gives 0.
double prorate(double target, const Period& period);

} // namespace sl
