#include "gui/home/SecretaryHome.h"

#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ViewRefresher.h"
#include "gui/home/HomeSection.h"
#include "gui/home/HomeSessionModel.h"
#include "gui/home/PlanDueModel.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/LedgerEvents.h"
#include "services/MakeupService.h"
#include "services/PlanService.h"
#include "services/SessionService.h"

#include <QGridLayout>
#include <QLocale>

namespace sl {

SecretaryHome::SecretaryHome(Ledger& ledger, QWidget* parent, FirstLoad first)
    : QWidget(parent), m_ledger(ledger), m_next(new HomeSessionModel(this)),
      m_unrecorded(new HomeSessionModel(this)), m_makeup(new MakeupLedgerModel(this)),
      m_plan(new PlanDueModel(this)),
      m_nextSection(new HomeSection(QStringLiteral("nextSessions"), m_next, this)),
      m_unrecordedSection(
          new HomeSection(QStringLiteral("unrecordedSessions"), m_unrecorded, this)),
      m_makeupSection(new HomeSection(QStringLiteral("makeupOwed"), m_makeup, this)),
      m_planSection(new HomeSection(QStringLiteral("planDue"), m_plan, this))
{
    setObjectName(QStringLiteral("secretaryHome"));
    for (int c : {MakeupLedgerModel::Topic, MakeupLedgerModel::MakeupDate, MakeupLedgerModel::Note})
        m_makeupSection->table()->setColumnHidden(c, true);
    m_makeupSection->setStretchColumn(MakeupLedgerModel::Reason);
    m_planSection->setStretchColumn(PlanDueModel::Topic);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_nextSection, 0, 0);
    grid->addWidget(m_unrecordedSection, 0, 1);
    grid->addWidget(m_makeupSection, 1, 0);
    grid->addWidget(m_planSection, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_nextSection, &HomeSection::rowActivated, this, [this](int row) {
        if (const SessionRow* r = m_next->row(row))
            emit sessionRequested(r->session.id);
    });
    connect(m_unrecordedSection, &HomeSection::rowActivated, this, [this](int row) {
        if (const SessionRow* r = m_unrecorded->row(row))
            emit attendanceRequested(r->session.id);
    });
    connect(m_makeupSection, &HomeSection::rowActivated, this, [this] { emit makeupRequested(); });
    connect(m_planSection, &HomeSection::rowActivated, this, [this](int row) {
        if (const PlanItemDue* r = m_plan->row(row))
            emit planRequested(r->groupId, r->year);
    });

    LedgerEvents& events = ledger.events();
    m_refresher = new ViewRefresher(events, this, [this] { reload(); });
    for (auto signal : {&LedgerEvents::sessionsChanged, &LedgerEvents::attendanceChanged})
        connect(&events, signal, m_refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::planChanged, m_refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, m_refresher, &ViewRefresher::touch);
    if (first == FirstLoad::Now)
        reload();
    else
        m_refresher->markStale();
}

void SecretaryHome::setScope(const ScopeRef& scope, int year)
{
    if (scope == m_scope && year == m_year)
        return;
    m_scope = scope;
    m_year = year;
    m_refresher->reloadWhenShown();
}

qint64 SecretaryHome::rootOrgId() const
{
    if (m_scope.isValid() && !m_scope.isGroup())
        return m_scope.id;
    return m_ledger.actor().orgId;
}

int SecretaryHome::year() const
{
    return m_year > 0 ? m_year : int(Clock::today().year());
}

void SecretaryHome::reload()
{
    ++m_loads;
    const Date today = Clock::today();
    m_nextSection->setTexts(
        tr("Next sessions"),
        tr("No session is planned from today on — plan one in Sessions (+ New) or from an item "
           "of the study plan."));
    m_unrecordedSection->setTexts(
        tr("Held sessions without attendance"),
        tr("Nothing to record: every held session of the last twelve months has its "
           "attendance."));
    m_makeupSection->setTexts(
        tr("Make-up study owed in %1").arg(year()),
        tr("Nobody owes make-up study in %1. Members who were excused or absent appear here "
           "until their make-up is recorded.")
            .arg(year()));
    m_planSection->setTexts(
        tr("Plan items due in %1").arg(QLocale().monthName(int(today.month()))),
        tr("No plan item falls in this month — add the year's items in Study plan, or import "
           "the plan from Excel."));
    loadSessions();
    loadMakeup();
    loadPlan();
}

void SecretaryHome::loadSessions()
{
    const Date today = Clock::today();
    const qint64 root = rootOrgId();
    std::vector<qint64> groups;
    if (groupId() != 0)
        groups.push_back(groupId());
    SessionService sessions(m_ledger);

    SessionQuery next;
    next.rootOrgId = root;
    next.groupIds = groups;
    next.from = today;
    next.status = SessionStatus::Planned;
    SessionQuery unrecorded;
    unrecorded.rootOrgId = root;
    unrecorded.groupIds = groups;
    unrecorded.from = today - boost::gregorian::years(1);
    unrecorded.to = today;
    unrecorded.status = SessionStatus::Held;
    unrecorded.withoutAttendanceOnly = true;

    for (auto [query, model, section] :
         {std::tuple{next, m_next, m_nextSection},
          std::tuple{unrecorded, m_unrecorded, m_unrecordedSection}}) {
        auto total = sessions.count(query);
        query.limit = rowLimit;
        auto rows = sessions.list(query);
        if (!rows || !total) {
            model->setRows({});
            section->showError(rows ? total.error().message : rows.error().message);
            continue;
        }
        model->setRows(std::move(rows).value());
        section->update(*total);
    }
}

void SecretaryHome::loadMakeup()
{
    MakeupService makeup(m_ledger);
    MakeupQuery query;
    query.rootOrgId = rootOrgId();
    if (groupId() != 0)
        query.groupIds = {groupId()};
    query.from = Date(year(), 1, 1);
    query.to = Date(year(), 12, 31);
    query.state = MakeupQuery::State::Owing;
    auto total = makeup.count(query);
    query.limit = rowLimit;
    auto rows = makeup.ledger(query);
    if (!rows || !total) {
        m_makeup->setRows({});
        m_makeupSection->showError(rows ? total.error().message : rows.error().message);
        return;
    }
    m_makeup->setRows(std::move(rows).value());
    m_makeupSection->update(*total);
}

void SecretaryHome::loadPlan()
{
    const Date today = Clock::today();
    auto rows =
        PlanService(m_ledger).dueInMonth(int(today.year()), int(today.month()), rootOrgId());
    if (!rows) {
        m_plan->setRows({});
        m_planSection->showError(rows.error().message);
        return;
    }
    std::vector<PlanItemDue> items = std::move(rows).value();
    if (const qint64 group = groupId(); group != 0)
        std::erase_if(items, [group](const PlanItemDue& item) { return item.groupId != group; });
    const qint64 total = qint64(items.size());
    if (items.size() > size_t(rowLimit))
        items.resize(size_t(rowLimit));
    m_plan->setRows(std::move(items));
    m_planSection->update(total);
}

} // namespace sl
