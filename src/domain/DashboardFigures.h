#pragma once

#include "DateBridge.h"
#include "Enums.h"
#include "Period.h"
#include "ScopeRef.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace sl {

// The figures of the leaders' dashboard (统计看板) for one scope S and period P, as
// docs/metrics.md "Dashboard" defines them.

// The members' hours as a share of their prorated hours target.
enum class HoursBand
{
    Below25,    // < 25 %
    Below50,    // 25 % up to 50 %
    Below75,    // 50 % up to 75 %
    Below100,   // 75 % up to 100 %
    AtLeast100, // the target is met
};
constexpr int kHoursBandCount = 5;

// Counts per grade, indexed by int(Grade): 优秀, 合格, 基本合格, 不合格.
using GradeCounts = std::array<int, 4>;
// Counts per hours band, indexed by int(HoursBand).
using HoursHistogram = std::array<int, kHoursBandCount>;

// One calendar month of the period.
struct MonthFigures
{
    int year = 0;
    int month = 0;        // 1..12
    int sessionsHeld = 0; // Sessions(S, P) dated in the month
    int planItems = 0;    // plan items of the groups in S due in the month
    int expected = 0;     // Records(S, P) of those sessions
    int attended = 0;     // of them 出席, 迟到 or 早退

    double participationRate() const;
    bool operator==(const MonthFigures&) const = default;
};

// A member of Members(S, P) with their hours against the prorated target and the grade of
// the calendar year's assessment.
struct DashboardMember
{
    qint64 memberId = 0;
    QString extId;
    QString name;
    QString orgName;     // the member's own organisation
    qint64 branchId = 0; // the row of the sub-organisation table the member counts in; 0: none
    double hours = 0;
    double hoursTarget = 0;     // prorated to the period
    std::optional<Grade> grade; // nullopt: not assessed in the year's scope

    HoursBand band() const;
    bool meetsTarget() const { return hours >= hoursTarget; }
};

// A row of the sub-organisation table: a direct child of the scope's organisation with all its
// descendants, or the scope's organisation itself (its own members and groups only).
struct SubOrgFigures
{
    qint64 orgId = 0;
    QString extId;
    QString name;
    bool ownLevel = false; // the scope's organisation itself (本级)
    int sessionsHeld = 0;
    int planItems = 0;
    int expected = 0;
    int attended = 0;
    int members = 0;
    qint64 totalMinutes = 0;
    int meetingTarget = 0; // members whose hours reach their prorated target
    GradeCounts grades{};

    double participationRate() const;
    double hoursPerMember() const;
    double shareMeetingTarget() const;
    // Tinted in the table: participation below 80 % (or nothing recorded while plan items are
    // due), or fewer than 60 % of the members meeting their hours target.
    bool isLagging() const;
};

// A held session behind a month's bar.
struct DashboardSession
{
    qint64 id = 0;
    QString extId;
    Date date;
    QString groupName;
    QString topic;
    SessionForm form = SessionForm::Collective;
    int minutes = 0;
    bool fromPlan = false; // carries out a plan item
    int expected = 0;      // its Records
    int attended = 0;

    double participationRate() const;
};

struct Dashboard
{
    ScopeRef scope;
    QString scopeName;
    Period period;
    std::vector<MonthFigures> months; // every calendar month the period touches, in order
    HoursHistogram hours{};
    GradeCounts grades{};
    std::vector<SubOrgFigures> subOrgs;   // organisation scope only; the own level first
    std::vector<DashboardMember> members; // Members(S, P), by number

    int sessionsHeld() const;
    int planItems() const;
    int expected() const;
    int attended() const;
    int assessed() const;
};

namespace dashboard {

constexpr double kLaggingParticipation = 0.8;
constexpr double kLaggingHoursShare = 0.6;

// part / whole, 0 when whole is 0.
double rate(qint64 part, qint64 whole);
// The band of `hours` against `target`; a target of 0 or less is met by any hours.
HoursBand band(double hours, double target);
// The (year, month) pairs a period touches, in order; empty for an unset period.
std::vector<std::pair<int, int>> monthsOf(const Period& period);
// Empty months for the period, ready to be filled.
std::vector<MonthFigures> emptyMonths(const Period& period);
HoursHistogram histogram(const std::vector<DashboardMember>& members);
GradeCounts gradeCounts(const std::vector<DashboardMember>& members);

} // namespace dashboard

} // namespace sl
