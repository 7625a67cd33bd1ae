#include "gui/registers/RegistersView.h"

#include "gui/common/EmptyState.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/common/WorkingScope.h"
#include "gui/registers/ExpertDialog.h"
#include "gui/registers/ModelStatusDialog.h"
#include "gui/registers/ModelUnitDialog.h"
#include "gui/registers/RegisterCommands.h"
#include "gui/registers/RegisterTableModels.h"

#include "services/ExpertService.h"
#include "services/Ledger.h"
#include "services/ModelUnitService.h"
#include "services/RosterService.h"

#include <QDialog>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

RegistersView::RegistersView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_expertService(std::make_unique<ExpertService>(ledger)),
      m_unitService(std::make_unique<ModelUnitService>(ledger)),
      m_expertModel(new ExpertTableModel(this)), m_unitModel(new ModelUnitTableModel(this)),
      m_undo(new QUndoStack(this)), m_context(std::make_shared<LedgerCommand::Context>())
{
    m_context->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Registers"), e.text());
    };
    auto* tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(buildExperts(), tr("&Expert pool"));
    tabs->addTab(buildUnits(), tr("&Demonstration sites and brand activities"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ViewHeader(tr("Registers"), this));
    layout->addWidget(tabs, 1);
    // The pool and the register, the sessions an expert gave, the organisations' names.
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    connect(&events, &LedgerEvents::registersChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::sessionsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    reload();
}

RegistersView::~RegistersView() = default;

void RegistersView::reload()
{
    const qint64 expert = currentId(m_experts);
    const qint64 unit = currentId(m_units);
    auto experts = m_expertService->experts();
    m_expertModel->setExperts(experts ? std::move(experts).value() : std::vector<Expert>());
    ModelUnitQuery query;
    if (m_working && !m_working->scope().isGroup())
        query.rootOrgId = m_working->scope().id;
    auto units = m_unitService->units(query);
    m_unitModel->setUnits(units ? std::move(units).value() : std::vector<ModelUnitRow>());
    selectId(m_experts, expert);
    selectId(m_units, unit);
    showExpert();
    showUnit();
    updateActions();
}

void RegistersView::follow(WorkingScope& working)
{
    m_working = &working;
    connect(&working, &WorkingScope::scopeChanged, this, &RegistersView::reload);
    reload();
}

void RegistersView::showExpert()
{
    m_given->clear();
    const qint64 id = currentId(m_experts);
    EmptyState::of(m_given)->setText(
        id == 0 ? tr("Choose an expert to see the sessions they gave.")
                : tr("No sessions given yet — choose this expert as the speaker of a session."));
    if (id == 0)
        return;
    if (auto sessions = m_expertService->sessionsGiven(id)) {
        for (const SessionRow& r : *sessions)
            m_given->addItem(tr("%1  %2  %3 (%4)")
                                 .arg(dates::toIso(r.session.date), r.groupName, r.session.topic,
                                      ui::label(r.session.status)));
    }
}

void RegistersView::showUnit()
{
    m_history->clear();
    const qint64 id = currentId(m_units);
    EmptyState::of(m_history)->setText(id == 0
                                           ? tr("Choose a model unit to see its status history.")
                                           : tr("No change of status recorded yet."));
    if (id == 0)
        return;
    if (auto history = m_unitService->history(id)) {
        for (const ModelUnitChange& c : *history)
            m_history->addItem(
                c.note.isEmpty()
                    ? tr("%1  %2").arg(dates::toIso(c.changedOn), ui::label(c.status))
                    : tr("%1  %2 — %3")
                          .arg(dates::toIso(c.changedOn), ui::label(c.status), c.note));
    }
}

bool RegistersView::push(LedgerCommand* command)
{
    m_undo->push(command);     // deleted at once when its first redo failed (and told)
    return !m_context->failed; // the tables follow (LedgerEvents)
}

bool RegistersView::saveExpert(const Expert& expert)
{
    std::optional<Expert> before;
    if (expert.id != 0) {
        auto stored = m_expertService->expert(expert.id);
        if (!stored || !*stored)
            return false;
        before = **stored;
    }
    return push(saveExpertCommand(*m_expertService, m_context, before, expert));
}

bool RegistersView::removeExpert(qint64 id)
{
    auto stored = m_expertService->expert(id);
    if (!stored || !*stored)
        return false;
    return push(removeExpertCommand(*m_expertService, m_context, **stored));
}

bool RegistersView::applyUnit(const ModelUnit& unit, const Date& appliedOn, const QString& note)
{
    return push(new ApplyUnitCommand(*m_unitService, m_context, unit, appliedOn, note));
}

bool RegistersView::editUnit(const ModelUnit& unit)
{
    auto stored = m_unitService->unit(unit.id);
    if (!stored || !*stored)
        return false;
    return push(new EditUnitCommand(*m_unitService, m_context, **stored, unit));
}

bool RegistersView::removeUnit(qint64 id)
{
    auto stored = m_unitService->unit(id);
    auto history = m_unitService->history(id);
    if (!stored || !*stored || !history)
        return false;
    return push(new RemoveUnitCommand(*m_unitService, m_context, **stored, *history));
}

bool RegistersView::changeStatus(qint64 unitId, ModelStatus status, const Date& on,
                                 const QString& note)
{
    auto stored = m_unitService->unit(unitId);
    if (!stored || !*stored)
        return false;
    return push(new ChangeUnitStatusCommand(*m_unitService, m_context, **stored,
                                            {0, unitId, status, on, note.trimmed()}));
}

void RegistersView::newExpert()
{
    ExpertDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        saveExpert(dialog.expert());
}

void RegistersView::editCurrentExpert()
{
    auto stored = m_expertService->expert(currentId(m_experts));
    if (!stored || !*stored)
        return;
    ExpertDialog dialog(this);
    dialog.setExpert(**stored);
    if (dialog.exec() == QDialog::Accepted)
        saveExpert(dialog.expert());
}

void RegistersView::removeCurrentExpert()
{
    const qint64 id = currentId(m_experts);
    if (id == 0 || MessageBoxes::question(
                       this, tr("Expert Pool"),
                       tr("Remove %1 from the pool?")
                           .arg(m_experts->currentIndex().siblingAtColumn(0).data().toString())) !=
                       QMessageBox::Yes)
        return;
    removeExpert(id);
}

void RegistersView::editCurrentUnit()
{
    auto stored = m_unitService->unit(currentId(m_units));
    if (!stored || !*stored)
        return;
    ModelUnitDialog dialog(m_roster, this);
    dialog.setUnit(**stored);
    if (dialog.exec() == QDialog::Accepted)
        editUnit(dialog.unit());
}

void RegistersView::removeCurrentUnit()
{
    const qint64 id = currentId(m_units);
    if (id == 0 || MessageBoxes::question(
                       this, tr("Register"),
                       tr("Remove %1 with its status history?")
                           .arg(m_units->currentIndex().siblingAtColumn(0).data().toString())) !=
                       QMessageBox::Yes)
        return;
    removeUnit(id);
}

void RegistersView::newUnit()
{
    ModelUnitDialog dialog(m_roster, this);
    if (dialog.exec() == QDialog::Accepted)
        applyUnit(dialog.unit(), dialog.appliedOn(), dialog.note());
}

void RegistersView::changeCurrentStatus()
{
    const qint64 id = currentId(m_units);
    if (id == 0)
        return;
    ModelStatusDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        changeStatus(id, dialog.status(), dialog.date(), dialog.note());
}

} // namespace sl
