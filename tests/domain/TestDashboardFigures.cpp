#include "domain/DashboardFigures.h"

#include <QTest>

using namespace sl;

class TestDashboardFigures : public QObject
{
    Q_OBJECT

    static DashboardMember member(double hours, double target, std::optional<Grade> grade = {})
    {
        DashboardMember m;
        m.hours = hours;
        m.hoursTarget = target;
        m.grade = grade;
        return m;
    }

private slots:
    void ratesAreZeroWithoutAWhole()
    {
        QCOMPARE(dashboard::rate(3, 4), 0.75);
        QCOMPARE(dashboard::rate(0, 0), 0.0);
        QCOMPARE(dashboard::rate(5, 0), 0.0);
        MonthFigures m;
        m.expected = 8;
        m.attended = 6;
        QCOMPARE(m.participationRate(), 0.75);
    }

    void bandsAreSharesOfTheTarget()
    {
        QCOMPARE(dashboard::band(0, 32), HoursBand::Below25);
        QCOMPARE(dashboard::band(7.99, 32), HoursBand::Below25);
        QCOMPARE(dashboard::band(8, 32), HoursBand::Below50); // exactly 25 %
        QCOMPARE(dashboard::band(15.9, 32), HoursBand::Below50);
        QCOMPARE(dashboard::band(16, 32), HoursBand::Below75);
        QCOMPARE(dashboard::band(24, 32), HoursBand::Below100);
        QCOMPARE(dashboard::band(31.9, 32), HoursBand::Below100);
        QCOMPARE(dashboard::band(32, 32), HoursBand::AtLeast100);
        QCOMPARE(dashboard::band(40, 32), HoursBand::AtLeast100);
        QCOMPARE(dashboard::band(0, 0), HoursBand::AtLeast100);
    }

    void histogramAndGradesCountMembers()
    {
        // A quarter of 2025 (90 days): 32 × 90 / 365 = 7.89 hours are the target.
        const double target = prorate(32, Period::quarter(2025, 1));
        QVERIFY(qAbs(target - 7.890411) < 1e-5);
        const std::vector<DashboardMember> members{
            member(1, target, Grade::Excellent), member(2, target, Grade::Pass),
            member(4, target, Grade::Pass),      member(7.9, target),
            member(8, target, Grade::Fail),      member(0, target, Grade::Pass)};
        const HoursHistogram h = dashboard::histogram(members);
        QCOMPARE(h[size_t(HoursBand::Below25)], 2);    // 1 and 0 hours
        QCOMPARE(h[size_t(HoursBand::Below50)], 1);    // 2 hours (25.3 %)
        QCOMPARE(h[size_t(HoursBand::Below75)], 1);    // 4 hours (50.7 %)
        QCOMPARE(h[size_t(HoursBand::Below100)], 0);   // 7.9 ≥ 7.89: met
        QCOMPARE(h[size_t(HoursBand::AtLeast100)], 2); // 7.9 and 8 hours
        const GradeCounts g = dashboard::gradeCounts(members);
        QCOMPARE(g, (GradeCounts{1, 3, 0, 1}));
    }

    void monthsOfAPeriod()
    {
        QCOMPARE(dashboard::monthsOf(Period::quarter(2025, 2)),
                 (std::vector<std::pair<int, int>>{{2025, 4}, {2025, 5}, {2025, 6}}));
        QCOMPARE(dashboard::monthsOf(Period::year(2025)).size(), size_t(12));
        QCOMPARE(dashboard::monthsOf(Period::month(2025, 12)).front(), std::make_pair(2025, 12));
        Period across{Date(2025, 11, 20), Date(2026, 2, 1)};
        QCOMPARE(dashboard::monthsOf(across),
                 (std::vector<std::pair<int, int>>{{2025, 11}, {2025, 12}, {2026, 1}, {2026, 2}}));
        QVERIFY(dashboard::monthsOf(Period{}).empty());
        const auto months = dashboard::emptyMonths(Period::half(2025, 2));
        QCOMPARE(months.size(), size_t(6));
        QCOMPARE(months.front().month, 7);
        QCOMPARE(months.back().sessionsHeld, 0);
    }

    void subOrganisationFiguresAndLagging()
    {
        SubOrgFigures o;
        o.expected = 10;
        o.attended = 8;
        o.members = 5;
        o.totalMinutes = 5 * 60 * 10; // 10 hours each
        o.meetingTarget = 3;
        QCOMPARE(o.participationRate(), 0.8);
        QCOMPARE(o.hoursPerMember(), 10.0);
        QCOMPARE(o.shareMeetingTarget(), 0.6);
        QVERIFY(!o.isLagging()); // 80 % and 60 % are not below the thresholds
        o.attended = 7;
        QVERIFY(o.isLagging()); // 70 % participation
        o.attended = 8;
        o.meetingTarget = 2;
        QVERIFY(o.isLagging()); // 40 % meet the hours target

        SubOrgFigures empty;
        QVERIFY(!empty.isLagging()); // nothing due, nobody to count
        QCOMPARE(empty.hoursPerMember(), 0.0);
        empty.planItems = 2;
        QVERIFY(empty.isLagging()); // plan items due, nothing recorded
    }

    void dashboardTotals()
    {
        Dashboard d;
        d.months = dashboard::emptyMonths(Period::quarter(2025, 1));
        d.months[0].sessionsHeld = 2;
        d.months[2].sessionsHeld = 1;
        d.months[1].planItems = 4;
        d.months[0].expected = 9;
        d.months[0].attended = 7;
        d.grades = {1, 2, 3, 4};
        QCOMPARE(d.sessionsHeld(), 3);
        QCOMPARE(d.planItems(), 4);
        QCOMPARE(d.expected(), 9);
        QCOMPARE(d.attended(), 7);
        QCOMPARE(d.assessed(), 10);
    }
};

QTEST_APPLESS_MAIN(TestDashboardFigures)
#include "TestDashboardFigures.moc"
