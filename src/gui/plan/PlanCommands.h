#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/StudyPlan.h"

#include <optional>

namespace sl {

class PlanService;

// The plan's undoable edits (LedgerCommand): each is saved at once through PlanService by its
// first redo, and its undo reverses it through the service. An item removed and restored gets a
// new id; the stack's IdAliases lead later commands to it. The view follows the ledger's events.
class PlanCommand : public LedgerCommand
{
protected:
    PlanCommand(PlanService& service, std::shared_ptr<Context> context, const QString& text)
        : LedgerCommand(std::move(context), text), m_service(service)
    {
    }
    PlanService& m_service;
};

class AddPlanItemCommand : public PlanCommand
{
public:
    AddPlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                       const PlanItem& item);
    // The id the item got on the first redo (0 before it).
    qint64 itemId() const { return m_firstId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    PlanItem m_item;
    qint64 m_firstId = 0;
};

class EditPlanItemCommand : public PlanCommand
{
public:
    EditPlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                        const PlanItem& before, const PlanItem& after);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(PlanItem item);
    PlanItem m_before;
    PlanItem m_after;
};

class RemovePlanItemCommand : public PlanCommand
{
public:
    RemovePlanItemCommand(PlanService& service, std::shared_ptr<Context> context,
                          const PlanItem& item);

protected:
    Status apply() override;
    Status revert() override;

private:
    PlanItem m_item;
};

class MovePlanItemCommand : public PlanCommand
{
public:
    MovePlanItemCommand(PlanService& service, std::shared_ptr<Context> context, qint64 itemId,
                        int fromNo, int toNo);

protected:
    Status apply() override { return move(m_toNo); }
    Status revert() override { return move(m_fromNo); }

private:
    Status move(int itemNo);
    qint64 m_itemId;
    int m_fromNo;
    int m_toNo;
};

// A group's plan of a year created (新建计划) or its approval date set: undo removes the plan
// that did not exist, or sets the date back.
class SetPlanCommand : public PlanCommand
{
public:
    // `before`: the stored approval date (unset: not approved), nullopt when the year had no
    // plan; `after`: the approval date to set (unset for a plan just created).
    SetPlanCommand(PlanService& service, std::shared_ptr<Context> context, qint64 groupId, int year,
                   std::optional<Date> before, const Date& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_groupId;
    int m_year;
    std::optional<Date> m_before;
    Date m_after;
};

} // namespace sl
