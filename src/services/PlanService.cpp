#include "PlanService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/SessionRules.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/PlanRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace sl {

namespace {

Status recordAudit(Ledger& ledger, const QString& action, const QString& entity, qint64 id,
                   const QString& detail)
{
    return AuditRepository(ledger.db())
        .record(ledger.actor().accountId, action, entity, id, detail);
}

// For the audit of a new order: "顺序 1 A、2 B → 1 B、2 A" by topic.
QString orderChange(const std::vector<PlanItem>& items, const std::vector<qint64>& newOrder)
{
    QStringList before;
    QStringList after;
    for (const PlanItem& i : items)
        before << i.topic;
    for (qint64 id : newOrder) {
        for (const PlanItem& i : items) {
            if (i.id == id)
                after << i.topic;
        }
    }
    return audit::Diff()
        .field(QStringLiteral("顺序"), before.join(QStringLiteral("、")),
               after.join(QStringLiteral("、")))
        .text(QStringLiteral("学习计划"));
}

} // namespace

Result<std::optional<StudyPlan>> PlanService::plan(qint64 groupId, int year)
{
    // As years() and the lists: only within what the account may read.
    if (Status s = Access(m_ledger).requireGroup(Action::RecordsRead, groupId, true); !s)
        return s.error();
    return PlanRepository(m_ledger.db()).plan(groupId, year);
}

Result<std::vector<int>> PlanService::years(qint64 groupId)
{
    if (Status s = Access(m_ledger).requireGroup(Action::RecordsRead, groupId, true); !s)
        return s.error();
    return PlanRepository(m_ledger.db()).years(groupId);
}

Status PlanService::mayEditPlan(qint64 planId)
{
    auto plan = PlanRepository(m_ledger.db()).planById(planId);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error::notFound(QStringLiteral("plan"), tr("no such study plan"));
    return Access(m_ledger).requireGroup(Action::PlanWrite, (*plan)->groupId);
}

Result<qint64> PlanService::savePlan(qint64 groupId, int year, const Date& approvedOn)
{
    const auto problems = rules::checkPlanYear(year);
    if (!problems.empty())
        return problems.front();
    auto group = GroupRepository(m_ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group)
        return Error::invalid(QStringLiteral("group_id"), tr("choose a study group"));
    if (Status allowed = Access(m_ledger).require(Action::PlanWrite, (*group)->orgId); !allowed)
        return allowed.error();
    LedgerWrite tx(m_ledger);
    PlanRepository repo(m_ledger.db());
    auto existing = repo.plan(groupId, year);
    if (!existing)
        return existing.error();
    StudyPlan plan;
    plan.groupId = groupId;
    plan.year = year;
    plan.approvedOn = approvedOn;
    if (*existing) {
        plan.id = (*existing)->id;
        if (Status s = repo.updatePlan(plan); !s)
            return s.error();
    } else {
        auto id = repo.insertPlan(plan);
        if (!id)
            return id.error();
        plan.id = *id;
    }
    if (Status s = recordAudit(
            m_ledger, existing->has_value() ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("plan"), plan.id,
            *existing ? audit::Diff()
                            .field(QStringLiteral("批准日期"), (*existing)->approvedOn, approvedOn)
                            .text(QStringLiteral("%1 %2 年学习计划").arg((*group)->extId).arg(year))
                      : audit::created(QStringLiteral("%1 %2 年学习计划（批准日期 %3）")
                                           .arg((*group)->extId)
                                           .arg(year)
                                           .arg(dates::toIso(approvedOn))));
        !s)
        return s.error();
    tx.changes().plan(groupId, year);
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan.id;
}

Status PlanService::removePlan(qint64 planId)
{
    if (Status allowed = mayEditPlan(planId); !allowed)
        return allowed;
    auto removed = PlanRepository(m_ledger.db()).planById(planId);
    if (!removed)
        return removed.error();
    LedgerWrite tx(m_ledger);
    if (*removed)
        tx.changes().plan((*removed)->groupId, (*removed)->year);
    if (Status s = PlanRepository(m_ledger.db()).removePlan(planId); !s)
        return s;
    if (Status s = recordAudit(m_ledger, QStringLiteral("delete"), QStringLiteral("plan"), planId,
                               audit::removed(*removed ? QStringLiteral("%1 年学习计划（%2 项）")
                                                             .arg((*removed)->year)
                                                             .arg((*removed)->items.size())
                                                       : QStringLiteral("学习计划")));
        !s)
        return s;
    return tx.commit();
}

std::vector<Error> PlanService::checkItem(const PlanItem& item)
{
    std::vector<Error> problems;
    PlanItem numbered = item;
    if (numbered.id == 0 && numbered.itemNo == 0)
        numbered.itemNo = 1; // a new item gets the next number
    problems = rules::checkPlanItem(numbered);
    PlanRepository repo(m_ledger.db());
    auto plan = repo.planById(item.planId);
    if (!plan) {
        problems.push_back(plan.error());
        return problems;
    }
    if (!*plan) {
        problems.push_back(Error::invalid(QStringLiteral("plan"), tr("no such study plan")));
        return problems;
    }
    if (item.itemNo > 0) {
        for (const PlanItem& other : (*plan)->items) {
            if (other.itemNo == item.itemNo && other.id != item.id)
                problems.push_back(Error{
                    ErrorCode::Conflict, QStringLiteral("item_no"),
                    tr("the plan has an item %1 already: %2").arg(item.itemNo).arg(other.topic)});
        }
    }
    return problems;
}

