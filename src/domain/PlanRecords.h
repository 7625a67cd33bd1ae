#pragma once

#include "domain/Result.h"
#include "domain/StudyPlan.h"

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of plan lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// A plan item with how it was carried out: the held sessions linked to it.
struct PlanItemProgress
{
    PlanItem item;
    int heldSessions = 0;      // held sessions linked to the item
    qint64 firstSessionId = 0; // the earliest of them, 0 when none
    QString firstSessionExtId;
    Date firstSessionDate;

    bool done() const { return heldSessions > 0; }
};

// A plan item due in a month, with its study group and how it was carried out (the home of a
// secretary).
struct PlanItemDue
{
    qint64 groupId = 0;
    QString groupName;
    int year = 0;
    PlanItemProgress progress;
};

// A plan item with its plan, as the plans file carries it.
struct PlanRow
{
    QString groupExtId;
    int year = 0;
    Date approvedOn;
    PlanItem item;
};

// Which plan items an export reads: a year (0: every year), a group or an organisation subtree.
struct PlanFilter
{
    int year = 0;
    qint64 groupId = 0;
    qint64 rootOrgId = 0;
};

} // namespace sl
