#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/StudyPlan.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sl {

class DateField;
class GroupYearBar;
class Ledger;
class PlanItemDialog;
class PlanItemModel;
class PlanService;
class TableSortProxy;
class RosterService;

// 学习计划: the annual plan of a group — its approval date and its numbered items with whether
// a held session carried each out. Items are added, edited, removed and moved up or down; each
// change is saved at once and is undoable (Edit › Undo/Redo, the stack registered with the main
// window's QUndoGroup) while the view is open. It follows the ledger's events (plans, sessions).
class PlanView : public QWidget
{
    Q_OBJECT

public:
    PlanView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~PlanView() override;

    void reload(qint64 selectItemId = 0);
    GroupYearBar* groupYear() const { return m_bar; }
    PlanItemModel* model() const { return m_model; }
    QAction* planOrderAction() const { return m_planOrderAction; }
    QTableView* table() const { return m_table; }
    QUndoStack* undoStack() const { return m_undo; }
    QLabel* emptyLabel() const { return m_empty; }
    DateField* approvalField() const { return m_approval; }
    QList<QAction*> editActions() const;
    qint64 currentItemId() const;
    bool hasPlan() const { return m_plan.id != 0; }

    // The dialog for a new item (next month after the last) or item `id`; not yet shown.
    PlanItemDialog* createDialog(qint64 id = 0);
    // Undoable changes (false when the service refused them; the user is told).
    bool addItem(const PlanItem& item);
    bool editItem(const PlanItem& before, const PlanItem& after);
    bool removeItem(qint64 id);
    bool moveCurrent(int delta);
    bool createPlan();
    bool saveApproval();
    // The Set button beside the approval date, enabled while the field holds a date.
    QPushButton* saveApprovalButton() const { return m_saveApproval; }

public slots:
    void newItem();
    void editCurrent();
    void deleteCurrent();
    // Back to the plan's own order after a header sort (also a header's third click).
    void showPlanOrder();

signals:
    // "Create a session from this item".
    void sessionFromItemRequested(qint64 itemId);

private:
    bool isSorted() const;
    const PlanItem* currentItem() const;
    // Marks the approval date and enables its button as it is typed.
    void checkApproval();
    void updateActions();

    std::unique_ptr<PlanService> m_service;
    std::shared_ptr<LedgerCommand::Context> m_context;
    StudyPlan m_plan;
    GroupYearBar* m_bar;
    DateField* m_approval;
    QPushButton* m_saveApproval;
    QPushButton* m_createPlan;
    PlanItemModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_summary;
    QUndoStack* m_undo;
    QWidget* m_emptyBox = nullptr;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_upAction;
    QAction* m_planOrderAction = nullptr;
    TableSortProxy* m_proxy = nullptr;
    QAction* m_downAction;
    QAction* m_sessionAction;
};

} // namespace sl
