#include "gui/AreaViews.h"

#include "gui/AreaScopes.h"
#include "gui/NavigationSidebar.h"
#include "gui/SecretaryAreas.h"
#include "gui/archive/ArchiveView.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/audit/AuditView.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/common/MemberContext.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/home/HomeView.h"
#include "gui/members/BranchActions.h"
#include "gui/members/MembersView.h"
#include "gui/myyear/MyYearView.h"
#include "gui/selfstudy/SelfStudyView.h"
#include "gui/settings/RubricPage.h"
#include "gui/settings/SettingsView.h"
#include "gui/writings/WritingsView.h"

#include "services/Ledger.h"

#include <QMenu>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>

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

AreaViews::AreaViews(Ledger& ledger, RosterService& roster, bool persistent, WorkingScope* working,
                     QObject* parent)
    : QObject(parent), m_ledger(ledger), m_roster(roster),
      m_context(new MemberContext(ledger, persistent, this)), m_working(working)
{
    if (m_working)
        m_context->follow(*m_working);
}

AreaViews::~AreaViews()
{
    for (const Area& area : m_areas)
        delete area.view;
}

void AreaViews::add(const QString& id, const QString& label, std::function<QWidget*()> make)
{
    m_sidebar->addArea(id, label);
    m_areas.push_back({id, std::move(make), nullptr});
}

AreaViews::Area* AreaViews::find(const QString& id)
{
    for (Area& area : m_areas) {
        if (area.id == id)
            return &area;
    }
    return nullptr;
}

const AreaViews::Area* AreaViews::find(const QString& id) const
{
    return const_cast<AreaViews*>(this)->find(id);
}

void AreaViews::place(const QString& id, QWidget* view)
{
    Area* area = find(id);
    if (!area || area->view || !view)
        return;
    area->view = view;
    view->setObjectName(id + QStringLiteral("View"));
    m_stack->addWidget(view);
    if (m_working) // built later than the choice: it starts on it
        areascopes::follow(view, *m_working);
    emit areaBuilt(id);
}

template <class View> View* AreaViews::built(const QString& id) const
{
    const Area* area = find(id);
    return area ? qobject_cast<View*>(area->view) : nullptr;
}

HomeView* AreaViews::makeHome()
{
    auto* home = new HomeView(m_ledger, m_roster, *m_context, m_stack);
    connect(home, &HomeView::areaRequested, this, &AreaViews::areaRequested);
    if (m_secretary) {
        connect(home, &HomeView::sessionRequested, m_secretary, &SecretaryAreas::openSession);
        connect(home, &HomeView::attendanceRequested, m_secretary, &SecretaryAreas::openAttendance);
        connect(home, &HomeView::makeupRequested, m_secretary, &SecretaryAreas::openMakeupLedger);
        connect(home, &HomeView::planRequested, m_secretary, &SecretaryAreas::openPlan);
    }
    return home;
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

    if (!leader && !ownMember) {
        m_secretary = new SecretaryAreas(m_ledger, m_roster, stack, this);
        connect(m_secretary, &SecretaryAreas::viewBuilt, this, &AreaViews::place);
    }
    add(homeArea, tr("Home"), [this] { return makeHome(); });
    if (!leader) {
        add(myYearArea, tr("My year"),
            [this] { return new MyYearView(m_ledger, m_roster, *m_context, m_stack); });
        if (m_secretary) {
            for (const auto& [id, label] : m_secretary->areas())
                add(id, label, [this, id = id] { return m_secretary->view(id); });
        }
        add(selfStudyArea, tr("Self-study"),
            [this] { return new SelfStudyView(m_ledger, m_roster, *m_context, m_stack); });
        add(writingsArea, tr("Writings"),
            [this] { return new WritingsView(m_ledger, m_roster, *m_context, m_stack); });
    }
    if (!ownMember)
        add(assessmentArea, tr("Assessment"),
            [this] { return new AssessmentView(m_ledger, m_roster, m_stack); });
    add(archiveArea, tr("Member archive"),
        [this] { return new ArchiveView(m_ledger, m_roster, *m_context, m_stack); });
    if (!ownMember) {
        add(bulletinArea, tr("Study bulletin"),
            [this] { return new BulletinView(m_ledger, m_roster, m_stack); });
        add(dashboardArea, tr("Dashboard"),
            [this] { return new DashboardView(m_ledger, m_roster, m_stack); });
        add(membersArea, tr("Organisations and members"), [this] {
            auto* members = new MembersView(m_roster, m_ledger.events(), m_stack);
            auto* branch = new BranchActions(m_ledger, m_roster, members);
            auto* setUp = new QToolButton(members);
            setUp->setObjectName(QStringLiteral("branchSetUpToolButton"));
            setUp->setText(branch->menu()->title());
            setUp->setMenu(branch->menu());
            setUp->setPopupMode(QToolButton::InstantPopup);
            members->addToBar(setUp);
            return members;
        });
        // 审计日志: administrators (and single-user mode) only.
        if (single || (!actor.signedOut && actor.role == AccountRole::Admin))
            add(auditArea, tr("Audit trail"), [this] { return new AuditView(m_ledger, m_stack); });
        // The rubric of the year: secretaries and leaders read it.
        add(settingsArea, tr("Settings"), [this] { return new SettingsView(m_ledger, m_stack); });
    }
}

