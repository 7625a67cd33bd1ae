#include "domain/WorkingDays.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sl::Date;
using sl::WorkingCalendar;

namespace {

Date iso(const char* text)
{
    return sl::dates::fromIso(QString::fromLatin1(text)).value();
}

// National Day 2026 as a test calendar: Oct 1–7 off (Thu to Wed), Sunday Sep 27 and
// Saturday Oct 10 worked.
WorkingCalendar nationalDay()
{
    WorkingCalendar calendar;
    for (int day = 1; day <= 7; ++day)
        calendar.addHoliday(Date(2026, 10, static_cast<unsigned short>(day)));
    calendar.addExtraWorkingDay(iso("2026-09-27"));
    calendar.addExtraWorkingDay(iso("2026-10-10"));
    return calendar;
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void plainWeek()
    {
        // 2026-03-02 is a Monday.
        QVERIFY(sl::isWorkingDay(iso("2026-03-02")));
        QVERIFY(sl::isWorkingDay(iso("2026-03-03")));
        QVERIFY(sl::isWorkingDay(iso("2026-03-04")));
        QVERIFY(sl::isWorkingDay(iso("2026-03-05")));
        QVERIFY(sl::isWorkingDay(iso("2026-03-06")));
        QVERIFY(!sl::isWorkingDay(iso("2026-03-07")));
        QVERIFY(!sl::isWorkingDay(iso("2026-03-08")));
        QVERIFY(!sl::isWorkingDay(Date()));
        QVERIFY(sl::isWorkingDay(iso("2024-02-29"))); // a Thursday
    }

    void calendarExceptions()
    {
        const WorkingCalendar calendar = nationalDay();
        QVERIFY(!sl::isWorkingDay(iso("2026-10-01"), calendar)); // Thursday, holiday
        QVERIFY(!sl::isWorkingDay(iso("2026-10-07"), calendar)); // Wednesday, holiday
        QVERIFY(sl::isWorkingDay(iso("2026-10-08"), calendar));
        QVERIFY(sl::isWorkingDay(iso("2026-09-27"), calendar));  // Sunday, worked
        QVERIFY(sl::isWorkingDay(iso("2026-10-10"), calendar));  // Saturday, worked
        QVERIFY(!sl::isWorkingDay(iso("2026-10-11"), calendar)); // Sunday
        QVERIFY(sl::isWorkingDay(iso("2026-10-01")));            // no calendar
        QVERIFY(!sl::isWorkingDay(iso("2026-10-10")));

        // A date in both sets is a holiday.
        const WorkingCalendar both({iso("2026-03-07"), iso("2026-03-09")},
                                   {iso("2026-03-07"), iso("2026-03-08")});
        QVERIFY(!sl::isWorkingDay(iso("2026-03-07"), both));
        QVERIFY(sl::isWorkingDay(iso("2026-03-08"), both));
        QVERIFY(!sl::isWorkingDay(iso("2026-03-09"), both));
        QCOMPARE(both.holidays().size(), size_t(2));
        QCOMPARE(both.extraWorkingDays().size(), size_t(2));
    }

    void nextAndPrevious_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("withCalendar");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("previous");
        QTest::newRow("Monday") << u"2026-03-09"_s << false << u"2026-03-10"_s << u"2026-03-06"_s;
        QTest::newRow("Wednesday")
            << u"2026-03-04"_s << false << u"2026-03-05"_s << u"2026-03-03"_s;
        QTest::newRow("Friday") << u"2026-03-06"_s << false << u"2026-03-09"_s << u"2026-03-05"_s;
        QTest::newRow("Saturday") << u"2026-03-07"_s << false << u"2026-03-09"_s << u"2026-03-06"_s;
        QTest::newRow("Sunday") << u"2026-03-08"_s << false << u"2026-03-09"_s << u"2026-03-06"_s;
        QTest::newRow("year end") << u"2026-12-31"_s << false << u"2027-01-01"_s << u"2026-12-30"_s;
        QTest::newRow("year start")
            << u"2027-01-04"_s << false << u"2027-01-05"_s << u"2027-01-01"_s;
        QTest::newRow("leap day") << u"2024-03-01"_s << false << u"2024-03-04"_s << u"2024-02-29"_s;
        QTest::newRow("before holidays")
            << u"2026-09-30"_s << true << u"2026-10-08"_s << u"2026-09-29"_s;
        QTest::newRow("in holidays")
            << u"2026-10-03"_s << true << u"2026-10-08"_s << u"2026-09-30"_s;
        QTest::newRow("after holidays")
            << u"2026-10-08"_s << true << u"2026-10-09"_s << u"2026-09-30"_s;
        QTest::newRow("worked Saturday")
            << u"2026-10-09"_s << true << u"2026-10-10"_s << u"2026-10-08"_s;
        QTest::newRow("worked Sunday")
            << u"2026-09-26"_s << true << u"2026-09-27"_s << u"2026-09-25"_s;
    }
    void nextAndPrevious()
    {
        QFETCH(QString, date);
        QFETCH(bool, withCalendar);
        QFETCH(QString, next);
        QFETCH(QString, previous);
        const WorkingCalendar calendar = withCalendar ? nationalDay() : WorkingCalendar();
        const Date d = sl::dates::fromIso(date).value();
        QCOMPARE(sl::dates::toIso(sl::nextWorkingDay(d, calendar)), next);
        QCOMPARE(sl::dates::toIso(sl::previousWorkingDay(d, calendar)), previous);
    }

