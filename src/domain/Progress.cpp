#include "Progress.h"

#include <algorithm>

namespace sl {

int Progress::elapsedDays(const Period& period, const Date& asOf)
{
    if (period.days() == 0 || asOf.is_special() || asOf < period.from)
        return 0;
    return Period{period.from, std::min(asOf, period.to)}.days();
}

double Progress::dueBy(double yearTarget, const Period& period, const Date& asOf)
{
    if (period.from.is_special())
        return 0.0;
    const int yearDays = Period::year(period.from.year()).days();
    return yearTarget * elapsedDays(period, asOf) / yearDays;
}

ProgressItem Progress::item(double actual, double yearTarget, const Period& period,
                            const Date& asOf)
{
    return {actual, prorate(yearTarget, period), dueBy(yearTarget, period, asOf)};
}

} // namespace sl
