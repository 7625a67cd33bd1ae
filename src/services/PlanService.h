#pragma once

#include "domain/PlanRecords.h"
#include "domain/Result.h"
#include "domain/StudyPlan.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 学习计划: the annual plan of a study group, its numbered items (序号) and the plan view that
// shows which items a held session carried out. Changes need Access (Action::PlanWrite) for the
// group's organisation; each is one transaction.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(sl::PlanService)

public:
    explicit PlanService(Ledger& ledger) : m_ledger(ledger) {}

    // The group's plan for the year with its items by number, if there is one.
    Result<std::optional<StudyPlan>> plan(qint64 groupId, int year);
    // The years for which the group has a plan.
    Result<std::vector<int>> years(qint64 groupId);

    // Creates the group's plan for the year, or sets the approval date of the existing one
    // (an unset date: not approved yet). Returns the plan's id.
    Result<qint64> savePlan(qint64 groupId, int year, const Date& approvedOn);
    // Removes a plan with its items; sessions that carried them out lose the link.
    Status removePlan(qint64 planId);

    // Every problem of the item as it would be saved (rules, plan exists, number free).
    std::vector<Error> checkItem(const PlanItem& item);
    // Inserts (id 0) or updates an item of plan item.planId. A new item with number 0 gets the
    // next number after the last. Returns the item's id.
    Result<qint64> saveItem(const PlanItem& item);
    // Removes an item and numbers the ones after it down by one; sessions that carried it out
    // lose the link.
    Status removeItem(qint64 itemId);
    // Moves an item to number `newNo` (1 … number of items), shifting the others.
    Status moveItem(qint64 itemId, int newNo);
    // Numbers the plan's items 1, 2, … in the given order (every item of the plan once).
    Status reorder(qint64 planId, const std::vector<qint64>& itemIdsInOrder);

    // The plan view: each item of the group's plan for the year with the held sessions that
    // carry it out. Empty when there is no plan.
    Result<std::vector<PlanItemProgress>> progress(qint64 groupId, int year);
    // The plan items due in a month (of the plans of `year`) of the groups of the organisation
    // subtree (0: every group the account may read), the ones not carried out first.
    Result<std::vector<PlanItemDue>> dueInMonth(int year, int month, qint64 rootOrgId = 0);

    // Every plan item the filter selects (group number, year, item number order).
    Status exportRows(const PlanFilter& filter, const std::function<Status(const PlanRow&)>& visit);

private:
    Status mayEditPlan(qint64 planId);

    Ledger& m_ledger;
};

} // namespace sl
