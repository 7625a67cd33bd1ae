// The tool bar's scope and year (issue 14, item 2): the areas follow a change without being
// reopened, an area built later starts on the choice, and the organisation scope narrows the
// secretary's lists to its subtree.
#include "gui/DemoGuiFixture.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/SecretaryAreas.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/ScopeComboBox.h"
#include "gui/common/ScopeToolBar.h"
#include "gui/common/WorkingScope.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/home/HomeSection.h"
#include "gui/home/HomeSessionModel.h"
#include "gui/home/HomeView.h"
#include "gui/home/LeaderHome.h"
#include "gui/home/SecretaryHome.h"
#include "gui/plan/PlanView.h"
#include "gui/selfstudy/SelfStudyTableModel.h"
#include "gui/selfstudy/SelfStudyView.h"
#include "gui/sessions/SessionTableModel.h"
#include "gui/sessions/SessionsView.h"

#include "services/SelfStudyService.h"
#include "services/SessionService.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace sl;

class TestToolBarScope : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_demo;
    std::unique_ptr<MainWindow> m_window;
    std::vector<StudyGroup> m_groups;

    SessionsView* sessions() { return m_window->areaViews()->secretaryAreas()->sessionsView(); }
    AttendanceSheetView* sheet()
    {
        return m_window->areaViews()->secretaryAreas()->attendanceView()->sheet();
    }

    qint64 sessionCount(const SessionQuery& q, int year, bool heldOnly = false)
    {
        SessionQuery query = q;
        query.from = Date(static_cast<unsigned short>(year), 1, 1);
        query.to = Date(static_cast<unsigned short>(year), 12, 31);
        if (heldOnly)
            query.status = SessionStatus::Held;
        auto n = SessionService(*m_demo->ledger).count(query);
        return n ? *n : -1;
    }

    qint64 groupSessions(qint64 groupId, int year, bool heldOnly = false)
    {
        SessionQuery q;
        q.groupIds = {groupId};
        return sessionCount(q, year, heldOnly);
    }

    int selfStudyEntries(qint64 memberId, int year)
    {
        auto list = SelfStudyService(*m_demo->ledger)
                        .list(memberId, Date(static_cast<unsigned short>(year), 1, 1),
                              Date(static_cast<unsigned short>(year), 12, 31));
        return list ? int(list->size()) : -1;
    }

    bool seated(qint64 memberId, qint64 groupId)
    {
        auto seats = RosterService(*m_demo->ledger).memberships(groupId);
        if (!seats)
            return false;
        for (const MembershipRow& row : *seats) {
            if (row.membership.memberId == memberId)
                return true;
        }
        return false;
    }

    // Chooses a scope as the user does: in the tool bar's chooser.
    void choose(const ScopeRef& scope)
    {
        QVERIFY(m_window->scopeToolBar()->scopeCombo()->setScope(scope));
        QCOMPARE(m_window->workingScope()->scope(), scope);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_demo = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_demo->built);
        auto groups = RosterService(*m_demo->ledger).groups();
        QVERIFY(groups);
        m_groups = *groups;
        QVERIFY(m_groups.size() >= 2);
        auto ledger = Ledger::open(m_demo->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger);
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void opensOnTheOrganisationAndTheYearWithRecords()
    {
        WorkingScope* working = m_window->workingScope();
        QVERIFY(!working->scope().isGroup());
        QVERIFY(working->scope().isValid());
        QCOMPARE(working->year(), 2026);
        QCOMPARE(m_window->scopeToolBar()->yearSpin()->value(), 2026);
        QCOMPARE(m_window->scopeToolBar()->scopeCombo()->scope(), working->scope());
        QVERIFY(m_window->scopeToolBar()->isVisibleTo(m_window.get()));
    }

    void sessionsAttendanceAndSelfStudyFollowTheScope()
    {
        // Build the three areas first: they must follow without being opened again.
        QVERIFY(m_window->showArea(SecretaryAreas::sessionsArea));
        QVERIFY(m_window->showArea(SecretaryAreas::attendanceArea));
        QVERIFY(m_window->showArea(AreaViews::selfStudyArea));
        SelfStudyView* selfStudy = m_window->selfStudyView();

        // Two groups with different numbers of sessions, so that following can be told apart.
        const StudyGroup& a = m_groups.at(0);
        const StudyGroup* b = nullptr;
        for (const StudyGroup& g : m_groups) {
            if (groupSessions(g.id, 2026) != groupSessions(a.id, 2026))
                b = &g;
        }
        QVERIFY(b);
        for (const StudyGroup* g : {&a, b, &a}) {
            choose(ScopeRef::group(g->id));
            const qint64 expected = groupSessions(g->id, 2026);
            QVERIFY(expected > 0);
            QCOMPARE(sessions()->groupYear()->groupId(), g->id);
            QCOMPARE(sessions()->model()->rowCount(), int(expected));
            for (int r = 0; r < sessions()->model()->rowCount(); ++r)
                QCOMPARE(sessions()->model()->row(r)->session.groupId, g->id);
            // The attendance sheet lists the group's held sessions.
            QCOMPARE(sheet()->groupYear()->groupId(), g->id);
            QCOMPARE(sheet()->sessionCombo()->count(), int(groupSessions(g->id, 2026, true)));
            // The member areas show a member of the group, and that member's year.
            const qint64 member = m_window->memberContext()->memberId();
            QVERIFY(seated(member, g->id));
            QCOMPARE(selfStudy->model()->rowCount(), selfStudyEntries(member, 2026));
        }
        QVERIFY(selfStudy->model()->rowCount() > 0);
    }

    void areasFollowTheYear()
    {
        const qint64 group = m_groups.at(0).id;
        choose(ScopeRef::group(group));
        SelfStudyView* selfStudy = m_window->selfStudyView();
        QVERIFY(sessions()->model()->rowCount() > 0);
        QVERIFY(selfStudy->model()->rowCount() > 0);

        m_window->scopeToolBar()->yearSpin()->setValue(2025); // the demo has nothing in 2025
        QCOMPARE(m_window->workingScope()->year(), 2025);
        QCOMPARE(sessions()->groupYear()->year(), 2025);
        QCOMPARE(sessions()->model()->rowCount(), 0);
        QCOMPARE(sheet()->sessionCombo()->count(), 0);
        QCOMPARE(m_window->memberContext()->year(), 2025);
        QCOMPARE(selfStudy->model()->rowCount(), 0);

        m_window->scopeToolBar()->yearSpin()->setValue(2026);
        QCOMPARE(sessions()->model()->rowCount(), int(groupSessions(group, 2026)));
        QCOMPARE(selfStudy->model()->rowCount(),
                 selfStudyEntries(m_window->memberContext()->memberId(), 2026));
        // The areas' own year boxes are hidden: the tool bar's is the one.
        QVERIFY(!sessions()->groupYear()->yearSpin()->isVisibleTo(sessions()));
        QVERIFY(!sessions()->groupYear()->groupCombo()->isVisibleTo(sessions()));
    }

    void aYearSetInAnAreaMovesTheWindow()
    {
        // A link to another year (the home's plan link sets the plan's bar) moves every area.
        sessions()->groupYear()->setYear(2025);
        QCOMPARE(m_window->workingScope()->year(), 2025);
        QCOMPARE(m_window->scopeToolBar()->yearSpin()->value(), 2025);
        QCOMPARE(sessions()->model()->rowCount(), 0);
        m_window->scopeToolBar()->yearSpin()->setValue(2026);
        QVERIFY(sessions()->model()->rowCount() > 0);
    }

    void anAreaBuiltLaterStartsOnTheChoice()
    {
        QVERIFY(!m_window->areaViews()->isBuilt(SecretaryAreas::planArea));
        const qint64 group = m_groups.at(1).id;
        choose(ScopeRef::group(group));
        m_window->scopeToolBar()->yearSpin()->setValue(2025);
        QVERIFY(m_window->showArea(SecretaryAreas::planArea));
        PlanView* plan = m_window->areaViews()->secretaryAreas()->planView();
        QCOMPARE(plan->groupYear()->groupId(), group);
        QCOMPARE(plan->groupYear()->year(), 2025);
        m_window->scopeToolBar()->yearSpin()->setValue(2026);
        QCOMPARE(plan->groupYear()->year(), 2026);
    }

    void theHomeFollowsTheScopeAndYear()
    {
        QVERIFY(m_window->showArea(AreaViews::homeArea));
        HomeView* home = m_window->areaViews()->homeView();
        QVERIFY(home && home->secretaryHome() && home->leaderHome());
        const StudyGroup& g = m_groups.at(1);
        choose(ScopeRef::group(g.id));
        m_window->scopeToolBar()->yearSpin()->setValue(2025);
        // The secretary's page: the make-up owed in the window's year, the group's sessions.
        SecretaryHome* secretary = home->secretaryHome();
        QVERIFY2(secretary->makeupSection()->titleText().contains(QStringLiteral("2025")),
                 qPrintable(secretary->makeupSection()->titleText()));
        for (HomeSessionModel* model : {secretary->nextModel(), secretary->unrecordedModel()}) {
            for (int row = 0; row < model->rowCount(); ++row)
                QCOMPARE(model->row(row)->session.groupId, g.id);
        }
        // The leader's page: the group's figures of the window's year.
        LeaderHome* leader = home->leaderHome();
        const auto leaderFigures = [&](int year) {
            QVERIFY(home->showRole(HomeView::Role::Leader));
            QTRY_VERIFY_WITH_TIMEOUT(!leader->isComputing() &&
                                         leader->figureText(QStringLiteral("sessions")) !=
                                             QStringLiteral("…"),
                                     30000);
            QVERIFY2(leader->statusText().contains(g.name), qPrintable(leader->statusText()));
            QVERIFY2(leader->statusText().contains(QString::number(year)),
                     qPrintable(leader->statusText()));
            QCOMPARE(leader->figureText(QStringLiteral("sessions")),
                     QLocale().toString(groupSessions(g.id, year, true)));
        };
        leaderFigures(2025);
        m_window->scopeToolBar()->yearSpin()->setValue(2026);
        leaderFigures(2026);
        QVERIFY(groupSessions(g.id, 2026, true) > 0); // the figure changed with the year
        QVERIFY(home->showRole(HomeView::Role::Secretary));
        QVERIFY2(secretary->makeupSection()->titleText().contains(QStringLiteral("2026")),
                 qPrintable(secretary->makeupSection()->titleText()));
    }

    void anAreaTakesTheWindowsChoiceAsOneChange()
    {
        // Following the window (its year and its scope) reloads a view once, not once each.
        RosterService roster(*m_demo->ledger);
        GroupYearBar bar(roster, true);
        QSignalSpy changed(&bar, &GroupYearBar::changed);
        choose(ScopeRef::organisation(m_groups.at(0).orgId));
        m_window->scopeToolBar()->yearSpin()->setValue(bar.year() - 1); // both differ
        bar.follow(*m_window->workingScope());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.rootOrgId(), m_groups.at(0).orgId);
        QCOMPARE(bar.year(), m_window->workingScope()->year());
        m_window->scopeToolBar()->yearSpin()->setValue(2026);
    }

    void hiddenFiguresWaitUntilShown()
    {
        // The assessment and the dashboard compute a scope's figures (a district's take
        // seconds): a change made while they are hidden is computed when they are shown.
        for (const QString& area : {AreaViews::assessmentArea, AreaViews::dashboardArea}) {
            QVERIFY(m_window->showArea(area));
            QWidget* view = m_window->areaViews()->view(area);
            const auto busy = [view] {
                if (auto* assessment = qobject_cast<AssessmentView*>(view))
                    return assessment->isBusy();
                return qobject_cast<DashboardView*>(view)->isBusy();
            };
            QTRY_VERIFY_WITH_TIMEOUT(!busy(), 30000);
            choose(ScopeRef::group(m_groups.at(0).id));
            QVERIFY(busy()); // shown: computed at once
            QTRY_VERIFY_WITH_TIMEOUT(!busy(), 30000);
            QVERIFY(m_window->showArea(AreaViews::homeArea));
            choose(ScopeRef::group(m_groups.at(1).id));
            m_window->scopeToolBar()->yearSpin()->setValue(2025);
            QVERIFY(!busy()); // hidden: nothing computed
            QVERIFY(m_window->showArea(area));
            QVERIFY(busy()); // shown: computed now
            QTRY_VERIFY_WITH_TIMEOUT(!busy(), 30000);
            m_window->scopeToolBar()->yearSpin()->setValue(2026);
        }
    }

    void anOrganisationScopeListsItsSubtree()
    {
        const StudyGroup& g = m_groups.at(0);
        choose(ScopeRef::organisation(g.orgId));
        GroupYearBar* bar = sessions()->groupYear();
        QCOMPARE(bar->rootOrgId(), g.orgId);
        QCOMPARE(bar->groupId(), qint64(0)); // every group of the organisation
        QVERIFY(bar->groupCombo()->isVisibleTo(sessions()));
        SessionQuery q;
        q.rootOrgId = g.orgId;
        QCOMPARE(sessions()->model()->rowCount(), int(sessionCount(q, 2026)));
        // The local chooser offers the subtree's groups only (and "every group").
        auto inOrg = RosterService(*m_demo->ledger).groups(g.orgId);
        QVERIFY(inOrg);
        QCOMPARE(bar->groupCombo()->count(), int(inOrg->size()) + 1);
        // The attendance sheet (one group at a time) takes a group of the organisation.
        bool found = false;
        for (const StudyGroup& sub : *inOrg)
            found = found || sub.id == sheet()->groupYear()->groupId();
        QVERIFY(found);
    }
};

QTEST_MAIN(TestToolBarScope)
#include "TestToolBarScope.moc"
