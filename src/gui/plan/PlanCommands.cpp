#include "gui/plan/PlanCommands.h"

#include "services/PlanService.h"

#include <QCoreApplication>

namespace sl {

AddPlanItemCommand::AddPlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                                       const PlanItem& item)
    : PlanCommand(service, std::move(context),
                  QCoreApplication::translate("sl::PlanCommand", "Add item “%1”").arg(item.topic)),
      m_item(item)
{
}

Status AddPlanItemCommand::apply()
{
    PlanItem item = m_item;
    item.id = 0;
    auto saved = m_service.saveItem(item);
    if (!saved)
        return saved.error();
    if (m_firstId == 0)
        m_firstId = *saved;
    else
        alias(resolve(m_firstId), *saved);
    return {};
}

Status AddPlanItemCommand::revert()
{
    return m_service.removeItem(resolve(m_firstId));
}

EditPlanItemCommand::EditPlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                                         const PlanItem& before, const PlanItem& after)
    : PlanCommand(service, std::move(context),
                  QCoreApplication::translate("sl::PlanCommand", "Edit item %1").arg(after.itemNo)),
      m_before(before), m_after(after)
{
}

Status EditPlanItemCommand::write(PlanItem item)
{
    item.id = resolve(item.id);
    auto saved = m_service.saveItem(item);
    if (!saved)
        return saved.error();
    return {};
}

RemovePlanItemCommand::RemovePlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                                             const PlanItem& item)
    : PlanCommand(
          service, std::move(context),
          QCoreApplication::translate("sl::PlanCommand", "Remove item %1").arg(item.itemNo)),
      m_item(item)
{
}

Status RemovePlanItemCommand::apply()
{
    return m_service.removeItem(resolve(m_item.id));
}

Status RemovePlanItemCommand::revert()
{
    PlanItem item = m_item;
    item.id = 0;
    item.itemNo = 0;
    auto saved = m_service.saveItem(item);
    if (!saved)
        return saved.error();
    alias(resolve(m_item.id), *saved);
    return m_service.moveItem(*saved, m_item.itemNo);
}

MovePlanItemCommand::MovePlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                                         qint64 itemId, int fromNo, int toNo)
    : PlanCommand(service, std::move(context),
                  toNo < fromNo ? QCoreApplication::translate("sl::PlanCommand", "Move item up")
                                : QCoreApplication::translate("sl::PlanCommand", "Move item down")),
      m_itemId(itemId), m_fromNo(fromNo), m_toNo(toNo)
{
}

Status MovePlanItemCommand::move(int itemNo)
{
    return m_service.moveItem(resolve(m_itemId), itemNo);
}

SetPlanCommand::SetPlanCommand(PlanService& service, std::shared_ptr<Context> context,
                               qint64 groupId, int year, std::optional<Date> before,
                               const Date& after)
    : PlanCommand(service, std::move(context),
                  before
                      ? QCoreApplication::translate("sl::PlanCommand", "Set the approval date")
                      : QCoreApplication::translate("sl::PlanCommand", "New plan of %1").arg(year)),
      m_groupId(groupId), m_year(year), m_before(std::move(before)), m_after(after)
{
}

Status SetPlanCommand::apply()
{
    auto saved = m_service.savePlan(m_groupId, m_year, m_after);
    return saved ? Status() : Status(saved.error());
}

Status SetPlanCommand::revert()
{
    if (m_before) {
        auto saved = m_service.savePlan(m_groupId, m_year, *m_before);
        return saved ? Status() : Status(saved.error());
    }
    auto plan = m_service.plan(m_groupId, m_year);
    if (!plan)
        return plan.error();
    return *plan ? m_service.removePlan((*plan)->id) : Status();
}

} // namespace sl
