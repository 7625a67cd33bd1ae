#include "gui/plan/PlanCommands.h"

#include "services/PlanService.h"

#include <QCoreApplication>

namespace sl {

qint64 PlanEditContext::resolve(qint64 id) const
{
    // Follow the chain of re-inserted ids (never longer than the map).
    for (size_t steps = 0; steps <= aliases.size(); ++steps) {
        const auto it = aliases.find(id);
        if (it == aliases.end() || it->second == id)
            break;
        id = it->second;
    }
    return id;
}

bool PlanCommand::check(bool ok, const QString& message)
{
    if (ok)
        return true;
    m_failed = true;
    m_context->failed = true;
    if (!m_done)
        setObsolete(true);
    m_context->fail(message);
    return false;
}

AddPlanItemCommand::AddPlanItemCommand(std::shared_ptr<PlanEditContext> context,
                                       const PlanItem& item)
    : PlanCommand(std::move(context)), m_item(item)
{
    setText(QCoreApplication::translate("sl::PlanCommand", "Add item “%1”").arg(item.topic));
}

void AddPlanItemCommand::redo()
{
    PlanItem item = m_item;
    item.id = 0;
    auto saved = m_context->service.saveItem(item);
    if (!check(saved.ok(), saved.ok() ? QString() : saved.error().text()))
        return;
    if (m_firstId == 0)
        m_firstId = *saved;
    else if (*saved != m_firstId)
        m_context->aliases[m_firstId] = *saved;
    else
        m_context->aliases.erase(m_firstId);
    m_done = true;
    m_context->refresh(*saved);
}

void AddPlanItemCommand::undo()
{
    const Status removed = m_context->service.removeItem(m_context->resolve(m_firstId));
    check(removed.ok(), removed.ok() ? QString() : removed.error().text());
    m_context->refresh(0);
}

EditPlanItemCommand::EditPlanItemCommand(std::shared_ptr<PlanEditContext> context,
                                         const PlanItem& before, const PlanItem& after)
    : PlanCommand(std::move(context)), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("sl::PlanCommand", "Edit item %1").arg(after.itemNo));
}

bool EditPlanItemCommand::write(PlanItem item)
{
    item.id = m_context->resolve(item.id);
    // Keep the number the item has now.
    auto plan = m_context->service.saveItem(item);
    if (!check(plan.ok(), plan.ok() ? QString() : plan.error().text()))
        return false;
    m_context->refresh(item.id);
    return true;
}

void EditPlanItemCommand::redo()
{
    if (write(m_after))
        m_done = true;
}

void EditPlanItemCommand::undo()
{
    write(m_before);
}

RemovePlanItemCommand::RemovePlanItemCommand(std::shared_ptr<PlanEditContext> context,
                                             const PlanItem& item)
    : PlanCommand(std::move(context)), m_item(item)
{
    setText(QCoreApplication::translate("sl::PlanCommand", "Remove item %1").arg(item.itemNo));
}

void RemovePlanItemCommand::redo()
{
    const Status removed = m_context->service.removeItem(m_context->resolve(m_item.id));
    if (!check(removed.ok(), removed.ok() ? QString() : removed.error().text()))
        return;
    m_done = true;
    m_context->refresh(0);
}

void RemovePlanItemCommand::undo()
{
    PlanItem item = m_item;
    item.id = 0;
    item.itemNo = 0;
    auto saved = m_context->service.saveItem(item);
    if (!check(saved.ok(), saved.ok() ? QString() : saved.error().text()))
        return;
    if (*saved != m_item.id)
        m_context->aliases[m_item.id] = *saved;
    else
        m_context->aliases.erase(m_item.id);
    const Status moved = m_context->service.moveItem(*saved, m_item.itemNo);
    check(moved.ok(), moved.ok() ? QString() : moved.error().text());
    m_context->refresh(*saved);
}

MovePlanItemCommand::MovePlanItemCommand(std::shared_ptr<PlanEditContext> context, qint64 itemId,
                                         int fromNo, int toNo)
    : PlanCommand(std::move(context)), m_itemId(itemId), m_fromNo(fromNo), m_toNo(toNo)
{
    setText(toNo < fromNo ? QCoreApplication::translate("sl::PlanCommand", "Move item up")
                          : QCoreApplication::translate("sl::PlanCommand", "Move item down"));
}

void MovePlanItemCommand::redo()
{
    const qint64 id = m_context->resolve(m_itemId);
    const Status moved = m_context->service.moveItem(id, m_toNo);
    if (!check(moved.ok(), moved.ok() ? QString() : moved.error().text()))
        return;
    m_done = true;
    m_context->refresh(id);
}

void MovePlanItemCommand::undo()
{
    const qint64 id = m_context->resolve(m_itemId);
    const Status moved = m_context->service.moveItem(id, m_fromNo);
    check(moved.ok(), moved.ok() ? QString() : moved.error().text());
    m_context->refresh(id);
}

} // namespace sl
