#pragma once

#include "domain/StudyPlan.h"

#include <QUndoCommand>

#include <functional>
#include <map>
#include <memory>

namespace sl {

class PlanService;

// What the plan commands share: the service, how the view refreshes and tells of a failure,
// and the ids that items got when undo or redo inserted them again (an item removed and
// restored gets a new id; later commands still name the first one).
struct PlanEditContext
{
    PlanService& service;
    std::function<void(qint64 selectItemId)> refresh;
    std::function<void(const QString& message)> fail;
    std::map<qint64, qint64> aliases;
    bool failed = false; // whether the last command run failed

    qint64 resolve(qint64 id) const;
};

// The base of the plan's undoable edits: each is saved at once through the service, and its
// undo reverses it through the service. A command whose first redo fails makes itself obsolete
// (and so is not kept on the stack).
class PlanCommand : public QUndoCommand
{
public:
    explicit PlanCommand(std::shared_ptr<PlanEditContext> context) : m_context(std::move(context))
    {
    }
    bool failed() const { return m_failed; }

protected:
    // Reports a failure: a first redo becomes obsolete, a later one is told to the user.
    bool check(bool ok, const QString& message);
    std::shared_ptr<PlanEditContext> m_context;
    bool m_done = false;
    bool m_failed = false;
};

class AddPlanItemCommand : public PlanCommand
{
public:
    AddPlanItemCommand(std::shared_ptr<PlanEditContext> context, const PlanItem& item);
    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_firstId; }

private:
    PlanItem m_item;
    qint64 m_firstId = 0;
};

class EditPlanItemCommand : public PlanCommand
{
public:
    EditPlanItemCommand(std::shared_ptr<PlanEditContext> context, const PlanItem& before,
                        const PlanItem& after);
    void redo() override;
    void undo() override;

private:
    bool write(PlanItem item);
    PlanItem m_before;
    PlanItem m_after;
};

class RemovePlanItemCommand : public PlanCommand
{
public:
    RemovePlanItemCommand(std::shared_ptr<PlanEditContext> context, const PlanItem& item);
    void redo() override;
    void undo() override;

private:
    PlanItem m_item;
};

class MovePlanItemCommand : public PlanCommand
{
public:
    MovePlanItemCommand(std::shared_ptr<PlanEditContext> context, qint64 itemId, int fromNo,
                        int toNo);
    void redo() override;
    void undo() override;

private:
    qint64 m_itemId;
    int m_fromNo;
    int m_toNo;
};

} // namespace sl
