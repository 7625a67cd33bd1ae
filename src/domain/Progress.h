#pragma once

#include "Period.h"

namespace sl {

// One bar of a member's progress: what was done against the target of a period, and the part
// of that target due by the as-of date (the year so far).
struct ProgressItem
{
    double actual = 0;
    double target = 0; // for the whole period (prorated when the period is shorter than a year)
    double due = 0;    // the target prorated to the days of the period elapsed by the as-of date

    // actual / target × 100; 0 when the target is 0. Not capped (a bar caps at 100).
    double percentOfTarget() const { return target > 0 ? 100.0 * actual / target : 0.0; }
    // actual / due × 100; 100 when nothing is due yet. Not capped.
    double percentOfDue() const { return due > 0 ? 100.0 * actual / due : 100.0; }
    bool onTrack() const { return actual >= due; }

    bool operator==(const ProgressItem&) const = default;
};

// Targets prorated for the part of a period that has passed (docs/metrics.md):
// due = yearTarget × days(P ∩ [P.from, asOf]) / days(year of P.from).
class Progress
{
public:
    // The days of the period up to and including asOf: 0 before the period, days(P) after it.
    static int elapsedDays(const Period& period, const Date& asOf);
    // The part of a year's target due by asOf within the period.
    static double dueBy(double yearTarget, const Period& period, const Date& asOf);
    // actual against prorate(yearTarget, period), with the part due by asOf.
    static ProgressItem item(double actual, double yearTarget, const Period& period,
                             const Date& asOf);
};

} // namespace sl
