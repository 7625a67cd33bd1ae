#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "services/ProgressService.h"

#include <QTest>

using namespace sl;

class TestProgressService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;
    qint64 m_cadre = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        m_cadre = fx.member(QStringLiteral("M100"), QStringLiteral("周处长"), m_w.org,
                            CadreLevel::County);
        const qint64 central = fx.group(QStringLiteral("GC"), QStringLiteral("中心组"), m_w.org);
        fx.seat(central, m_w.a);
        // A also attends another group: "my year" counts it.
        const qint64 extra =
            fx.session(QStringLiteral("X1"), central, FigureFixture::day(2026, 11, 20), 120,
                       QStringLiteral("中心组集体学习"));
        fx.attend(extra, m_w.a, AttendanceStatus::Excused);
        fx.selfStudy(m_cadre, FigureFixture::day(2026, 1, 2), 60, QStringLiteral("材料"),
                     QStringLiteral("一二三"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void memberYearAgainstProratedTargets()
    {
        const Date asOf = FigureFixture::day(2026, 3, 31); // 90 of 365 days
        auto p = ProgressService(*m_ledger).memberYear(m_w.a, 2026, asOf);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().text()));
        QCOMPARE(p->member.name, QStringLiteral("王小明"));
        QCOMPARE(p->asOf, asOf);
        QCOMPARE(p->period, Period::year(2026));
        QCOMPARE(p->figures.expected, 11);
        QCOMPARE(p->figures.excused, 2);

        QCOMPARE(p->hours.actual, 30.0);
        QCOMPARE(p->hours.target, 32.0);
        QCOMPARE(p->hours.due, 32.0 * 90 / 365);
        QCOMPARE(p->hours.percentOfTarget(), 93.75);
        QVERIFY(p->hours.onTrack());
        QCOMPARE(p->notes.actual, 4500.0);
        QCOMPARE(p->notes.target, 6000.0);
        QCOMPARE(p->notes.due, 6000.0 * 90 / 365);
        QCOMPARE(p->speeches.actual, 1.0);
        QCOMPARE(p->speeches.target, 2.0);
        QCOMPARE(p->writings.actual, 1.0);
        QCOMPARE(p->writings.target, 2.0);
        QCOMPARE(p->writings.percentOfTarget(), 50.0);

        // Owed: the 缺席 of October and the 请假 of the 中心组 in November (not made up); the
        // 请假 of September was made up.
        QCOMPARE(p->makeupOwed.size(), size_t(2));
        QCOMPARE(p->makeupOwed[0].date, FigureFixture::day(2026, 10, 10));
        QCOMPARE(p->makeupOwed[0].topic, QStringLiteral("学习门户网站日常工作规范"));
        QCOMPARE(p->makeupOwed[0].groupName, QStringLiteral("机关第一支部学习组"));
        QCOMPARE(p->makeupOwed[0].status, AttendanceStatus::Absent);
        QCOMPARE(p->makeupOwed[1].status, AttendanceStatus::Excused);
        QCOMPARE(p->makeupOwed[1].groupName, QStringLiteral("中心组"));
    }

    void yearEndAndYearNotBegun()
    {
        ProgressService service(*m_ledger);
        auto end = service.memberYear(m_w.a, 2026, FigureFixture::day(2027, 2, 1));
        QCOMPARE(end->hours.due, 32.0);
        QVERIFY(!end->hours.onTrack());
        auto before = service.memberYear(m_w.a, 2026, FigureFixture::day(2025, 12, 1));
        QCOMPARE(before->hours.due, 0.0);
        QCOMPARE(before->hours.percentOfDue(), 100.0);
    }

    void cadreTargets()
    {
        auto p =
            ProgressService(*m_ledger).memberYear(m_cadre, 2026, FigureFixture::day(2026, 12, 31));
        QVERIFY(p.ok());
        QCOMPARE(p->hours.target, 56.0);
        QCOMPARE(p->hours.actual, 1.0);
        QCOMPARE(p->notes.target, 10000.0);
        QCOMPARE(p->notes.actual, 3.0);
        QVERIFY(p->makeupOwed.empty());
        QCOMPARE(p->figures.expected, 0);
    }

    void errorsAndPermissions()
    {
        ProgressService service(*m_ledger);
        QCOMPARE(service.memberYear(424242, 2026).error().code, ErrorCode::NotFound);
        QCOMPARE(service.memberYear(m_w.a, 3000).error().field, QStringLiteral("year"));
        m_ledger->setActor(Actor{5, AccountRole::Member, 0, m_w.b});
        QCOMPARE(service.memberYear(m_w.a, 2026).error().code, ErrorCode::Permission);
        QVERIFY(service.memberYear(m_w.b, 2026).ok());
        m_ledger->setActor(Actor{});
    }
};

QTEST_GUILESS_MAIN(TestProgressService)
#include "TestProgressService.moc"
