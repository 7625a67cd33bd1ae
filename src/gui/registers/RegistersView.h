#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Registers.h"

#include <QWidget>

#include <memory>

class QAction;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sl {

class ExpertService;
class ExpertTableModel;
class Ledger;
class ModelUnitTableModel;
class ModelUnitService;
class RosterService;
class WorkingScope;

// 登记簿: the expert pool (专家资源库) with the sessions each expert gave, and the register of
// demonstration sites and brand activities (示范点与品牌活动) with their status history; new
// entries and status changes (申报 → 认定 / 撤销) are saved at once. Adding, editing and removing
// an expert or a unit, and changing a unit's status, are undoable (RegisterCommands on the area's
// stack, Edit › Undo/Redo). Both tables behave as every table does (TableBehaviour): Chinese
// sort, a filter as you type (names also by pinyin initials), a row menu (edit, remove, export
// the visible rows), Enter or double-click edits, an empty state.
class RegistersView : public QWidget
{
    Q_OBJECT

public:
    RegistersView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~RegistersView() override;

    void reload();
    // The model units of the window's organisation scope (the tool bar); a register spans years.
    void follow(WorkingScope& working);
    QTableView* expertsTable() const { return m_experts; }
    QListWidget* sessionsGivenList() const { return m_given; }
    QTableView* unitsTable() const { return m_units; }
    QListWidget* historyList() const { return m_history; }

    QUndoStack* undoStack() const { return m_undo; }

    // Each an undoable step; false (after telling the user) when the service refuses.
    // An expert with id 0 is new.
    bool saveExpert(const Expert& expert);
    bool removeExpert(qint64 id);
    bool applyUnit(const ModelUnit& unit, const Date& appliedOn, const QString& note);
    // Name, organisation, kind and year of the unit of that id.
    bool editUnit(const ModelUnit& unit);
    bool removeUnit(qint64 id);
    bool changeStatus(qint64 unitId, ModelStatus status, const Date& on, const QString& note);

private:
    QWidget* buildExperts();
    QWidget* buildUnits();
    void showExpert();
    void showUnit();
    void newExpert();
    void editCurrentExpert();
    void removeCurrentExpert();
    void newUnit();
    void editCurrentUnit();
    void removeCurrentUnit();
    bool push(LedgerCommand* command);
    void changeCurrentStatus();
    void updateActions();
    // The record id of the table's current row (0: none); makes the row of `id` current.
    static qint64 currentId(const QTableView* table);
    static void selectId(QTableView* table, qint64 id);

    RosterService& m_roster;
    WorkingScope* m_working = nullptr;
    std::unique_ptr<ExpertService> m_expertService;
    std::unique_ptr<ModelUnitService> m_unitService;
    ExpertTableModel* m_expertModel;
    ModelUnitTableModel* m_unitModel;
    QTableView* m_experts = nullptr;
    QListWidget* m_given = nullptr;
    QTableView* m_units = nullptr;
    QListWidget* m_history = nullptr;
    // New, edit, remove of each table (buttons, row menu, Enter), and the status change.
    QAction* m_newExpert = nullptr;
    QAction* m_editExpert = nullptr;
    QAction* m_removeExpert = nullptr;
    QAction* m_newUnit = nullptr;
    QAction* m_editUnit = nullptr;
    QAction* m_removeUnit = nullptr;
    QAction* m_changeStatus = nullptr;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_context;
};

} // namespace sl