QWidget* AreaViews::view(const QString& id)
{
    Area* area = find(id);
    if (!area)
        return nullptr;
    if (!area->view) {
        QWidget* made = area->make();
        place(id, made); // a secretary's view is placed already (viewBuilt)
    }
    return area->view;
}

bool AreaViews::isBuilt(const QString& id) const
{
    const Area* area = find(id);
    return area && area->view;
}

QStringList AreaViews::builtAreas() const
{
    QStringList out;
    for (const Area& area : m_areas) {
        if (area.view)
            out << area.id;
    }
    return out;
}

MembersView* AreaViews::members()
{
    return qobject_cast<MembersView*>(view(membersArea));
}

HomeView* AreaViews::homeView()
{
    return qobject_cast<HomeView*>(view(homeArea));
}

MyYearView* AreaViews::myYearView()
{
    return qobject_cast<MyYearView*>(view(myYearArea));
}

SelfStudyView* AreaViews::selfStudyView()
{
    return qobject_cast<SelfStudyView*>(view(selfStudyArea));
}

WritingsView* AreaViews::writingsView()
{
    return qobject_cast<WritingsView*>(view(writingsArea));
}

ArchiveView* AreaViews::archiveView()
{
    return qobject_cast<ArchiveView*>(view(archiveArea));
}

AssessmentView* AreaViews::assessmentView()
{
    return qobject_cast<AssessmentView*>(view(assessmentArea));
}

BulletinView* AreaViews::bulletinView()
{
    return qobject_cast<BulletinView*>(view(bulletinArea));
}

DashboardView* AreaViews::dashboardView()
{
    return qobject_cast<DashboardView*>(view(dashboardArea));
}

SettingsView* AreaViews::settingsView()
{
    return qobject_cast<SettingsView*>(view(settingsArea));
}

AuditView* AreaViews::auditView()
{
    return qobject_cast<AuditView*>(view(auditArea));
}

QList<QAction*> AreaViews::editActions(const QString& id) const
{
    if (auto* members = built<MembersView>(membersArea); members && id == membersArea)
        return {members->newAction(), members->editAction(), members->deleteAction(), nullptr,
                members->findAction()};
    if (auto* selfStudy = built<SelfStudyView>(selfStudyArea); selfStudy && id == selfStudyArea)
        return selfStudy->editActions();
    if (auto* writings = built<WritingsView>(writingsArea); writings && id == writingsArea)
        return writings->editActions();
    if (auto* assessment = built<AssessmentView>(assessmentArea);
        assessment && id == assessmentArea)
        return assessment->editActions();
    if (m_secretary && m_secretary->has(id))
        return m_secretary->editActions(id);
    return {};
}

QUndoStack* AreaViews::undoStack(const QString& id) const
{
    if (id == selfStudyArea)
        if (auto* view = built<SelfStudyView>(id))
            return view->undoStack();
    if (id == writingsArea)
        if (auto* view = built<WritingsView>(id))
            return view->undoStack();
    if (id == assessmentArea)
        if (auto* view = built<AssessmentView>(id))
            return view->undoStack();
    if (id == bulletinArea)
        if (auto* view = built<BulletinView>(id))
            return view->undoStack();
    if (id == settingsArea)
        if (auto* view = built<SettingsView>(id))
            return view->undoStack();
    if (id == membersArea)
        if (auto* view = built<MembersView>(id))
            return view->findChild<BranchActions*>()->undoStack();
    if (m_secretary && m_secretary->has(id))
        return m_secretary->undoStack(id);
    return nullptr;
}

QList<QUndoStack*> AreaViews::undoStacks(const QString& id) const
{
    if (id == SecretaryAreas::attendanceArea && m_secretary &&
        m_secretary->isBuilt(SecretaryAreas::attendanceArea))
        return m_secretary->attendanceView()->undoStacks();
    if (QUndoStack* stack = undoStack(id))
        return {stack};
    return {};
}

std::vector<PendingChanges*> AreaViews::pendingChanges(const QString& id) const
{
    std::vector<PendingChanges*> pending;
    const auto wanted = [&id](const QString& area) { return id.isEmpty() || id == area; };
    if (m_secretary && wanted(SecretaryAreas::attendanceArea) &&
        m_secretary->isBuilt(SecretaryAreas::attendanceArea))
        pending.push_back(m_secretary->attendanceView()->sheet());
    if (auto* settings = built<SettingsView>(settingsArea); settings && wanted(settingsArea))
        pending.push_back(settings->rubricPage());
    return pending;
}

QString AreaViews::startArea() const
{
    return homeArea;
}

} // namespace sl
