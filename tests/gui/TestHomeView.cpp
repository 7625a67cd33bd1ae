#include "support/RecordsFixture.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/attendance/MakeupOwedModel.h"
#include "gui/common/MemberContext.h"
#include "gui/common/RecordTableView.h"
#include "gui/home/HomeSection.h"
#include "gui/home/HomeSessionModel.h"
#include "gui/home/HomeView.h"
#include "gui/home/LeaderHome.h"
#include "gui/home/MemberHome.h"
#include "gui/home/PlanDueModel.h"
#include "gui/home/SecretaryHome.h"
#include "gui/myyear/ProgressMeter.h"

#include "services/AttendanceService.h"
#include "services/Clock.h"
#include "services/PlanService.h"
#include "services/RosterService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sl;
using namespace session_fixture;

class TestHomeView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_next = 0;       // planned, 2026-06-20, G-B01
    qint64 m_unrecorded = 0; // held, 2026-06-01, G-B01, no attendance
    qint64 m_recorded = 0;   // held, 2026-05-10, G-C01: M003 absent
    qint64 m_item = 0;       // plan item of June, G-B01

    Ledger& ledger() { return **m_ledger; }

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2026, 6, 10));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(buildRoster(ledger()));
        m_next = heldSession(ledger(), "G-B01", Date(2026, 6, 20), SessionStatus::Planned);
        // Planned, but its day has passed: not among the next sessions.
        QVERIFY(heldSession(ledger(), "G-B01", Date(2026, 6, 5), SessionStatus::Planned));
        m_unrecorded = heldSession(ledger(), "G-B01", Date(2026, 6, 1));
        m_recorded = heldSession(ledger(), "G-C01", Date(2026, 5, 10));
        QVERIFY(m_next && m_unrecorded && m_recorded);
        Attendance present;
        present.memberId = memberId(ledger(), "M001");
        Attendance absent;
        absent.memberId = memberId(ledger(), "M003");
        absent.status = AttendanceStatus::Absent;
        QVERIFY(AttendanceService(ledger()).save(m_recorded, {present, absent}).ok());

        PlanService plans(ledger());
        auto plan = plans.savePlan(groupId(ledger(), "G-B01"), 2026, Date(2026, 1, 5));
        QVERIFY(plan.ok());
        for (auto [month, topic] : {std::pair{6, "六月专题：学习党章"}, std::pair{7, "七月专题"}}) {
            PlanItem item;
            item.planId = *plan;
            item.month = month;
            item.topic = QString::fromUtf8(topic);
            auto id = plans.saveItem(item);
            QVERIFY2(id.ok(), qPrintable(records_fixture::why(id)));
            if (month == 6)
                m_item = *id;
        }
    }

    void cleanupTestCase() { Clock::setToday(Date()); }

    void theSecretaryHomeListsWhatNeedsDoing()
    {
        SecretaryHome home(ledger());
        QAbstractItemModelTester t1(home.nextModel());
        QAbstractItemModelTester t2(home.unrecordedModel());
        QAbstractItemModelTester t3(home.makeupModel());
        QAbstractItemModelTester t4(home.planModel());

        QCOMPARE(home.nextModel()->rowCount(), 1);
        QCOMPARE(home.nextModel()->row(0)->session.id, m_next);
        QCOMPARE(home.nextModel()->index(0, HomeSessionModel::Date).data().toString(),
                 QStringLiteral("2026-06-20"));
        QCOMPARE(home.nextSection()->titleText(), QStringLiteral("Next sessions (1)"));
        QVERIFY(!home.nextSection()->isEmptyShown());

        QCOMPARE(home.unrecordedModel()->rowCount(), 1);
        QCOMPARE(home.unrecordedModel()->row(0)->session.id, m_unrecorded);

        QCOMPARE(home.makeupModel()->rowCount(), 1);
        QCOMPARE(home.makeupModel()->row(0)->memberName, QStringLiteral("王五"));
        QCOMPARE(home.makeupSection()->titleText(),
                 QStringLiteral("Make-up study owed in 2026 (1)"));

        QCOMPARE(home.planModel()->rowCount(), 1);
        QCOMPARE(home.planModel()->row(0)->progress.item.id, m_item);
        QCOMPARE(home.planModel()->index(0, PlanDueModel::State).data().toString(),
                 QStringLiteral("to do"));
        QVERIFY(home.planSection()->titleText().startsWith(QStringLiteral("Plan items due in ")));

        // Double-click opens each entry where it is edited.
        QSignalSpy session(&home, &SecretaryHome::sessionRequested);
        QSignalSpy attendance(&home, &SecretaryHome::attendanceRequested);
        QSignalSpy plan(&home, &SecretaryHome::planRequested);
        emit home.nextSection()->table()->activated(home.nextModel()->index(0, 0));
        emit home.unrecordedSection()->table()->activated(home.unrecordedModel()->index(0, 0));
        emit home.planSection()->table()->activated(home.planModel()->index(0, 0));
        QCOMPARE(session.count(), 1);
        QCOMPARE(session.at(0).at(0).toLongLong(), m_next);
        QCOMPARE(attendance.at(0).at(0).toLongLong(), m_unrecorded);
        QCOMPARE(plan.at(0).at(0).toLongLong(), groupId(ledger(), "G-B01"));
        QCOMPARE(plan.at(0).at(1).toInt(), 2026);
    }

    void theSecretaryHomeFollowsTheLedger()
    {
        SecretaryHome home(ledger());
        QCOMPARE(home.unrecordedModel()->rowCount(), 1);
        Attendance present;
        present.memberId = memberId(ledger(), "M001");
        QVERIFY(AttendanceService(ledger()).save(m_unrecorded, {present}).ok());
        QCOMPARE(home.unrecordedModel()->rowCount(), 0);
        QVERIFY(home.unrecordedSection()->isEmptyShown());
        QVERIFY(
            home.unrecordedSection()->emptyText().contains(QStringLiteral("Nothing to record")));
        QVERIFY(AttendanceService(ledger()).remove(m_unrecorded, present.memberId).ok());
        QCOMPARE(home.unrecordedModel()->rowCount(), 1);
    }

    void theMemberHomeShowsTheMembersOwn()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        MemberHome home(ledger(), roster, context);
        QAbstractItemModelTester t1(home.makeupModel());
        QAbstractItemModelTester t2(home.nextModel());

        // 王五 sits in the central group only: no next session, one make-up owed.
        QVERIFY(context.setMemberId(memberId(ledger(), "M003")));
        QVERIFY(home.messageText().isEmpty());
        QVERIFY(home.headlineText().startsWith(QStringLiteral("王五")));
        QCOMPARE(home.makeupModel()->rowCount(), 1);
        QCOMPARE(home.nextModel()->rowCount(), 0);
        QVERIFY(home.nextSection()->isEmptyShown());
        QVERIFY(home.nextSection()->emptyText().contains(QStringLiteral("log your self-study")));
        QCOMPARE(home.meter(MemberHome::Hours)->target(), 32.0);
        QVERIFY(home.figuresText(MemberHome::Hours).endsWith(QStringLiteral(" / 32 hours")));

        // 张三 sits in the branch group too: its next session; he owes nothing.
        QVERIFY(context.setMemberId(memberId(ledger(), "M001")));
        QCOMPARE(home.nextModel()->rowCount(), 1);
        QCOMPARE(home.nextModel()->row(0)->session.id, m_next);
        QCOMPARE(home.makeupModel()->rowCount(), 0);
        QVERIFY(home.makeupSection()->emptyText().contains(QStringLiteral("Nothing to make up")));
        // 1.5 hours at the session of 10 May.
        QCOMPARE(home.meter(MemberHome::Hours)->actual(), 1.5);
    }

    void aMemberAccountSeesItsOwnHomeOnly()
    {
        const qint64 own = memberId(ledger(), "M003");
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, own));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        HomeView view(ledger(), roster, context);
        ledger().setActor(Actor());
        QCOMPARE(view.role(), HomeView::Role::Member);
        QVERIFY(!view.roleCombo());
        QVERIFY(!view.secretaryHome());
        QVERIFY(!view.leaderHome());
        QVERIFY(!view.showRole(HomeView::Role::Secretary));
        QVERIFY(view.memberHome());
        QCOMPARE(view.memberHome()->makeupModel()->rowCount(), 1);
    }

    void singleUserModeSwitchesBetweenTheHomes()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        HomeView view(ledger(), roster, context);
        QCOMPARE(view.role(), HomeView::Role::Secretary);
        QVERIFY(view.secretaryHome() && view.memberHome() && view.leaderHome());
        QVERIFY(view.roleCombo());
        QCOMPARE(view.roleCombo()->count(), 3);
        view.roleCombo()->setCurrentIndex(1);
        QCOMPARE(view.role(), HomeView::Role::Member);
        QVERIFY(view.showRole(HomeView::Role::Leader));
        QCOMPARE(view.roleCombo()->currentIndex(), 2);

        QSignalSpy area(&view, &HomeView::areaRequested);
        LeaderHome* leader = view.leaderHome();
        QTest::mouseClick(
            leader->findChild<QPushButton*>(QStringLiteral("openDashboardPushButton")),
            Qt::LeftButton);
        QCOMPARE(area.count(), 1);
        QCOMPARE(area.at(0).at(0).toString(), QStringLiteral("dashboard"));
    }

    void theLeaderHomeSummarisesTheOrganisation()
    {
        RosterService roster(ledger());
        LeaderHome home(ledger(), roster);
        QVERIFY(!home.isComputing()); // not before it is shown
        home.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!home.isComputing(), 20000);
        QVERIFY2(home.statusText().contains(QStringLiteral("year 2026")),
                 qPrintable(home.statusText()));
        QCOMPARE(home.figureText(QStringLiteral("members")), QStringLiteral("4"));
        // Held in 2026: 1 May and 1 June.
        QCOMPARE(home.figureText(QStringLiteral("sessions")), QStringLiteral("2"));
        // 张三 present, 王五 absent: 1 of 2.
        QCOMPARE(home.figureText(QStringLiteral("participation")), QStringLiteral("50.0%"));
        QCOMPARE(home.figureText(QStringLiteral("hours")), QStringLiteral("0.0%"));
    }

    void everyListSaysWhatToDoWhenEmpty()
    {
        TempLedger empty;
        RosterService roster(*empty);
        SecretaryHome home(*empty);
        for (HomeSection* section : {home.nextSection(), home.unrecordedSection(),
                                     home.makeupSection(), home.planSection()}) {
            QVERIFY2(section->isEmptyShown(), qPrintable(section->objectName()));
            QVERIFY2(!section->emptyText().isEmpty(), qPrintable(section->objectName()));
        }
        QVERIFY(home.nextSection()->emptyText().contains(QStringLiteral("Sessions")));
        QVERIFY(home.planSection()->emptyText().contains(QStringLiteral("Study plan")));
        QCOMPARE(home.nextSection()->titleText(), QStringLiteral("Next sessions (0)"));

        MemberContext context(*empty, false);
        MemberHome member(*empty, roster, context);
        QVERIFY(member.messageText().contains(QStringLiteral("Choose a member")));

        LeaderHome leader(*empty, roster);
        leader.reload();
        QVERIFY(leader.statusText().contains(QStringLiteral("no organisation yet")));
    }

    // Last: it carries out the item of June.
    void aPlanItemCarriedOutComesAfterTheOpenOnes()
    {
        PlanItem second;
        second.planId = PlanService(ledger()).plan(groupId(ledger(), "G-B01"), 2026)->value().id;
        second.month = 6;
        second.topic = QStringLiteral("六月第二专题");
        auto secondId = PlanService(ledger()).saveItem(second);
        QVERIFY(secondId.ok());
        SecretaryHome home(ledger());
        QAbstractItemModelTester tester(home.planModel());
        QCOMPARE(home.planModel()->rowCount(), 2);

        StudySession held = SessionService(ledger()).session(m_unrecorded)->value();
        held.planItemId = m_item;
        QVERIFY(SessionService(ledger()).save(held).ok());
        QCOMPARE(home.planModel()->rowCount(), 2); // followed the ledger
        QCOMPARE(home.planModel()->row(0)->progress.item.id, *secondId);
        QCOMPARE(home.planModel()->row(1)->progress.item.id, m_item);
        QCOMPARE(home.planModel()->index(1, PlanDueModel::State).data().toString(),
                 QStringLiteral("carried out 2026-06-01"));
    }
};

QTEST_MAIN(TestHomeView)
#include "TestHomeView.moc"
