#pragma once

#include "domain/PlanRecords.h"

#include "domain/Result.h"
#include "domain/StudyPlan.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

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
    // The items of month `month` of the plans of `year` of the groups of the organisation
    // subtree (0: every group), the ones not carried out first, then by group number and item.
    Result<std::vector<PlanItemDue>> dueInMonth(int year, int month, qint64 rootOrgId);

    // Every item the filter selects, ordered by group number, year and item number.
    Status scan(const PlanFilter& filter, const std::function<Status(const PlanRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
