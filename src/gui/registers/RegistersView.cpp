#include "gui/registers/RegistersView.h"

#include "gui/common/ColumnState.h"
#include "gui/common/EmptyState.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/common/WorkingScope.h"
#include "gui/registers/ExpertDialog.h"
#include "gui/registers/ModelStatusDialog.h"
#include "gui/registers/ModelUnitDialog.h"
#include "gui/registers/RegisterCommands.h"

#include "services/ExpertService.h"
#include "services/Ledger.h"
#include "services/ModelUnitService.h"
#include "services/RosterService.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

void setRow(QTableWidget* t, int row, qint64 id, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

} // namespace

RegistersView::RegistersView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_expertService(std::make_unique<ExpertService>(ledger)),
      m_unitService(std::make_unique<ModelUnitService>(ledger)), m_undo(new QUndoStack(this)),
      m_context(std::make_shared<LedgerCommand::Context>())
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

QWidget* RegistersView::buildExperts()
{
    auto* box = new QWidget(this);
    m_experts = makeTable({tr("Name"), tr("Title"), tr("Affiliation"), tr("Fields")}, box);
    m_experts->setObjectName(QStringLiteral("expertsTableWidget"));
    TableExportAction::install(m_experts, tr("experts"));
    ColumnState::install(m_experts);
    EmptyState::install(m_experts, tr("No experts yet — add one with “+ New Expert…”."));
    m_given = new QListWidget(box);
    m_given->setObjectName(QStringLiteral("givenListWidget"));
    EmptyState::install(m_given, QString());
    auto* right = new QWidget(box);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Sessions given</b>"), right));
    rightLayout->addWidget(m_given, 1);
    auto* split = new QSplitter(box);
    split->addWidget(m_experts);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* add = new QPushButton(tr("+ &New Expert…"), box);
    auto* edit = new QPushButton(tr("Edit…"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(add);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    connect(m_experts, &QTableWidget::currentCellChanged, this, &RegistersView::showExpert);
    connect(add, &QPushButton::clicked, this, &RegistersView::newExpert);
    connect(edit, &QPushButton::clicked, this, &RegistersView::editCurrentExpert);
    connect(m_experts, &QTableWidget::cellDoubleClicked, this, &RegistersView::editCurrentExpert);
    connect(remove, &QPushButton::clicked, this, &RegistersView::removeCurrentExpert);
    remove->setObjectName(QStringLiteral("removeExpertPushButton"));
    remove->setEnabled(false);
    connect(m_experts, &QTableWidget::currentCellChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    return box;
}

QWidget* RegistersView::buildUnits()
{
    auto* box = new QWidget(this);
    m_units = makeTable(
        {tr("Name of the unit"), tr("Organisation"), tr("Kind"), tr("Year"), tr("Status")}, box);
    m_units->setObjectName(QStringLiteral("unitsTableWidget"));
    TableExportAction::install(m_units, tr("model-units"));
    ColumnState::install(m_units);
    EmptyState::install(m_units, tr("No model units yet — apply for one with “+ Apply…”."));
    m_history = new QListWidget(box);
    m_history->setObjectName(QStringLiteral("historyListWidget"));
    EmptyState::install(m_history, QString());
    auto* right = new QWidget(box);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Status history</b>"), right));
    rightLayout->addWidget(m_history, 1);
    auto* split = new QSplitter(box);
    split->addWidget(m_units);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* add = new QPushButton(tr("+ &Apply…"), box);
    auto* change = new QPushButton(tr("&Change Status…"), box);
    auto* edit = new QPushButton(tr("Edit…"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(change);
    buttons->addWidget(add);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    connect(m_units, &QTableWidget::currentCellChanged, this, &RegistersView::showUnit);
    connect(add, &QPushButton::clicked, this, &RegistersView::newUnit);
    connect(change, &QPushButton::clicked, this, &RegistersView::changeCurrentStatus);
    connect(edit, &QPushButton::clicked, this, &RegistersView::editCurrentUnit);
    connect(m_units, &QTableWidget::cellDoubleClicked, this, &RegistersView::editCurrentUnit);
    connect(remove, &QPushButton::clicked, this, &RegistersView::removeCurrentUnit);
    // Nothing to change on an empty register.
    change->setObjectName(QStringLiteral("changeStatusPushButton"));
    change->setEnabled(false);
    connect(m_units, &QTableWidget::currentCellChanged, change,
            [change](int row) { change->setEnabled(row >= 0); });
    return box;
}

qint64 RegistersView::currentId(QTableWidget* table) const
{
    const QTableWidgetItem* item = table->item(table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RegistersView::reload()
{
    const qint64 expert = currentId(m_experts);
    const qint64 unit = currentId(m_units);
    m_experts->setRowCount(0);
    if (auto list = m_expertService->experts()) {
        m_experts->setRowCount(int(list->size()));
        int row = 0;
        for (const Expert& e : *list)
            setRow(m_experts, row++, e.id, {e.name, e.title, e.affiliation, e.fields});
    }
    m_units->setRowCount(0);
    ModelUnitQuery query;
    if (m_working && !m_working->scope().isGroup())
        query.rootOrgId = m_working->scope().id;
    if (auto list = m_unitService->units(query)) {
        m_units->setRowCount(int(list->size()));
        int row = 0;
        for (const ModelUnitRow& u : *list)
            setRow(m_units, row++, u.unit.id,
                   {u.unit.name, u.orgName, ui::label(u.unit.kind), QString::number(u.unit.year),
                    ui::label(u.unit.status)});
    }
    for (auto [table, id] : {std::pair{m_experts, expert}, std::pair{m_units, unit}}) {
        int select = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                select = r;
        }
        if (table->rowCount() > 0)
            table->setCurrentCell(select, 0);
    }
    showExpert();
    showUnit();
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
    return push(new SaveExpertCommand(*m_expertService, m_context, before, expert));
}

bool RegistersView::removeExpert(qint64 id)
{
    auto stored = m_expertService->expert(id);
    if (!stored || !*stored)
        return false;
    return push(new RemoveExpertCommand(*m_expertService, m_context, **stored));
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
    const Status s = m_unitService->changeStatus(unitId, status, on, note);
    if (!s) {
        MessageBoxes::warning(this, tr("Register"), s.error().text());
        return false;
    }
    return true;
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
    if (id == 0 ||
        MessageBoxes::question(this, tr("Expert Pool"),
                               tr("Remove %1 from the pool?")
                                   .arg(m_experts->item(m_experts->currentRow(), 0)->text())) !=
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
    if (id == 0 ||
        MessageBoxes::question(this, tr("Register"),
                               tr("Remove %1 with its status history?")
                                   .arg(m_units->item(m_units->currentRow(), 0)->text())) !=
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