    void noDate()
    {
        QVERIFY(sl::nextWorkingDay(Date()).is_special());
        QVERIFY(sl::previousWorkingDay(Date()).is_special());
        QCOMPARE(sl::workingDaysBetween(Date(), iso("2026-03-06")), 0);
    }

    void between_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("withCalendar");
        QTest::addColumn<int>("count");
        QTest::newRow("Mon–Fri") << u"2026-03-02"_s << u"2026-03-06"_s << false << 5;
        QTest::newRow("Mon–Sun") << u"2026-03-02"_s << u"2026-03-08"_s << false << 5;
        QTest::newRow("weekend") << u"2026-03-07"_s << u"2026-03-08"_s << false << 0;
        QTest::newRow("one weekday") << u"2026-03-04"_s << u"2026-03-04"_s << false << 1;
        QTest::newRow("one Saturday") << u"2026-03-07"_s << u"2026-03-07"_s << false << 0;
        QTest::newRow("Fri–Mon") << u"2026-03-06"_s << u"2026-03-09"_s << false << 2;
        QTest::newRow("reversed") << u"2026-03-06"_s << u"2026-03-02"_s << false << 0;
        QTest::newRow("Feb 2026") << u"2026-02-01"_s << u"2026-02-28"_s << false << 20;
        QTest::newRow("Feb 2024") << u"2024-02-01"_s << u"2024-02-29"_s << false << 21;
        QTest::newRow("year 2026") << u"2026-01-01"_s << u"2026-12-31"_s << false << 261;
        QTest::newRow("year 2024") << u"2024-01-01"_s << u"2024-12-31"_s << false << 262;
        QTest::newRow("Oct 2026") << u"2026-10-01"_s << u"2026-10-31"_s << false << 22;
        // Minus 5 weekday holidays (Oct 1, 2, 5, 6, 7), plus the worked Saturday Oct 10.
        QTest::newRow("Oct 2026 cal") << u"2026-10-01"_s << u"2026-10-31"_s << true << 18;
        // Plus the worked Sunday Sep 27.
        QTest::newRow("Sep–Oct cal") << u"2026-09-27"_s << u"2026-10-10"_s << true << 7;
    }
    void between()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, withCalendar);
        QFETCH(int, count);
        const WorkingCalendar calendar = withCalendar ? nationalDay() : WorkingCalendar();
        QCOMPARE(sl::workingDaysBetween(sl::dates::fromIso(from).value(),
                                        sl::dates::fromIso(to).value(), calendar),
                 count);
    }

    // workingDaysBetween counts whole weeks arithmetically; check it against a day-by-day
    // count for every start in five weeks and every length up to ten weeks.
    void betweenAgreesWithDayByDay()
    {
        WorkingCalendar calendar = nationalDay();
        calendar.addHoliday(iso("2026-10-11")); // a Sunday holiday changes nothing
        calendar.addHoliday(iso("2026-10-17")); // a Saturday both off and worked
        calendar.addExtraWorkingDay(iso("2026-10-17"));
        calendar.addExtraWorkingDay(iso("2026-10-14")); // a Wednesday "worked" changes nothing
        for (const WorkingCalendar& cal : {WorkingCalendar(), calendar}) {
            for (Date from = iso("2026-09-14"); from <= iso("2026-10-18");
                 from += boost::gregorian::days(1)) {
                int expected = 0;
                for (int length = 0; length < 70; ++length) {
                    const Date to = from + boost::gregorian::days(length);
                    expected += sl::isWorkingDay(to, cal) ? 1 : 0;
                    QCOMPARE(sl::workingDaysBetween(from, to, cal), expected);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "TestWorkingDays.moc"
