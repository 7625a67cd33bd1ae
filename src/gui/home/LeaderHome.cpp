#include "gui/home/LeaderHome.h"

#include "gui/common/Appearance.h"
#include "gui/common/LedgerJob.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewRefresher.h"

#include "services/AssessmentService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/LedgerEvents.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl {

HomeSummary HomeSummary::of(const ScopeAssessment& assessment, qint64 sessionsHeld)
{
    HomeSummary s;
    s.scopeName = assessment.scope.name;
    s.groupScope = assessment.scope.ref.isGroup();
    s.year = assessment.year;
    s.sessionsHeld = sessionsHeld;
    s.members = int(assessment.rows.size());
    for (const AssessmentRow& row : assessment.rows) {
        const MemberFigures& f = row.figures;
        s.expected += f.expected;
        s.attended += f.attended();
        if (f.hours() >= assessment.rubric.hoursTargetFor(f.cadreLevel))
            ++s.meetingHours;
        ++s.grades[size_t(row.result.grade)];
    }
    return s;
}

namespace {

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

LeaderHome::LeaderHome(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_roster(roster), m_job(new LedgerJob(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("leaderHome"));
    m_status->setObjectName(QStringLiteral("leaderHomeStatusLabel"));
    m_status->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(20);
    addFigure(grid, QStringLiteral("members"), tr("Members"), 0, 0);
    addFigure(grid, QStringLiteral("sessions"), tr("Sessions held"), 0, 1);
    addFigure(grid, QStringLiteral("participation"), tr("Participation rate"), 0, 2);
    addFigure(grid, QStringLiteral("hours"), tr("Meeting the year's hours target"), 1, 0);
    addFigure(grid, QStringLiteral("grades"), tr("Grades (优秀 · 合格 · 基本合格 · 不合格)"), 1, 1,
              2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto* dashboard = new QPushButton(tr("Open the Dashboard"), this);
    dashboard->setObjectName(QStringLiteral("openDashboardPushButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(dashboard);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(dashboard, &QPushButton::clicked, this,
            [this] { emit areaRequested(QStringLiteral("dashboard")); });
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    connect(&events, &LedgerEvents::sessionsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::attendanceChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::settingsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::assessmentChanged, refresher, &ViewRefresher::touch);
    m_status->setText(tr("The figures are computed when this home is shown."));
}

void LeaderHome::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

void LeaderHome::addFigure(QGridLayout* grid, const QString& item, const QString& title, int row,
                           int column, int span)
{
    auto* box = new QWidget(this);
    auto* titleLabel = new QLabel(title, box);
    ui::makeQuiet(titleLabel);
    auto* value = new QLabel(box);
    value->setObjectName(item + QStringLiteral("FigureLabel"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* detail = new QLabel(box);
    detail->setObjectName(item + QStringLiteral("DetailLabel"));
    ui::makeQuiet(detail);
    detail->setWordWrap(true);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(titleLabel);
    boxLayout->addWidget(value);
    boxLayout->addWidget(detail);
    grid->addWidget(box, row, column, 1, span);
    m_figures.push_back({item, value, detail});
}

qint64 LeaderHome::rootOrgId() const
{
    if (m_ledger.actor().orgId != 0)
        return m_ledger.actor().orgId;
    auto orgs = m_roster.organisations();
    if (orgs) {
        for (const Organisation& o : *orgs) {
            if (o.parentId == 0)
                return o.id;
        }
    }
    return 0;
}

void LeaderHome::setScope(const ScopeRef& scope, int year)
{
    if (scope == m_scope && year == m_year)
        return;
    m_scope = scope;
    m_year = year;
    if (isVisible())
        reload();
    else
        m_started = false; // computed again when shown (showEvent)
}

ScopeRef LeaderHome::scope() const
{
    return m_scope.isValid() ? m_scope : ScopeRef::organisation(rootOrgId());
}

int LeaderHome::year() const
{
    return m_year > 0 ? m_year : int(Clock::today().year());
}

void LeaderHome::reload()
{
    m_started = true;
    const ScopeRef scope = this->scope();
    for (const Figure& f : m_figures) {
        f.value->setText(QStringLiteral("…"));
        f.detail->clear();
    }
    if (!scope.isValid()) {
        m_job->cancel();
        m_status->setText(tr("There is no organisation yet — add the organisations and members "
                             "in Organisations and members (or import the roster)."));
        return;
    }
    const int year = this->year();
    m_status->setText(tr("Computing the figures of %1…").arg(year));
    m_job->start<HomeSummary>(
        m_ledger,
        [scope, year](Ledger& reader, const CancelFlag& cancel) -> Result<HomeSummary> {
            auto assessment = AssessmentService(reader).assess(scope, year, &cancel);
            if (!assessment)
                return assessment.error();
            SessionQuery held;
            if (scope.isGroup())
                held.groupIds = {scope.id};
            else
                held.rootOrgId = scope.id;
            held.status = SessionStatus::Held;
            held.from = Date(year, 1, 1);
            held.to = Date(year, 12, 31);
            auto sessions = SessionService(reader).count(held);
            if (!sessions)
                return sessions.error();
            return HomeSummary::of(*assessment, *sessions);
        },
        [this](Result<HomeSummary> summary) { show(summary); });
}

void LeaderHome::show(const Result<HomeSummary>& result)
{
    if (!result) {
        m_status->setText(tr("The figures cannot be computed: %1").arg(result.error().message));
        for (const Figure& f : m_figures)
            f.value->setText(QStringLiteral("—"));
        return;
    }
    const HomeSummary& s = *result;
    const QLocale locale;
    const Date today = Clock::today();
    m_status->setText(
        s.year == int(today.year())
            ? tr("%1, year %2, as of %3").arg(s.scopeName).arg(s.year).arg(dates::toIso(today))
            : tr("%1, year %2").arg(s.scopeName).arg(s.year));
    auto set = [this](const QString& item, const QString& value, const QString& detail) {
        for (const Figure& f : m_figures) {
            if (f.item == item) {
                f.value->setText(value);
                f.detail->setText(detail);
            }
        }
    };
    set(QStringLiteral("members"), locale.toString(s.members),
        s.groupScope ? tr("members of the study group")
                     : tr("in the organisation and its sub-organisations"));
    set(QStringLiteral("sessions"), locale.toString(s.sessionsHeld),
        tr("study sessions held in %1").arg(s.year));
    set(QStringLiteral("participation"), percent(s.participationRate()),
        tr("%1 of %2 expected attendances")
            .arg(locale.toString(s.attended), locale.toString(s.expected)));
    set(QStringLiteral("hours"),
        s.members ? percent(double(s.meetingHours) / s.members) : QStringLiteral("—"),
        tr("%1 of %2 members").arg(locale.toString(s.meetingHours), locale.toString(s.members)));
    set(QStringLiteral("grades"),
        QStringLiteral("%1 · %2 · %3 · %4")
            .arg(s.grades[0])
            .arg(s.grades[1])
            .arg(s.grades[2])
            .arg(s.grades[3]),
        tr("by the rubric of %1, before publication").arg(s.year));
}

QString LeaderHome::figureText(const QString& item) const
{
    for (const Figure& f : m_figures) {
        if (f.item == item)
            return f.value->text();
    }
    return {};
}

bool LeaderHome::isComputing() const
{
    return m_job->isRunning();
}

QString LeaderHome::statusText() const
{
    return m_status->text();
}

} // namespace sl
