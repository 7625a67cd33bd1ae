#include "gui/AreaViews.h"

#include "gui/NavigationSidebar.h"
#include "gui/SecretaryAreas.h"
#include "gui/archive/ArchiveView.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/audit/AuditView.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/common/MemberContext.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/home/HomeView.h"
#include "gui/members/MembersView.h"
#include "gui/myyear/MyYearView.h"
#include "gui/selfstudy/SelfStudyView.h"
#include "gui/settings/SettingsView.h"
#include "gui/writings/WritingsView.h"

#include "services/Ledger.h"

#include <QSignalBlocker>
#include <QStackedWidget>

namespace sl {

const QString AreaViews::homeArea = QStringLiteral("home");
const QString AreaViews::myYearArea = QStringLiteral("my-year");
const QString AreaViews::selfStudyArea = QStringLiteral("selfstudy");
const QString AreaViews::writingsArea = QStringLiteral("writings");
const QString AreaViews::assessmentArea = QStringLiteral("assessment");
const QString AreaViews::archiveArea = QStringLiteral("archive");
const QString AreaViews::bulletinArea = QStringLiteral("bulletin");
const QString AreaViews::dashboardArea = QStringLiteral("dashboard");
const QString AreaViews::membersArea = QStringLiteral("members");
const QString AreaViews::auditArea = QStringLiteral("audit");
const QString AreaViews::settingsArea = QStringLiteral("settings");

AreaViews::AreaViews(Ledger& ledger, RosterService& roster, bool persistent, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_roster(roster),
      m_context(new MemberContext(ledger, persistent, this))
{
}

AreaViews::~AreaViews()
{
    for (const auto& entry : m_views)
        delete entry.second;
}

void AreaViews::add(const QString& id, const QString& label, QWidget* view)
{
    view->setObjectName(id + QStringLiteral("View"));
    m_stack->addWidget(view);
    m_sidebar->addArea(id, label);
    m_views.emplace_back(id, view);
}

void AreaViews::build(QStackedWidget* stack, NavigationSidebar* sidebar)
{
    m_stack = stack;
    m_sidebar = sidebar;
    const QSignalBlocker block(sidebar);
    sidebar->clear();
    const Actor& actor = m_ledger.actor();
    const bool single = actor.isSingleUser();
    const bool ownMember = !single && actor.role == AccountRole::Member;
    const bool leader = !single && actor.role == AccountRole::Leader;

    m_home = new HomeView(m_ledger, m_roster, *m_context, stack);
    add(homeArea, tr("Home"), m_home);
    connect(m_home, &HomeView::areaRequested, this, &AreaViews::areaRequested);
    if (!leader) {
        m_myYear = new MyYearView(m_ledger, m_roster, *m_context, stack);
        add(myYearArea, tr("My year"), m_myYear);
        if (!ownMember) {
            m_secretary = new SecretaryAreas(m_ledger, m_roster, stack, this);
            for (const auto& [id, label, view] : m_secretary->views())
                add(id, label, view);
            connect(m_home, &HomeView::sessionRequested, m_secretary, &SecretaryAreas::openSession);
            connect(m_home, &HomeView::attendanceRequested, m_secretary,
                    &SecretaryAreas::openAttendance);
            connect(m_home, &HomeView::makeupRequested, m_secretary,
                    &SecretaryAreas::openMakeupLedger);
            connect(m_home, &HomeView::planRequested, m_secretary, &SecretaryAreas::openPlan);
        }
        m_selfStudy = new SelfStudyView(m_ledger, m_roster, *m_context, stack);
        add(selfStudyArea, tr("Self-study"), m_selfStudy);
        m_writings = new WritingsView(m_ledger, m_roster, *m_context, stack);
        add(writingsArea, tr("Writings"), m_writings);
    }
    if (!ownMember) {
        m_assessment = new AssessmentView(m_ledger, m_roster, stack);
        add(assessmentArea, tr("Assessment"), m_assessment);
    }
    m_archive = new ArchiveView(m_ledger, m_roster, *m_context, stack);
    add(archiveArea, tr("Member archive"), m_archive);
    if (!ownMember) {
        m_bulletin = new BulletinView(m_ledger, m_roster, stack);
        add(bulletinArea, tr("Study bulletin"), m_bulletin);
        m_dashboard = new DashboardView(m_ledger, m_roster, stack);
        add(dashboardArea, tr("Dashboard"), m_dashboard);
        m_members = new MembersView(m_roster, m_ledger.events(), stack);
        add(membersArea, tr("Organisations and members"), m_members);
        // 审计日志: administrators (and single-user mode) only.
        if (single || (!actor.signedOut && actor.role == AccountRole::Admin)) {
            m_audit = new AuditView(m_ledger, stack);
            add(auditArea, tr("Audit trail"), m_audit);
        }
        // The rubric of the year: secretaries and leaders read it.
        m_settings = new SettingsView(m_ledger, stack);
        add(settingsArea, tr("Settings"), m_settings);
    }
}

QWidget* AreaViews::view(const QString& id) const
{
    for (const auto& [area, view] : m_views) {
        if (area == id)
            return view;
    }
    return nullptr;
}

QList<QAction*> AreaViews::editActions(const QString& id) const
{
    if (id == membersArea && m_members)
        return {m_members->newAction(), m_members->editAction(), m_members->deleteAction(), nullptr,
                m_members->findAction()};
    if (id == selfStudyArea && m_selfStudy)
        return m_selfStudy->editActions();
    if (id == writingsArea && m_writings)
        return m_writings->editActions();
    if (id == assessmentArea && m_assessment)
        return m_assessment->editActions();
    if (m_secretary && m_secretary->has(id))
        return m_secretary->editActions(id);
    return {};
}

QUndoStack* AreaViews::undoStack(const QString& id) const
{
    if (id == selfStudyArea && m_selfStudy)
        return m_selfStudy->undoStack();
    if (id == assessmentArea && m_assessment)
        return m_assessment->undoStack();
    if (id == bulletinArea && m_bulletin)
        return m_bulletin->undoStack();
    if (m_secretary && m_secretary->has(id))
        return m_secretary->undoStack(id);
    if (id == settingsArea && m_settings)
        return m_settings->undoStack();
    return nullptr;
}

QString AreaViews::startArea() const
{
    return homeArea;
}

} // namespace sl