Result<qint64> PlanService::saveItem(const PlanItem& item)
{
    if (Status allowed = mayEditPlan(item.planId); !allowed)
        return allowed.error();
    const auto problems = checkItem(item);
    if (!problems.empty())
        return problems.front();
    LedgerWrite tx(m_ledger);
    PlanRepository repo(m_ledger.db());
    PlanItem saved = item;
    Result<std::optional<PlanItem>> before = std::optional<PlanItem>(); // for the audit
    if (item.id != 0)
        before = repo.item(item.id);
    if (!before)
        return before.error();
    saved.topic = saved.topic.trimmed();
    saved.lead = saved.lead.trimmed();
    if (saved.id == 0) {
        if (saved.itemNo == 0) {
            auto plan = repo.planById(saved.planId);
            if (!plan)
                return plan.error();
            saved.itemNo = (*plan)->items.empty() ? 1 : (*plan)->items.back().itemNo + 1;
        }
        auto id = repo.insertItem(saved);
        if (!id)
            return id.error();
        saved.id = *id;
    } else if (Status s = repo.updateItem(saved); !s) {
        return s.error();
    }
    if (Status s = recordAudit(m_ledger,
                               item.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                               QStringLiteral("plan_item"), saved.id,
                               *before ? audit::planItemChange(**before, saved)
                                       : audit::created(audit::planItemText(saved)));
        !s)
        return s.error();
    if (auto plan = repo.planById(saved.planId); plan && *plan)
        tx.changes().plan((*plan)->groupId, (*plan)->year);
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved.id;
}

Status PlanService::removeItem(qint64 itemId)
{
    PlanRepository repo(m_ledger.db());
    auto item = repo.item(itemId);
    if (!item)
        return item.error();
    if (!*item)
        return Error::notFound(QStringLiteral("item_no"), tr("no such plan item"));
    if (Status allowed = mayEditPlan((*item)->planId); !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    if (Status s = repo.removeItem(itemId); !s)
        return s;
    auto plan = repo.planById((*item)->planId);
    if (!plan)
        return plan.error();
    std::vector<qint64> order;
    for (const PlanItem& i : (*plan)->items)
        order.push_back(i.id);
    if (Status s = repo.renumber((*item)->planId, order); !s)
        return s;
    tx.changes().plan((*plan)->groupId, (*plan)->year);
    if (Status s = recordAudit(m_ledger, QStringLiteral("delete"), QStringLiteral("plan_item"),
                               itemId, audit::removed(audit::planItemText(**item)));
        !s)
        return s;
    return tx.commit();
}

Status PlanService::moveItem(qint64 itemId, int newNo)
{
    PlanRepository repo(m_ledger.db());
    auto item = repo.item(itemId);
    if (!item)
        return item.error();
    if (!*item)
        return Error::notFound(QStringLiteral("item_no"), tr("no such plan item"));
    auto plan = repo.planById((*item)->planId);
    if (!plan)
        return plan.error();
    std::vector<qint64> order;
    for (const PlanItem& i : (*plan)->items) {
        if (i.id != itemId)
            order.push_back(i.id);
    }
    if (newNo < 1 || newNo > static_cast<int>(order.size()) + 1)
        return Error::invalid(
            QStringLiteral("item_no"),
            tr("must be a number from 1 to %1, not %2").arg(order.size() + 1).arg(newNo));
    order.insert(order.begin() + (newNo - 1), itemId);
    return reorder((*item)->planId, order);
}

Status PlanService::reorder(qint64 planId, const std::vector<qint64>& itemIdsInOrder)
{
    if (Status allowed = mayEditPlan(planId); !allowed)
        return allowed;
    PlanRepository repo(m_ledger.db());
    auto plan = repo.planById(planId);
    if (!plan)
        return plan.error();
    std::vector<qint64> have;
    for (const PlanItem& i : (*plan)->items)
        have.push_back(i.id);
    std::vector<qint64> given = itemIdsInOrder;
    std::sort(have.begin(), have.end());
    std::sort(given.begin(), given.end());
    if (have != given)
        return Error::invalid(QStringLiteral("item_no"),
                              tr("a new order must list every item of the plan exactly once"));
    LedgerWrite tx(m_ledger);
    if (Status s = repo.renumber(planId, itemIdsInOrder); !s)
        return s;
    tx.changes().plan((*plan)->groupId, (*plan)->year);
    if (Status s = recordAudit(m_ledger, QStringLiteral("reorder"), QStringLiteral("plan"), planId,
                               orderChange((*plan)->items, itemIdsInOrder));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<PlanItemProgress>> PlanService::progress(qint64 groupId, int year)
{
    if (Status s = Access(m_ledger).requireGroup(Action::RecordsRead, groupId, true); !s)
        return s.error();
    PlanRepository repo(m_ledger.db());
    auto plan = repo.plan(groupId, year);
    if (!plan)
        return plan.error();
    if (!*plan)
        return std::vector<PlanItemProgress>();
    return repo.progress((*plan)->id);
}

Result<std::vector<PlanItemDue>> PlanService::dueInMonth(int year, int month, qint64 rootOrgId)
{
    if (Status s = Access(m_ledger).limitRoot(Action::RecordsRead, rootOrgId); !s)
        return s.error();
    return PlanRepository(m_ledger.db()).dueInMonth(year, month, rootOrgId);
}

Status PlanService::exportRows(const PlanFilter& filter,
                               const std::function<Status(const PlanRow&)>& visit)
{
    PlanFilter scoped = filter;
    if (Status s = Access(m_ledger).limitRoot(Action::RecordsRead, scoped.rootOrgId); !s)
        return s;
    return PlanRepository(m_ledger.db()).scan(scoped, visit);
}

} // namespace sl
