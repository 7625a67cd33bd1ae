#include "gui/dashboard/DashboardView.h"

#include "gui/common/BusyBar.h"
#include "gui/common/ColumnState.h"
#include "gui/common/LedgerJob.h"
#include "gui/common/PageBar.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ScopePeriodBar.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/dashboard/DashboardCharts.h"
#include "gui/dashboard/DashboardFormat.h"
#include "gui/dashboard/DrillMemberModel.h"
#include "gui/dashboard/DrillSessionModel.h"
#include "gui/dashboard/SubOrgTableModel.h"

#include "services/DashboardService.h"
#include "services/LedgerEvents.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <memory>

namespace sl {

namespace {

// Pages `model` with `pages`: the first page after each sort, the page chosen.
void page(PagedTableModel* model, PageBar* pages)
{
    QObject::connect(model, &PagedTableModel::arranged, pages, [model, pages] {
        pages->rewind();
        pages->setTotal(model->total());
    });
    QObject::connect(pages, &PageBar::moved, model,
                     [model, pages] { model->setOffset(pages->offset()); });
}

// A title with its page bar at the right.
QHBoxLayout* titleRow(QLabel* title, PageBar* pages)
{
    auto* row = new QHBoxLayout;
    row->addWidget(title, 1);
    row->addWidget(pages);
    return row;
}

QLabel* boldLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

DashboardView::DashboardView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_subOrgs(new SubOrgTableModel(this)),
      m_drillSessions(new DrillSessionModel(this)), m_drillMembers(new DrillMemberModel(this)),
      m_job(new LedgerJob(this)), m_drillJob(new LedgerJob(this))
{
    auto* header = new ViewHeader(tr("Dashboard"), this);
    m_bar = new ScopePeriodBar(ledger, roster, header);
    header->addWidget(m_bar);
    auto* reloadButton = new QPushButton(tr("Reload"), header);
    reloadButton->setObjectName(QStringLiteral("reloadPushButton"));
    header->addSpacing(8);
    header->addWidget(reloadButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summary->setWordWrap(true);

    m_busy = new BusyBar(QString(), this);
    m_stepTimer = new QTimer(this);
    m_stepTimer->setInterval(100);
    connect(m_stepTimer, &QTimer::timeout, this, &DashboardView::showStep);

    m_charts = new DashboardCharts(this);

    auto* subOrgPane = new QWidget(this);
    m_subOrgTitle = boldLabel(subOrgPane);
    m_subOrgTitle->setText(tr("Sub-organisations"));
    m_subOrgTable = new RecordTableView(subOrgPane);
    m_subOrgTable->setObjectName(QStringLiteral("subOrgTableView"));
    m_subOrgTable->setModel(m_subOrgs);
    m_subOrgPages = new PageBar(subOrgPane);
    page(m_subOrgs, m_subOrgPages);
    m_subOrgTable->setSortingEnabled(true);
    m_subOrgTable->sortByColumn(SubOrgTableModel::Name, Qt::AscendingOrder);
    m_subOrgTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_subOrgTable->horizontalHeader()->setSectionResizeMode(SubOrgTableModel::Name,
                                                            QHeaderView::Interactive);
    m_subOrgTable->horizontalHeader()->setStretchLastSection(false);
    m_subOrgTable->setColumnWidth(SubOrgTableModel::Name, 200);
    ColumnState::install(m_subOrgTable);
    addExport(m_subOrgTable, tr("sub-organisations"));
    auto* subOrgLayout = new QVBoxLayout(subOrgPane);
    subOrgLayout->setContentsMargins(0, 0, 0, 0);
    subOrgLayout->addLayout(titleRow(m_subOrgTitle, m_subOrgPages));
    subOrgLayout->addWidget(m_subOrgTable, 1);

    auto* drillPane = new QWidget(this);
    m_drillTitle = boldLabel(drillPane);
    m_drillTitle->setObjectName(QStringLiteral("drillTitleLabel"));
    m_drillTitle->setText(tr("Click a bar, a slice or a row to see the records behind it."));
    m_drillTable = new RecordTableView(drillPane);
    m_drillTable->setObjectName(QStringLiteral("drillTableView"));
    m_drillTable->setModel(m_drillMembers);
    m_drillPages = new PageBar(drillPane);
    // The page bar pages the model the table shows.
    connect(m_drillPages, &PageBar::moved, this, [this] {
        if (auto* model = qobject_cast<PagedTableModel*>(m_drillTable->model()))
            model->setOffset(m_drillPages->offset());
    });
    for (PagedTableModel* model : {static_cast<PagedTableModel*>(m_drillMembers),
                                   static_cast<PagedTableModel*>(m_drillSessions)}) {
        connect(model, &PagedTableModel::arranged, this, [this, model] {
            if (m_drillTable->model() != model)
                return;
            m_drillPages->rewind();
            m_drillPages->setTotal(model->total());
        });
    }
    m_drillTable->setSortingEnabled(true);
    m_drillTable->sortByColumn(0, Qt::AscendingOrder); // date or number
    ColumnState::install(m_drillTable);
    addExport(m_drillTable, tr("records"));
    auto* drillLayout = new QVBoxLayout(drillPane);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addLayout(titleRow(m_drillTitle, m_drillPages));
    drillLayout->addWidget(m_drillTable, 1);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(subOrgPane);
    tables->addWidget(drillPane);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setSizes({720, 480});
    auto* content = new QSplitter(Qt::Vertical, this);
    content->addWidget(m_charts);
    content->addWidget(tables);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    content->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emptyStateLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);

    connect(m_busy, &BusyBar::cancelRequested, this, &DashboardView::cancel);
    connect(reloadButton, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_charts, &DashboardCharts::monthClicked, this, &DashboardView::drillMonth);
    connect(m_charts, &DashboardCharts::bandClicked, this, &DashboardView::drillBand);
    connect(m_charts, &DashboardCharts::gradeClicked, this, &DashboardView::drillGrade);
    connect(m_subOrgTable, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { drillOrganisation(index.row()); });
    connect(m_subOrgTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { drillOrganisation(index.row()); });

    // Everything the dashboard counts; it loads when first shown.
    LedgerEvents& events = ledger.events();
    // Counted before the refresher reloads on the same signal.
    connect(&events, &LedgerEvents::committed, this, [this] { ++m_commits; });
    m_refresher = new ViewRefresher(events, this, [this] { reload(); });
    // A scope or period chosen while the area is hidden is computed when it is shown.
    connect(m_bar, &ScopePeriodBar::changed, m_refresher, &ViewRefresher::reloadWhenShown);
    auto touch = [this] { m_refresher->touch(); };
    connect(&events, &LedgerEvents::sessionsChanged, this, touch);
    connect(&events, &LedgerEvents::attendanceChanged, this, touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, this, touch);
    connect(&events, &LedgerEvents::planChanged, this, touch);
    connect(&events, &LedgerEvents::assessmentChanged, this, touch);
    connect(&events, &LedgerEvents::rosterChanged, this, [this] {
        m_bar->reload();
        m_refresher->touch();
    });
    connect(&events, &LedgerEvents::settingsChanged, this, touch);
    m_refresher->markStale();
}

DashboardView::~DashboardView() = default;

bool DashboardView::isBusy() const
{
    return m_job->isRunning() || m_drillJob->isRunning();
}

QString DashboardView::drillTitle() const
{
    return m_drillTitle->text();
}

QString DashboardView::summaryText() const
{
    return m_summary->text();
}

QString DashboardView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DashboardView::addExport(QTableView* table, const QString& what)
{
    TableExportAction::install(table, tr("dashboard-%1").arg(what));
}

QPushButton* DashboardView::cancelButton() const
{
    return m_busy->cancelButton();
}

void DashboardView::showStep()
{
    if (!m_step)
        return;
    static const char* const steps[] = {QT_TR_NOOP("sessions, plan items and records per month"),
                                        QT_TR_NOOP("the assessment of the year"),
                                        QT_TR_NOOP("the members' hours"),
                                        QT_TR_NOOP("the sub-organisations"), QT_TR_NOOP("done")};
    const int step = std::clamp(m_step->load(), 0, DashboardService::kStepCount);
    m_busy->setSteps(step, DashboardService::kStepCount);
    m_busy->setText(m_busyText + QStringLiteral(" — ") + tr(steps[step]));
}

void DashboardView::setBusy(bool busy, const QString& text)
{
    if (!busy) {
        m_stepTimer->stop();
        m_step.reset();
    }
    m_busy->setText(text);
    m_busy->setVisible(busy);
}

void DashboardView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void DashboardView::reload()
{
    const ScopeRef scope = m_bar->scope();
    const Period period = m_bar->period();
    m_drillJob->cancel();
    m_dashboard.reset();
    if (!scope.isValid()) {
        m_job->cancel();
        setBusy(false);
        m_summary->clear();
        showMessage(tr("No organisation or study group yet — add them under Organisations and "
                       "members, or import a roster."));
        emit loaded();
        return;
    }
    // The same figures already being computed from the same ledger (the first show after the
    // scope was chosen): let that job finish.
    if (m_job->isRunning() && scope == m_jobScope && period == m_jobPeriod &&
        m_commits == m_jobCommits)
        return;
    m_jobScope = scope;
    m_jobPeriod = period;
    m_jobCommits = m_commits;
    m_busyText =
        tr("Computing the dashboard of %1").arg(m_bar->scopeCombo()->currentText().trimmed());
    setBusy(true, m_busyText);
    // The worker writes the step it is at; the GUI thread reads it on a timer.
    auto step = std::make_shared<std::atomic<int>>(0);
    m_step = step;
    showStep();
    m_stepTimer->start();
    m_job->start<Dashboard>(
        m_ledger,
        [scope, period, step](Ledger& reader, const CancelFlag& cancel) {
            return DashboardService(reader).dashboard(
                scope, period, &cancel, [step](DashboardService::Step s) { step->store(int(s)); });
        },
        [this](Result<Dashboard> result) {
            setBusy(false);
            if (!result) {
                m_summary->clear();
                showMessage(tr("The dashboard cannot be computed: %1").arg(result.error().message));
            } else {
                showDashboard(std::move(result).value());
            }
            emit loaded();
        });
}

void DashboardView::cancel()
{
    const bool running = m_job->isRunning();
    m_job->cancel();
    m_drillJob->cancel();
    setBusy(false);
    if (running) {
        m_summary->clear();
        showMessage(tr("Cancelled. Choose a scope or period, or press Reload, to compute the "
                       "dashboard again."));
        emit loaded();
    }
}

void DashboardView::showDashboard(Dashboard d)
{
    const int meeting =
        int(std::count_if(d.members.begin(), d.members.end(),
                          [](const DashboardMember& m) { return m.meetsTarget(); }));
    m_summary->setText(
        tr("%1, %2: %L3 sessions held of %L4 plan items; participation %5; %L6 of %L7 members "
           "meet their hours target.")
            .arg(d.scopeName, m_bar->periodText())
            .arg(d.sessionsHeld())
            .arg(d.planItems())
            .arg(dashboardformat::percent(dashboard::rate(d.attended(), d.expected())))
            .arg(meeting)
            .arg(int(d.members.size())));
    if (d.sessionsHeld() == 0 && d.planItems() == 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("Nothing is planned or held in this period yet — record the "
                              "sessions under Sessions, or choose another year."));
    m_charts->setDashboard(d);
    m_subOrgs->setRows(d.subOrgs);
    const bool group = d.scope.isGroup();
    m_subOrgTitle->setText(group ? tr("Sub-organisations: shown for an organisation scope")
                                 : tr("Sub-organisations (tinted: participation below 80 % or "
                                      "fewer than 60 % meeting the hours target)"));
    m_subOrgTable->setEnabled(!group);
    m_dashboard = std::move(d);
    m_drillMembers->setMembers({});
    m_drillSessions->setSessions({});
    m_drillTitle->setText(tr("Click a bar, a slice or a row to see the records behind it."));
    m_stack->setCurrentIndex(0);
}

void DashboardView::showDrill(PagedTableModel* model)
{
    if (m_drillTable->model() != model) {
        // The column the header shows sorted, as the sort proxy of both kinds of rows did.
        const QHeaderView* header = m_drillTable->horizontalHeader();
        const int column = std::min(header->sortIndicatorSection(), model->columnCount() - 1);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        m_drillTable->setModel(model);
        m_drillTable->sortByColumn(std::max(0, column), order);
    }
    m_drillPages->rewind();
    m_drillPages->setTotal(model->total());
}

void DashboardView::showMembers(const QString& title, std::vector<DashboardMember> members)
{
    m_drillJob->cancel();
    m_drillMembers->setMembers(std::move(members));
    showDrill(m_drillMembers);
    m_drillTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_drillTable->resizeColumnsToContents();
    m_drillTitle->setText(tr("%1: %L2 members").arg(title).arg(m_drillMembers->total()));
    emit drilled();
}

void DashboardView::drillMonth(int month)
{
    if (!m_dashboard || month < 0 || month >= int(m_dashboard->months.size()))
        return;
    const MonthFigures& m = m_dashboard->months[size_t(month)];
    const ScopeRef scope = m_dashboard->scope;
    const Period whole = m_dashboard->period;
    Period period = Period::month(m.year, m.month);
    period.from = std::max(period.from, whole.from);
    period.to = std::min(period.to, whole.to);
    const Period shown = Period::month(m.year, m.month);
    const QString title =
        tr("Sessions held in %1").arg(ui::isEnglish() ? shown.labelEn() : shown.label());
    m_drillTitle->setText(title + QStringLiteral(" …"));
    m_drillJob->start<std::vector<DashboardSession>>(
        m_ledger,
        [scope, period](Ledger& reader, const CancelFlag&) {
            return DashboardService(reader).sessions(scope, period);
        },
        [this, title](Result<std::vector<DashboardSession>> result) {
            if (!result) {
                m_drillTitle->setText(
                    tr("The sessions cannot be read: %1").arg(result.error().message));
                return;
            }
            m_drillSessions->setSessions(std::move(result).value());
            showDrill(m_drillSessions);
            m_drillTable->resizeColumnsToContents();
            m_drillTitle->setText(tr("%1: %L2 sessions").arg(title).arg(m_drillSessions->total()));
            emit drilled();
        });
}

void DashboardView::drillBand(HoursBand band)
{
    if (!m_dashboard)
        return;
    std::vector<DashboardMember> members;
    for (const DashboardMember& m : m_dashboard->members) {
        if (m.band() == band)
            members.push_back(m);
    }
    static const char* const names[] = {QT_TR_NOOP("Members below 25 % of their hours target"),
                                        QT_TR_NOOP("Members at 25–50 % of their hours target"),
                                        QT_TR_NOOP("Members at 50–75 % of their hours target"),
                                        QT_TR_NOOP("Members at 75–100 % of their hours target"),
                                        QT_TR_NOOP("Members meeting their hours target")};
    showMembers(tr(names[int(band)]), std::move(members));
}

void DashboardView::drillGrade(Grade grade)
{
    if (!m_dashboard)
        return;
    std::vector<DashboardMember> members;
    for (const DashboardMember& m : m_dashboard->members) {
        if (m.grade == grade)
            members.push_back(m);
    }
    showMembers(tr("Members graded %1").arg(ui::label(grade)), std::move(members));
}

void DashboardView::drillOrganisation(int row)
{
    const SubOrgFigures* org = m_subOrgs->orgAt(row);
    if (!m_dashboard || !org)
        return;
    std::vector<DashboardMember> members;
    for (const DashboardMember& m : m_dashboard->members) {
        if (m.branchId == org->orgId)
            members.push_back(m);
    }
    showMembers(tr("Members of %1").arg(org->name), std::move(members));
}

} // namespace sl
