#include "gui/plan/PlanView.h"

#include "gui/common/DateField.h"
#include "gui/common/FormErrors.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/Mnemonic.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/TableSortProxy.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/plan/PlanCommands.h"
#include "gui/plan/PlanItemDialog.h"
#include "gui/plan/PlanItemModel.h"

#include "services/Ledger.h"
#include "services/PlanService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

PlanView::PlanView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<PlanService>(ledger)),
      m_bar(new GroupYearBar(roster, false, this)), m_approval(new DateField(this)),
      m_saveApproval(new QPushButton(tr("Set"), this)),
      m_createPlan(new QPushButton(tr("New &Plan"), this)), m_model(new PlanItemModel(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_summary(new QLabel(this)),
      m_undo(new QUndoStack(this))
{
    m_context = std::make_shared<LedgerCommand::Context>();
    m_context->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Study Plan"), e.text());
    };
    m_newAction = new QAction(tr("+ &New Item…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(tr("&Edit Item…"), this);
    m_deleteAction = new QAction(tr("&Delete Item…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_upAction = new QAction(tr("Move &Up"), this);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = new QAction(tr("Move Do&wn"), this);
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_sessionAction = new QAction(tr("&Create Session from Item…"), this);
    m_planOrderAction = new QAction(tr("In &Plan Order"), this);
    connect(m_planOrderAction, &QAction::triggered, this, &PlanView::showPlanOrder);
    for (QAction* a : {m_newAction, m_upAction, m_downAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_newAction, &QAction::triggered, this, &PlanView::newItem);
    connect(m_editAction, &QAction::triggered, this, &PlanView::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &PlanView::deleteCurrent);
    connect(m_upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_sessionAction, &QAction::triggered, this, [this] {
        if (const PlanItem* item = currentItem())
            emit sessionFromItemRequested(item->id);
    });

    auto* header = new ViewHeader(tr("Study Plan"), this);
    // In the header rather than after the buttons: the row of buttons stays within 1280 px
    // in English, beside a sidebar wide enough for its labels.
    header->addWidget(m_summary);
    header->addWidget(m_bar);
    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Approved on:"), this));
    tools->addWidget(m_approval);
    tools->addWidget(m_saveApproval);
    tools->addSpacing(12);
    for (QAction* a :
         {m_newAction, m_editAction, m_deleteAction, m_upAction, m_downAction, m_sessionAction}) {
        auto* b = new QToolButton(this);
        ui::plainIconText(a); // no dead "(N)" on the button
        b->setDefaultAction(a);
        tools->addWidget(b);
    }
    tools->addStretch(1);

    m_table->setObjectName(QStringLiteral("planTableView"));
    // Sorted by a header click in Chinese order; a third click (or 按计划顺序) returns to the
    // plan's own order, in which the items are moved.
    m_proxy = TableBehaviour::sortAndFilter(m_table, m_model, {PlanItemModel::Lead});
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    RecordTableView::setUpRows(m_table);
    m_table->setColumnWidth(PlanItemModel::Number, 50);
    // Wide enough for the longest month in the interface language ("month 12", "12月").
    const QString longestMonth = PlanItemModel::tr("month %1").arg(12);
    m_table->setColumnWidth(
        PlanItemModel::Month,
        std::max(60, m_table->fontMetrics().horizontalAdvance(longestMonth) + 24));
    m_table->setColumnWidth(PlanItemModel::Topic, 380);
    m_table->setColumnWidth(PlanItemModel::Form, 90);
    m_table->setColumnWidth(PlanItemModel::Lead, 90);
    m_table->setColumnWidth(PlanItemModel::Trigger, 120);
    m_table->addAction(m_deleteAction);
    TableBehaviour::Options options;
    options.exportStem = tr("plan");
    options.edit = m_editAction;
    options.remove = m_deleteAction;
    options.more = {m_upAction, m_downAction,    m_planOrderAction,
                    nullptr,    m_sessionAction, m_newAction};
    TableBehaviour::install(m_table, options);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &PlanView::updateActions);

    m_empty->setObjectName(QStringLiteral("planEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No study plan yet — create one or import it from Excel"));
    auto* emptyBox = new QWidget(this);
    m_emptyBox = emptyBox;
    auto* emptyLayout = new QVBoxLayout(emptyBox);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_createPlan);
    createRow->addStretch(1);
    emptyLayout->addLayout(createRow);
    emptyLayout->addStretch(2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(emptyBox, 1);
    connect(m_bar, &GroupYearBar::changed, this, [this] {
        m_undo->clear();
        m_context->aliases.clear();
        reload();
    });
    connect(m_createPlan, &QPushButton::clicked, this, &PlanView::createPlan);
    connect(m_saveApproval, &QPushButton::clicked, this, &PlanView::saveApproval);
    // The date is checked as it is typed; the field keeps its width, so nothing beside it moves.
    m_approval->setFixedWidth(m_approval->sizeHint().width() + 40);
    connect(m_approval, &DateField::edited, this, &PlanView::checkApproval);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanView::updateActions);

    // The plan of the group and year shown, and whether its items were carried out (sessions).
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    auto shown = [this](qint64 groupId) { return groupId == 0 || groupId == m_bar->groupId(); };
    connect(&events, &LedgerEvents::planChanged, refresher, [refresher, shown](qint64 group, int) {
        if (shown(group))
            refresher->touch();
    });
    connect(&events, &LedgerEvents::sessionsChanged, refresher, [refresher, shown](qint64 group) {
        if (shown(group))
            refresher->touch();
    });
    reload();
}

PlanView::~PlanView()
{
    m_undo->clear();
}

QList<QAction*> PlanView::editActions() const
{
    return {m_newAction,  m_editAction, m_deleteAction, m_upAction,
            m_downAction, nullptr,      m_sessionAction};
}

void PlanView::reload(qint64 selectItemId)
{
    if (selectItemId == 0)
        selectItemId = currentItemId();
    const int row = m_table->currentIndex().row();
    auto plan = m_service->plan(m_bar->groupId(), m_bar->year());
    m_plan = plan && plan->has_value() ? **plan : StudyPlan();
    auto progress = m_service->progress(m_bar->groupId(), m_bar->year());
    m_model->setItems(progress ? *progress : std::vector<PlanItemProgress>());
    m_approval->setDate(m_plan.approvedOn);
    const bool has = hasPlan();
    m_table->setVisible(has);
    int done = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        done += m_model->item(r)->done() ? 1 : 0;
    m_summary->setText(
        has ? tr("%1 of %n item(s) carried out", nullptr, m_model->rowCount()).arg(done)
            : QString());
    QModelIndex select =
        m_proxy->mapFromSource(m_model->index(m_model->rowOfItem(selectItemId), 0));
    if (!select.isValid())
        select = m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0);
    if (select.isValid())
        m_table->setCurrentIndex(select);
    if (m_emptyBox)
        m_emptyBox->setVisible(!has);
    updateActions();
}

void PlanView::updateActions()
{
    const bool has = hasPlan();
    const int row = TableBehaviour::currentSourceRow(m_table); // the plan's order
    const bool item = currentItem() != nullptr;
    m_newAction->setEnabled(m_bar->groupId() != 0);
    m_editAction->setEnabled(item);
    m_deleteAction->setEnabled(item);
    m_upAction->setEnabled(item && row > 0);
    m_downAction->setEnabled(item && row + 1 < m_model->rowCount());
    m_sessionAction->setEnabled(item);
    m_planOrderAction->setEnabled(isSorted());
    m_approval->setEnabled(has);
    checkApproval();
}

const PlanItem* PlanView::currentItem() const
{
    const PlanItemProgress* p = m_model->item(TableBehaviour::currentSourceRow(m_table));
    return p ? &p->item : nullptr;
}

qint64 PlanView::currentItemId() const
{
    const PlanItem* i = currentItem();
    return i ? i->id : 0;
}

bool PlanView::createPlan()
{
    if (hasPlan() || m_bar->groupId() == 0)
        return hasPlan();
    m_undo->push(new SetPlanCommand(*m_service, m_context, m_bar->groupId(), m_bar->year(),
                                    std::nullopt, Date()));
    if (m_context->failed)
        return false; // told (and the command dropped)
    reload();         // the events did, unless the view is hidden: the caller needs m_plan now
    return true;
}

void PlanView::checkApproval()
{
    const QString problem = m_approval->problem();
    FormErrors::setMarked(m_approval->lineEdit(), !problem.isEmpty());
    m_approval->setToolTip(problem.isEmpty() ? QString() : tr("Approved on: %1").arg(problem));
    m_saveApproval->setToolTip(m_approval->toolTip());
    m_saveApproval->setEnabled(m_approval->isEnabled() && problem.isEmpty());
}

bool PlanView::saveApproval()
{
    const auto date = m_approval->date();
    if (!date) {
        MessageBoxes::warning(this, tr("Study Plan"),
                              tr("Approved on: %1").arg(m_approval->problem()));
        return false;
    }
    const std::optional<Date> before =
        hasPlan() ? std::optional<Date>(m_plan.approvedOn) : std::nullopt;
    m_undo->push(
        new SetPlanCommand(*m_service, m_context, m_bar->groupId(), m_bar->year(), before, *date));
    return !m_context->failed; // the view follows (LedgerEvents)
}

PlanItemDialog* PlanView::createDialog(qint64 id)
{
    PlanItem item;
    if (id != 0) {
        const int row = m_model->rowOfItem(id);
        if (row < 0)
            return nullptr;
        item = m_model->item(row)->item;
    } else {
        item.planId = m_plan.id;
        const int rows = m_model->rowCount();
        item.month = rows > 0 ? std::min(12, m_model->item(rows - 1)->item.month + 1) : 1;
    }
    return new PlanItemDialog(*m_service, item, this);
}

bool PlanView::addItem(const PlanItem& item)
{
    PlanItem i = item;
    if (i.planId == 0) {
        if (!createPlan())
            return false;
        i.planId = m_plan.id;
    }
    auto* command = new AddPlanItemCommand(*m_service, m_context, i);
    m_undo->push(command); // deleted at once when it failed
    if (m_context->failed)
        return false;
    reload(command->itemId());
    return true;
}

bool PlanView::editItem(const PlanItem& before, const PlanItem& after)
{
    if (before == after)
        return true;
    m_undo->push(new EditPlanItemCommand(*m_service, m_context, before, after));
    return !m_context->failed;
}

bool PlanView::removeItem(qint64 id)
{
    const int row = m_model->rowOfItem(id);
    if (row < 0)
        return false;
    m_undo->push(new RemovePlanItemCommand(*m_service, m_context, m_model->item(row)->item));
    return !m_context->failed;
}

bool PlanView::moveCurrent(int delta)
{
    const PlanItem* item = currentItem();
    if (!item)
        return false;
    const int to = item->itemNo + delta;
    if (to < 1 || to > m_model->rowCount())
        return false;
    showPlanOrder(); // a move is seen in the plan's order
    m_undo->push(new MovePlanItemCommand(*m_service, m_context, item->id, item->itemNo, to));
    return !m_context->failed;
}

bool PlanView::isSorted() const
{
    return m_table->horizontalHeader()->sortIndicatorSection() >= 0;
}

void PlanView::showPlanOrder()
{
    if (isSorted())
        m_table->sortByColumn(-1, Qt::AscendingOrder);
}

void PlanView::newItem()
{
    if (!hasPlan() && !createPlan())
        return;
    std::unique_ptr<PlanItemDialog> dialog(createDialog());
    if (dialog->exec() == QDialog::Accepted)
        addItem(dialog->item());
}

void PlanView::editCurrent()
{
    const PlanItem* item = currentItem();
    if (!item)
        return;
    const PlanItem before = *item;
    std::unique_ptr<PlanItemDialog> dialog(createDialog(before.id));
    if (dialog && dialog->exec() == QDialog::Accepted)
        editItem(before, dialog->item());
}

void PlanView::deleteCurrent()
{
    const PlanItem* item = currentItem();
    if (!item)
        return;
    if (MessageBoxes::question(this, tr("Delete Item"),
                               tr("Delete item %1 “%2”? The items after it move up.")
                                   .arg(item->itemNo)
                                   .arg(item->topic)) != QMessageBox::Yes)
        return;
    removeItem(item->id);
}

} // namespace sl
