#pragma once

#include "domain/Registers.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QTableWidget;

namespace sl {

class ExpertService;
class Ledger;
class ModelUnitService;
class RosterService;
class WorkingScope;

// 登记簿: the expert pool (专家资源库) with the sessions each expert gave, and the register of
// demonstration sites and brand activities (示范点与品牌活动) with their status history; new
// entries and status changes (申报 → 认定 / 撤销) are saved at once.
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

    bool saveExpert(const Expert& expert);
    bool applyUnit(const ModelUnit& unit, const Date& appliedOn, const QString& note);
    bool changeStatus(qint64 unitId, ModelStatus status, const Date& on, const QString& note);

private:
    QWidget* buildExperts();
    QWidget* buildUnits();
    void showExpert();
    void showUnit();
    void newExpert();
    void removeExpert();
    void newUnit();
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
};

} // namespace sl
