#include "DashboardFigures.h"

namespace sl {

namespace dashboard {

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

HoursBand band(double hours, double target)
{
    if (target <= 0 || hours >= target)
        return HoursBand::AtLeast100;
    const double share = hours / target;
    if (share < 0.25)
        return HoursBand::Below25;
    if (share < 0.5)
        return HoursBand::Below50;
    if (share < 0.75)
        return HoursBand::Below75;
    return HoursBand::Below100;
}

std::vector<std::pair<int, int>> monthsOf(const Period& period)
{
    std::vector<std::pair<int, int>> out;
    if (period.from.is_special() || period.to.is_special() || period.to < period.from)
        return out;
    int y = period.from.year();
    int m = period.from.month();
    const int endKey = int(period.to.year()) * 12 + int(period.to.month());
    while (y * 12 + m <= endKey) {
        out.emplace_back(y, m);
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return out;
}

std::vector<MonthFigures> emptyMonths(const Period& period)
{
    std::vector<MonthFigures> out;
    for (const auto& [y, m] : monthsOf(period)) {
        MonthFigures f;
        f.year = y;
        f.month = m;
        out.push_back(f);
    }
    return out;
}

HoursHistogram histogram(const std::vector<DashboardMember>& members)
{
    HoursHistogram out{};
    for (const DashboardMember& m : members)
        ++out[size_t(m.band())];
    return out;
}

GradeCounts gradeCounts(const std::vector<DashboardMember>& members)
{
    GradeCounts out{};
    for (const DashboardMember& m : members) {
        if (m.grade)
            ++out[size_t(*m.grade)];
    }
    return out;
}

} // namespace dashboard

double MonthFigures::participationRate() const
{
    return dashboard::rate(attended, expected);
}

HoursBand DashboardMember::band() const
{
    return dashboard::band(hours, hoursTarget);
}

double SubOrgFigures::participationRate() const
{
    return dashboard::rate(attended, expected);
}

double SubOrgFigures::hoursPerMember() const
{
    return members > 0 ? double(totalMinutes) / 60.0 / members : 0.0;
}

double SubOrgFigures::shareMeetingTarget() const
{
    return dashboard::rate(meetingTarget, members);
}

bool SubOrgFigures::isLagging() const
{
    const bool lowParticipation =
        expected > 0 ? participationRate() < dashboard::kLaggingParticipation : planItems > 0;
    const bool lowHours = members > 0 && shareMeetingTarget() < dashboard::kLaggingHoursShare;
    return lowParticipation || lowHours;
}

double DashboardSession::participationRate() const
{
    return dashboard::rate(attended, expected);
}

int Dashboard::sessionsHeld() const
{
    int n = 0;
    for (const MonthFigures& m : months)
        n += m.sessionsHeld;
    return n;
}

int Dashboard::planItems() const
{
    int n = 0;
    for (const MonthFigures& m : months)
        n += m.planItems;
    return n;
}

int Dashboard::expected() const
{
    int n = 0;
    for (const MonthFigures& m : months)
        n += m.expected;
    return n;
}

int Dashboard::attended() const
{
    int n = 0;
    for (const MonthFigures& m : months)
        n += m.attended;
    return n;
}

int Dashboard::assessed() const
{
    int n = 0;
    for (int c : grades)
        n += c;
    return n;
}

} // namespace sl
