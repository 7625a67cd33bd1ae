#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/PlanService.h"

#include "gui/MainWindow.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/WorkingScope.h"
#include "gui/home/HomeSection.h"
#include "gui/home/HomeSessionModel.h"
#include "gui/home/HomeView.h"
#include "gui/home/LeaderHome.h"
#include "gui/home/PlanDueModel.h"
#include "gui/home/SecretaryHome.h"
#include "gui/plan/PlanView.h"
#include "gui/sessions/SessionTableModel.h"
#include "gui/sessions/SessionsView.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// The secretary's areas in the main window, and a held session leading to its sheet.
class TestSecretaryAreas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void areasAndAttendanceFromASession()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 session = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        for (const char* area : {"plan", "sessions", "attendance", "registers"})
            QVERIFY2(window.areas().contains(QString::fromLatin1(area)), area);
        QVERIFY(window.showArea(QStringLiteral("sessions")));
        auto* sessions = window.findChild<SessionsView*>();
        QVERIFY(sessions);
        sessions->groupYear()->setYear(2026);
        QVERIFY(sessions->selectSession(session));
        QCOMPARE(sessions->model()->rowCount(), 1);
        // 考勤 opens the sheet of the selected held session in 考勤与补学.
        for (QAction* a : sessions->editActions()) {
            if (a && a->text() == QStringLiteral("考勤(&A)"))
                a->trigger();
        }
        QCOMPARE(window.currentArea(), QStringLiteral("attendance"));
        auto* attendance = window.findChild<AttendanceView*>();
        QCOMPARE(attendance->sheet()->sessionId(), session);
    }

    // The window reads the home's lists once as it opens (for the working scope and year, not
    // first for none), not again when it shows; a change of year reads them again.
    void theHomeReadsItsListsOnceAsTheWindowOpens()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        heldSession(*ledger, "G-C01", Date(2026, 6, 10));
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        auto* home = window.findChild<HomeView*>();
        QVERIFY(home && home->secretaryHome());
        SecretaryHome* secretary = home->secretaryHome();
        QCOMPARE(secretary->loads(), 1);
        QCOMPARE(secretary->unrecordedModel()->rowCount(), 1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(secretary->loads(), 1);
        window.workingScope()->setYear(2025);
        QCOMPARE(secretary->loads(), 2);
        QCOMPARE(secretary->makeupSection()->titleText().contains(QStringLiteral("2025")), true);
    }

    // 首页 is where the window opens; its entries open in their areas.
    void theHomeOpensEntriesInTheirAreas()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 session = heldSession(*ledger, "G-C01", Date(2026, 6, 10));
        PlanService plans(*ledger);
        auto plan = plans.savePlan(groupId(*ledger, "G-B01"), 2026, Date(2026, 1, 5));
        QVERIFY(plan.ok());
        PlanItem item;
        item.planId = *plan;
        item.month = 6;
        item.topic = QStringLiteral("六月专题");
        QVERIFY(plans.saveItem(item).ok());
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        QCOMPARE(window.currentArea(), QStringLiteral("home"));
        auto* home = window.findChild<HomeView*>();
        QVERIFY(home && home->secretaryHome());
        SecretaryHome* secretary = home->secretaryHome();

        // The held session without attendance opens its sheet.
        QCOMPARE(secretary->unrecordedModel()->rowCount(), 1);
        emit secretary->unrecordedSection()->table()->activated(
            secretary->unrecordedModel()->index(0, 0));
        QCOMPARE(window.currentArea(), QStringLiteral("attendance"));
        QCOMPARE(window.findChild<AttendanceView*>()->sheet()->sessionId(), session);

        // The plan item of the month opens the group's plan of the year.
        QVERIFY(window.showArea(QStringLiteral("home")));
        QCOMPARE(secretary->planModel()->rowCount(), 1);
        emit secretary->planSection()->table()->activated(secretary->planModel()->index(0, 0));
        QCOMPARE(window.currentArea(), QStringLiteral("plan"));
        auto* planView = window.findChild<PlanView*>();
        QCOMPARE(planView->groupYear()->groupId(), groupId(*ledger, "G-B01"));
        QCOMPARE(planView->groupYear()->year(), 2026);

        // The leader's home links to the dashboard.
        QVERIFY(window.showArea(QStringLiteral("home")));
        QVERIFY(home->showRole(HomeView::Role::Leader));
        QTest::mouseClick(
            home->leaderHome()->findChild<QPushButton*>(QStringLiteral("openDashboardPushButton")),
            Qt::LeftButton);
        QCOMPARE(window.currentArea(), QStringLiteral("dashboard"));
    }
};

QTEST_MAIN(TestSecretaryAreas)
#include "TestSecretaryAreas.moc"
