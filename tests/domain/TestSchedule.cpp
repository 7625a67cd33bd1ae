#include "domain/Schedule.h"

#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;
using sl::Date;
using sl::MonthlyRule;
using NonWorkingDay = sl::MonthlyRule::NonWorkingDay;
using ShortMonth = sl::MonthlyRule::ShortMonth;

namespace {

Date iso(const char* text)
{
    return sl::dates::fromIso(QString::fromLatin1(text)).value();
}

QStringList isoList(const std::vector<Date>& dates)
{
    QStringList list;
    for (const Date& d : dates)
        list << sl::dates::toIso(d);
    return list;
}

QStringList series2026(const MonthlyRule& rule, const sl::WorkingCalendar& calendar = {})
{
    return isoList(sl::monthlySeries(rule, 2026, 2026, calendar));
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nthWeekday_data()
    {
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("second Tuesday")
            << 2 << int(Qt::Tuesday)
            << QStringList{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14",
                           "2026-05-12", "2026-06-09", "2026-07-14", "2026-08-11",
                           "2026-09-08", "2026-10-13", "2026-11-10", "2026-12-08"};
        QTest::newRow("first Monday")
            << 1 << int(Qt::Monday)
            << QStringList{"2026-01-05", "2026-02-02", "2026-03-02", "2026-04-06",
                           "2026-05-04", "2026-06-01", "2026-07-06", "2026-08-03",
                           "2026-09-07", "2026-10-05", "2026-11-02", "2026-12-07"};
        QTest::newRow("fourth Thursday")
            << 4 << int(Qt::Thursday)
            << QStringList{"2026-01-22", "2026-02-26", "2026-03-26", "2026-04-23",
                           "2026-05-28", "2026-06-25", "2026-07-23", "2026-08-27",
                           "2026-09-24", "2026-10-22", "2026-11-26", "2026-12-24"};
        QTest::newRow("last Friday")
            << MonthlyRule::kLast << int(Qt::Friday)
            << QStringList{"2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24",
                           "2026-05-29", "2026-06-26", "2026-07-31", "2026-08-28",
                           "2026-09-25", "2026-10-30", "2026-11-27", "2026-12-25"};
        QTest::newRow("last Sunday")
            << MonthlyRule::kLast << int(Qt::Sunday)
            << QStringList{"2026-01-25", "2026-02-22", "2026-03-29", "2026-04-26",
                           "2026-05-31", "2026-06-28", "2026-07-26", "2026-08-30",
                           "2026-09-27", "2026-10-25", "2026-11-29", "2026-12-27"};
    }
    void nthWeekday()
    {
        QFETCH(int, nth);
        QFETCH(int, weekday);
        QFETCH(QStringList, expected);
        const auto rule = MonthlyRule::nthWeekday(nth, weekday);
        QVERIFY(rule.validate().ok());
        QCOMPARE(series2026(rule), expected);
        // The same through the date overload.
        QCOMPARE(isoList(sl::monthlySeries(rule, iso("2026-01-01"), iso("2026-12-31"))), expected);
    }

    void yearRange()
    {
        const auto dates =
            sl::monthlySeries(MonthlyRule::nthWeekday(MonthlyRule::kLast, Qt::Friday), 2025, 2026);
        QCOMPARE(dates.size(), size_t(24));
        QCOMPARE(isoList({dates.begin(), dates.begin() + 3}),
                 (QStringList{"2025-01-31", "2025-02-28", "2025-03-28"}));
        QCOMPARE(sl::dates::toIso(dates[11]), u"2025-12-26"_s);
        QCOMPARE(sl::dates::toIso(dates[12]), u"2026-01-30"_s);
        QCOMPARE(sl::dates::toIso(dates.back()), u"2026-12-25"_s);
        QVERIFY(std::is_sorted(dates.begin(), dates.end()));
        QVERIFY(sl::monthlySeries(MonthlyRule::firstWorkingDay(), 2027, 2026).empty());
    }

    void dateRangeCutsOff()
    {
        const auto rule = MonthlyRule::nthWeekday(2, Qt::Tuesday);
        // The range's ends are inclusive: 03-10 is before it, 06-09 is its last day.
        QCOMPARE(isoList(sl::monthlySeries(rule, iso("2026-03-11"), iso("2026-06-09"))),
                 (QStringList{"2026-04-14", "2026-05-12", "2026-06-09"}));
        QCOMPARE(isoList(sl::monthlySeries(rule, iso("2026-03-10"), iso("2026-03-10"))),
                 QStringList{"2026-03-10"});
        QVERIFY(sl::monthlySeries(rule, iso("2026-03-11"), iso("2026-04-13")).empty());
        QVERIFY(sl::monthlySeries(rule, iso("2026-06-01"), iso("2026-05-01")).empty());
        QVERIFY(sl::monthlySeries(rule, Date(), iso("2026-05-01")).empty());
    }

    void firstWorkingDay()
    {
        // 2026-02-01 and 03-01 are Sundays, 08-01 a Saturday, 11-01 a Sunday.
        QCOMPARE(series2026(MonthlyRule::firstWorkingDay()),
                 (QStringList{"2026-01-01", "2026-02-02", "2026-03-02", "2026-04-01", "2026-05-01",
                              "2026-06-01", "2026-07-01", "2026-08-03", "2026-09-01", "2026-10-01",
                              "2026-11-02", "2026-12-01"}));
    }

    void firstWorkingDayWithCalendar()
    {
        sl::WorkingCalendar calendar;
        calendar.addHoliday(iso("2026-01-01")); // Thursday
        calendar.addHoliday(iso("2026-01-02")); // Friday
        for (int day = 1; day <= 7; ++day)
            calendar.addHoliday(Date(2026, 10, static_cast<unsigned short>(day)));
        calendar.addExtraWorkingDay(iso("2026-02-01")); // a worked Sunday
        const QStringList dates = series2026(MonthlyRule::firstWorkingDay(), calendar);
        QCOMPARE(dates.size(), 12);
        QCOMPARE(dates[0], u"2026-01-05"_s);
        QCOMPARE(dates[1], u"2026-02-01"_s);
        QCOMPARE(dates[2], u"2026-03-02"_s);
        QCOMPARE(dates[9], u"2026-10-08"_s);
    }

    void fixedDayShortMonths()
    {
        QCOMPARE(series2026(MonthlyRule::fixedDay(31, ShortMonth::Clamp)),
                 (QStringList{"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31",
                              "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
                              "2026-11-30", "2026-12-31"}));
        QCOMPARE(series2026(MonthlyRule::fixedDay(31, ShortMonth::Skip)),
                 (QStringList{"2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31",
                              "2026-10-31", "2026-12-31"}));
        // Leap years: the 29th exists in February 2024, not in February 2025.
        const auto day29 = MonthlyRule::fixedDay(29, ShortMonth::Skip);
        QCOMPARE(isoList(sl::monthlySeries(day29, iso("2024-02-01"), iso("2024-03-31"))),
                 (QStringList{"2024-02-29", "2024-03-29"}));
        QCOMPARE(isoList(sl::monthlySeries(day29, iso("2025-02-01"), iso("2025-03-31"))),
                 QStringList{"2025-03-29"});
        const auto day30 = MonthlyRule::fixedDay(30, ShortMonth::Clamp);
        QCOMPARE(isoList(sl::monthlySeries(day30, iso("2024-02-01"), iso("2024-02-29"))),
                 QStringList{"2024-02-29"});
    }

    void fixedDayWeekends_data()
    {
        // The 15th in 2026 is a Sunday in February, March and November, a Saturday in August.
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("keep") << int(NonWorkingDay::Keep)
                              << QStringList{"2026-01-15", "2026-02-15", "2026-03-15",
                                             "2026-04-15", "2026-05-15", "2026-06-15",
                                             "2026-07-15", "2026-08-15", "2026-09-15",
                                             "2026-10-15", "2026-11-15", "2026-12-15"};
        QTest::newRow("next") << int(NonWorkingDay::ShiftToNextWorkingDay)
                              << QStringList{"2026-01-15", "2026-02-16", "2026-03-16",
                                             "2026-04-15", "2026-05-15", "2026-06-15",
                                             "2026-07-15", "2026-08-17", "2026-09-15",
                                             "2026-10-15", "2026-11-16", "2026-12-15"};
        QTest::newRow("previous") << int(NonWorkingDay::ShiftToPreviousWorkingDay)
                                  << QStringList{"2026-01-15", "2026-02-13", "2026-03-13",
                                                 "2026-04-15", "2026-05-15", "2026-06-15",
                                                 "2026-07-15", "2026-08-14", "2026-09-15",
                                                 "2026-10-15", "2026-11-13", "2026-12-15"};
        QTest::newRow("skip") << int(NonWorkingDay::Skip)
                              << QStringList{"2026-01-15", "2026-04-15", "2026-05-15",
                                             "2026-06-15", "2026-07-15", "2026-09-15",
                                             "2026-10-15", "2026-12-15"};
    }
    void fixedDayWeekends()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, expected);
        const auto rule = MonthlyRule::fixedDay(15, ShortMonth::Clamp, NonWorkingDay(policy));
        QCOMPARE(series2026(rule), expected);
    }

    void shiftAcrossMonths()
    {
        // The 31st clamped, then moved off weekends: Jan 31 (Sat) → Feb 2, Feb 28 (Sat) →
        // Mar 2, May 31 (Sun) → Jun 1, Oct 31 (Sat) → Nov 2.
        const auto rule =
            MonthlyRule::fixedDay(31, ShortMonth::Clamp, NonWorkingDay::ShiftToNextWorkingDay);
        QCOMPARE(series2026(rule),
                 (QStringList{"2026-02-02", "2026-03-02", "2026-03-31", "2026-04-30", "2026-06-01",
                              "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-11-02",
                              "2026-11-30", "2026-12-31"}));
        // A date is kept when the shifted date lies in the range: in February 2026 the 1st
        // (Sun) moves out to Jan 30, and March 1st (Sun) moves in to Feb 27.
        const auto first =
            MonthlyRule::fixedDay(1, ShortMonth::Clamp, NonWorkingDay::ShiftToPreviousWorkingDay);
        QCOMPARE(isoList(sl::monthlySeries(first, iso("2026-02-01"), iso("2026-02-28"))),
                 QStringList{"2026-02-27"});
    }

    void shiftOverHolidays()
    {
        sl::WorkingCalendar calendar;
        for (int day = 1; day <= 7; ++day)
            calendar.addHoliday(Date(2026, 10, static_cast<unsigned short>(day)));
        calendar.addExtraWorkingDay(iso("2026-09-27")); // a worked Sunday
        const Date from = iso("2026-09-01");
        const Date to = iso("2026-10-31");
        const auto next =
            MonthlyRule::fixedDay(1, ShortMonth::Clamp, NonWorkingDay::ShiftToNextWorkingDay);
        QCOMPARE(isoList(sl::monthlySeries(next, from, to, calendar)),
                 (QStringList{"2026-09-01", "2026-10-08"}));
        const auto previous =
            MonthlyRule::fixedDay(5, ShortMonth::Clamp, NonWorkingDay::ShiftToPreviousWorkingDay);
        QCOMPARE(isoList(sl::monthlySeries(previous, from, to, calendar)),
                 (QStringList{"2026-09-04", "2026-09-30"}));
        // Without the calendar Oct 1 is an ordinary Thursday.
        QCOMPARE(isoList(sl::monthlySeries(next, from, to)),
                 (QStringList{"2026-09-01", "2026-10-01"}));
        // A worked Sunday is kept as it is.
        const auto day27 = MonthlyRule::fixedDay(27, ShortMonth::Clamp, NonWorkingDay::Skip);
        QCOMPARE(isoList(sl::monthlySeries(day27, from, to, calendar)),
                 (QStringList{"2026-09-27", "2026-10-27"}));
    }

    void validate_data()
    {
        QTest::addColumn<MonthlyRule>("rule");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("2nd Tue") << MonthlyRule::nthWeekday(2, Qt::Tuesday) << QString();
        QTest::newRow("4th Sun") << MonthlyRule::nthWeekday(4, Qt::Sunday) << QString();
        QTest::newRow("last Mon") << MonthlyRule::nthWeekday(-1, Qt::Monday) << QString();
        QTest::newRow("nth 0") << MonthlyRule::nthWeekday(0, Qt::Monday) << u"nth"_s;
        QTest::newRow("nth 5") << MonthlyRule::nthWeekday(5, Qt::Monday) << u"nth"_s;
        QTest::newRow("nth -2") << MonthlyRule::nthWeekday(-2, Qt::Monday) << u"nth"_s;
        QTest::newRow("weekday 0") << MonthlyRule::nthWeekday(1, 0) << u"weekday"_s;
        QTest::newRow("weekday 8") << MonthlyRule::nthWeekday(1, 8) << u"weekday"_s;
        QTest::newRow("day 1") << MonthlyRule::fixedDay(1) << QString();
        QTest::newRow("day 31") << MonthlyRule::fixedDay(31) << QString();
        QTest::newRow("day 0") << MonthlyRule::fixedDay(0) << u"day"_s;
        QTest::newRow("day 32") << MonthlyRule::fixedDay(32) << u"day"_s;
        QTest::newRow("first working day") << MonthlyRule::firstWorkingDay() << QString();
    }
    void validate()
    {
        QFETCH(MonthlyRule, rule);
        QFETCH(QString, field);
        const sl::Status status = rule.validate();
        QCOMPARE(status.ok(), field.isEmpty());
        const auto dates = sl::monthlySeries(rule, 2026, 2026);
        if (field.isEmpty()) {
            QVERIFY(!dates.empty());
            return;
        }
        QCOMPARE(status.error().code, sl::ErrorCode::Invalid);
        QCOMPARE(status.error().field, field);
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(dates.empty()); // an invalid rule gives no dates
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
