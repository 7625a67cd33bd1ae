#include "domain/Progress.h"

#include <QTest>

using namespace sl;

namespace {

Date day(int y, int m, int d)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void elapsedDaysOfAYear()
    {
        const Period y = Period::year(2026);
        QCOMPARE(Progress::elapsedDays(y, day(2025, 12, 31)), 0);
        QCOMPARE(Progress::elapsedDays(y, day(2026, 1, 1)), 1);
        QCOMPARE(Progress::elapsedDays(y, day(2026, 3, 31)), 90);
        QCOMPARE(Progress::elapsedDays(y, day(2026, 12, 31)), 365);
        QCOMPARE(Progress::elapsedDays(y, day(2027, 6, 1)), 365);
        QCOMPARE(Progress::elapsedDays(y, Date()), 0);
    }

    void dueIsProratedOverTheDaysSoFar()
    {
        const Period y = Period::year(2026);
        // End of March: 90 of 365 days.
        QCOMPARE(Progress::dueBy(32, y, day(2026, 3, 31)), 32.0 * 90 / 365);
        QCOMPARE(Progress::dueBy(32, y, day(2026, 12, 31)), 32.0);
        QCOMPARE(Progress::dueBy(32, y, day(2025, 6, 1)), 0.0);
        // A leap year has 366 days.
        QCOMPARE(Progress::dueBy(56, Period::year(2028), day(2028, 2, 29)), 56.0 * 60 / 366);
        // A quarter: the year's target over the days of the quarter elapsed.
        const Period q2 = Period::quarter(2026, 2);
        QCOMPARE(Progress::dueBy(32, q2, day(2026, 4, 10)), 32.0 * 10 / 365);
        QCOMPARE(Progress::dueBy(32, q2, day(2026, 3, 10)), 0.0);
    }

    void itemPercentages()
    {
        const ProgressItem item = Progress::item(8, 32, Period::year(2026), day(2026, 3, 31));
        QCOMPARE(item.actual, 8.0);
        QCOMPARE(item.target, 32.0);
        QCOMPARE(item.percentOfTarget(), 25.0);
        QCOMPARE(item.percentOfDue(), 100.0 * 8 / (32.0 * 90 / 365));
        QVERIFY(item.onTrack());

        const ProgressItem behind = Progress::item(2, 2, Period::year(2026), day(2026, 12, 31));
        QCOMPARE(behind.percentOfDue(), 100.0);
        QVERIFY(behind.onTrack());
        const ProgressItem none = Progress::item(1, 2, Period::year(2026), day(2026, 12, 31));
        QVERIFY(!none.onTrack());
        QCOMPARE(none.percentOfTarget(), 50.0);

        const ProgressItem early = Progress::item(0, 32, Period::year(2026), day(2025, 12, 1));
        QCOMPARE(early.due, 0.0);
        QCOMPARE(early.percentOfDue(), 100.0);
        QCOMPARE(early.percentOfTarget(), 0.0);
    }

    void quarterTargetIsProrated()
    {
        const ProgressItem q = Progress::item(3, 32, Period::quarter(2026, 1), day(2026, 12, 1));
        QCOMPARE(q.target, 32.0 * 90 / 365);
        QCOMPARE(q.due, q.target);
    }
};

QTEST_APPLESS_MAIN(TestProgress)
#include "TestProgress.moc"
