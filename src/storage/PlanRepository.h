#pragma once

#include "domain/Result.h"
#include "domain/StudyPlan.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

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

// 学习计划 and their numbered items.
class PlanRepository
{
public:
    explicit PlanRepository(Database& db) : m_db(db) {}

    // The plan of a group for a year, with its items by number.
    Result<std::optional<StudyPlan>> plan(qint64 groupId, int year);
    Result<std::optional<StudyPlan>> planById(qint64 planId);
    // The years for which the group has a plan, ascending.
    Result<std::vector<int>> years(qint64 groupId);
    // The plan row only (group, year, approval date); items go through insertItem.
    Result<qint64> insertPlan(const StudyPlan& plan);
    Status updatePlan(const StudyPlan& plan); // the approval date
    Status removePlan(qint64 planId);         // with its items

    Result<std::optional<PlanItem>> item(qint64 itemId);
    Result<std::optional<PlanItem>> itemByNo(qint64 planId, int itemNo);
    Result<qint64> insertItem(const PlanItem& item);
    Status updateItem(const PlanItem& item);
    Status removeItem(qint64 itemId);
    // Numbers the plan's items 1, 2, … in the order given (every item of the plan, once), in one
    // transaction (joining the caller's).
    Status renumber(qint64 planId, const std::vector<qint64>& itemIdsInOrder);

    // The plan's items by number, each with the held sessions that carry it out.
    Result<std::vector<PlanItemProgress>> progress(qint64 planId);

    // Every item the filter selects, ordered by group number, year and item number.
    Status scan(const PlanFilter& filter, const std::function<Status(const PlanRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
