#include "support/ErrorFields.h"

#include "domain/SessionRules.h"

#include <QTest>

using namespace sl;

class TestSessionRules : public QObject
{
    Q_OBJECT

    static StudySession validSession()
    {
        StudySession s;
        s.extId = QStringLiteral("C2601");
        s.groupId = 1;
        s.date = Date(2026, 1, 13);
        s.minutes = 90;
        s.topic = QStringLiteral("学习党的二十大精神");
        return s;
    }

private slots:
    void validSessionPasses() { QVERIFY(rules::checkSession(validSession()).empty()); }

    void durationOutsideOneToFourteenFortyIsRefused_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("1440") << 1440 << true;
        QTest::newRow("1441") << 1441 << false;
        QTest::newRow("-30") << -30 << false;
    }

    void durationOutsideOneToFourteenFortyIsRefused()
    {
        QFETCH(int, minutes);
        QFETCH(bool, ok);
        StudySession s = validSession();
        s.minutes = minutes;
        const auto errors = rules::checkSession(s);
        QCOMPARE(errors.empty(), ok);
        if (!ok)
            QCOMPARE(fields(errors), QStringList{QStringLiteral("minutes")});
    }

    void sessionNeedsDateAndTopic()
    {
        StudySession s = validSession();
        s.date = Date();
        s.topic = QStringLiteral("  ");
        QCOMPARE(fields(rules::checkSession(s)),
                 (QStringList{QStringLiteral("date"), QStringLiteral("topic")}));
    }

    void speakerIsMemberOrExpertNotBoth()
    {
        StudySession s = validSession();
        s.speakerMemberId = 3;
        s.speakerExpertId = 4;
        QCOMPARE(fields(rules::checkSession(s)), QStringList{QStringLiteral("speaker")});
    }

    void excusedNeedsReason()
    {
        Attendance a;
        a.status = AttendanceStatus::Excused;
        QCOMPARE(fields(rules::checkAttendance(a, Date(2026, 3, 10))),
                 QStringList{QStringLiteral("reason")});
        a.reason = QStringLiteral("公务出差");
        QVERIFY(rules::checkAttendance(a, Date(2026, 3, 10)).empty());
    }

    void makeupDateOnlyOnExcusedOrAbsent_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::newRow("出席") << int(AttendanceStatus::Present) << false;
        QTest::newRow("迟到") << int(AttendanceStatus::Late) << false;
        QTest::newRow("早退") << int(AttendanceStatus::EarlyLeave) << false;
        QTest::newRow("列席") << int(AttendanceStatus::Observer) << false;
        QTest::newRow("请假") << int(AttendanceStatus::Excused) << true;
        QTest::newRow("缺席") << int(AttendanceStatus::Absent) << true;
    }

    void makeupDateOnlyOnExcusedOrAbsent()
    {
        QFETCH(int, status);
        QFETCH(bool, ok);
        Attendance a;
        a.status = AttendanceStatus(status);
        a.reason = QStringLiteral("事由");
        a.makeupDate = Date(2026, 3, 20);
        const auto errors = rules::checkAttendance(a, Date(2026, 3, 10));
        QCOMPARE(errors.empty(), ok);
        if (!ok)
            QCOMPARE(fields(errors), QStringList{QStringLiteral("makeup_date")});
    }

    void makeupDateNotBeforeSession()
    {
        Attendance a;
        a.status = AttendanceStatus::Absent;
        a.makeupDate = Date(2026, 3, 9);
        const auto errors = rules::checkAttendance(a, Date(2026, 3, 10));
        QCOMPARE(fields(errors), QStringList{QStringLiteral("makeup_date")});
        QVERIFY(errors.front().message.contains(QStringLiteral("2026-03-10")));
        a.makeupDate = Date(2026, 3, 10); // the same day is allowed
        QVERIFY(rules::checkAttendance(a, Date(2026, 3, 10)).empty());
    }

    void planItemNeedsNumberMonthTopic()
    {
        PlanItem item;
        item.itemNo = 0;
        item.month = 13;
        QCOMPARE(fields(rules::checkPlanItem(item)),
                 (QStringList{QStringLiteral("item_no"), QStringLiteral("month"),
                              QStringLiteral("topic")}));
        QCOMPARE(fields(rules::checkPlanYear(1800)), QStringList{QStringLiteral("year")});
    }

    void modelUnitTransitions()
    {
        using S = ModelStatus;
        QVERIFY(!rules::checkModelTransition(S::Applied, S::Recognised));
        QVERIFY(!rules::checkModelTransition(S::Applied, S::Revoked));
        QVERIFY(!rules::checkModelTransition(S::Recognised, S::Revoked));
        QVERIFY(rules::checkModelTransition(S::Recognised, S::Applied));
        QVERIFY(rules::checkModelTransition(S::Revoked, S::Recognised));
        QVERIFY(rules::checkModelTransition(S::Revoked, S::Applied));
        QVERIFY(rules::checkModelTransition(S::Applied, S::Applied));
        QCOMPARE(rules::checkModelTransition(S::Revoked, S::Applied)->field,
                 QStringLiteral("status"));
    }
};

QTEST_GUILESS_MAIN(TestSessionRules)
#include "TestSessionRules.moc"
