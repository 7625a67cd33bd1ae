#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Registers.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QTableWidget;
class QUndoStack;

namespace sl {

class ExpertService;
class Ledger;
class ModelUnitService;
class RosterService;
class WorkingScope;

// 登记簿: the expert pool (专家资源库) with the sessions each expert gave, and the register of
// demonstration sites and brand activities (示范点与品牌活动) with their status history; new
// entries and status changes (申报 → 认定 / 撤销) are saved at once. Adding, editing and removing
// an expert or a unit are undoable (RegisterCommands on the area's stack, Edit › Undo/Redo).
class RegistersView : public QWidget
{
    Q_OBJECT

public:
    RegistersView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~RegistersView() override;

    void reload();
    // The model units of the window's organisation scope (the tool bar); a register spans years.
    void follow(WorkingScope& working);
    QTableWidget* expertsTable() const { return m_experts; }
    QListWidget* sessionsGivenList() const { return m_given; }
    QTableWidget* unitsTable() const { return m_units; }
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
    qint64 currentId(QTableWidget* table) const;

    RosterService& m_roster;
    WorkingScope* m_working = nullptr;
    std::unique_ptr<ExpertService> m_expertService;
    std::unique_ptr<ModelUnitService> m_unitService;
    QTableWidget* m_experts = nullptr;
    QListWidget* m_given = nullptr;
    QTableWidget* m_units = nullptr;
    QListWidget* m_history = nullptr;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_context;
};

} // namespace sl
