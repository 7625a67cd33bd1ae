#include "domain/Period.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sl::Date;
using sl::Period;

namespace {

Date iso(const char* text)
{
    return sl::dates::fromIso(QString::fromLatin1(text)).value();
}

QString range(const Period& p)
{
    return sl::dates::toIso(p.from) + u".."_s + sl::dates::toIso(p.to);
}

} // namespace

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void factories_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<QString>("expected");
        QTest::newRow("year") << Period::year(2026) << "2026-01-01..2026-12-31";
        QTest::newRow("H1") << Period::half(2026, 1) << "2026-01-01..2026-06-30";
        QTest::newRow("H2") << Period::half(2026, 2) << "2026-07-01..2026-12-31";
        QTest::newRow("Q1") << Period::quarter(2026, 1) << "2026-01-01..2026-03-31";
        QTest::newRow("Q2") << Period::quarter(2026, 2) << "2026-04-01..2026-06-30";
        QTest::newRow("Q3") << Period::quarter(2026, 3) << "2026-07-01..2026-09-30";
        QTest::newRow("Q4") << Period::quarter(2026, 4) << "2026-10-01..2026-12-31";
        QTest::newRow("Feb 2026") << Period::month(2026, 2) << "2026-02-01..2026-02-28";
        QTest::newRow("Feb 2024") << Period::month(2024, 2) << "2024-02-01..2024-02-29";
        QTest::newRow("Apr") << Period::month(2026, 4) << "2026-04-01..2026-04-30";
        QTest::newRow("Dec") << Period::month(2026, 12) << "2026-12-01..2026-12-31";
    }
    void factories()
    {
        QFETCH(Period, period);
        QFETCH(QString, expected);
        QCOMPARE(range(period), expected);
    }

    void days_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<int>("days");
        QTest::newRow("2026") << Period::year(2026) << 365;
        QTest::newRow("2024 leap") << Period::year(2024) << 366;
        QTest::newRow("2000 leap") << Period::year(2000) << 366;
        QTest::newRow("1900 not leap") << Period::year(1900) << 365;
        QTest::newRow("2100 not leap") << Period::year(2100) << 365;
        QTest::newRow("H1 2026") << Period::half(2026, 1) << 181;
        QTest::newRow("H1 2024") << Period::half(2024, 1) << 182;
        QTest::newRow("H2 2026") << Period::half(2026, 2) << 184;
        QTest::newRow("Q1 2026") << Period::quarter(2026, 1) << 90;
        QTest::newRow("Q1 2024") << Period::quarter(2024, 1) << 91;
        QTest::newRow("Q2") << Period::quarter(2026, 2) << 91;
        QTest::newRow("Q3") << Period::quarter(2026, 3) << 92;
        QTest::newRow("Q4") << Period::quarter(2026, 4) << 92;
        QTest::newRow("Feb 2024") << Period::month(2024, 2) << 29;
        QTest::newRow("Feb 2026") << Period::month(2026, 2) << 28;
        QTest::newRow("one day") << Period{iso("2026-03-05"), iso("2026-03-05")} << 1;
        QTest::newRow("across years") << Period{iso("2025-12-31"), iso("2026-01-01")} << 2;
        QTest::newRow("reversed") << Period{iso("2026-03-06"), iso("2026-03-05")} << 0;
        QTest::newRow("no dates") << Period{} << 0;
    }
    void days()
    {
        QFETCH(Period, period);
        QFETCH(int, days);
        QCOMPARE(period.days(), days);
    }

    void contains()
    {
        const Period q1 = Period::quarter(2026, 1);
        QVERIFY(q1.contains(iso("2026-01-01")));
        QVERIFY(q1.contains(iso("2026-02-14")));
        QVERIFY(q1.contains(iso("2026-03-31")));
        QVERIFY(!q1.contains(iso("2025-12-31")));
        QVERIFY(!q1.contains(iso("2026-04-01")));
        QVERIFY(!q1.contains(Date()));
        QVERIFY(Period::month(2024, 2).contains(iso("2024-02-29")));
        QVERIFY(!Period::half(2026, 1).contains(iso("2026-07-01")));
        QVERIFY(Period::half(2026, 2).contains(iso("2026-07-01")));
    }

    void makeValid()
    {
        QCOMPARE(Period::make(2026, {}, {}, {}).value(), Period::year(2026));
        QCOMPARE(Period::make(2026, 2, {}, {}).value(), Period::half(2026, 2));
        QCOMPARE(Period::make(2026, {}, 3, {}).value(), Period::quarter(2026, 3));
        QCOMPARE(Period::make(2024, {}, {}, 2).value(), Period::month(2024, 2));
        QCOMPARE(range(Period::make(2026, {}, 4, {}).value()), u"2026-10-01..2026-12-31"_s);
    }

    void makeInvalid_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("half");    // 0: not given
        QTest::addColumn<int>("quarter"); // 0: not given
        QTest::addColumn<int>("month");   // 0: not given
        QTest::addColumn<QString>("field");
        QTest::newRow("year too small") << 1899 << 0 << 0 << 0 << "year";
        QTest::newRow("year too large") << 2101 << 0 << 0 << 0 << "year";
        QTest::newRow("half 3") << 2026 << 3 << 0 << 0 << "half";
        QTest::newRow("half -1") << 2026 << -1 << 0 << 0 << "half";
        QTest::newRow("quarter 5") << 2026 << 0 << 5 << 0 << "quarter";
        QTest::newRow("month 13") << 2026 << 0 << 0 << 13 << "month";
        QTest::newRow("month -2") << 2026 << 0 << 0 << -2 << "month";
        QTest::newRow("half and quarter") << 2026 << 1 << 1 << 0 << "quarter";
        QTest::newRow("half and month") << 2026 << 1 << 0 << 1 << "month";
        QTest::newRow("quarter and month") << 2026 << 0 << 2 << 4 << "month";
    }
    void makeInvalid()
    {
        QFETCH(int, year);
        QFETCH(int, half);
        QFETCH(int, quarter);
        QFETCH(int, month);
        QFETCH(QString, field);
        auto given = [](int v) { return v == 0 ? std::nullopt : std::optional<int>(v); };
        const auto result = Period::make(year, given(half), given(quarter), given(month));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, sl::ErrorCode::Invalid);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void makeMessage()
    {
        const auto result = Period::make(2026, {}, {}, 13);
        QCOMPARE(result.error().message, u"month must be between 1 and 12, not 13"_s);
        QCOMPARE(result.error().text(), u"month: month must be between 1 and 12, not 13"_s);
    }

    void isCalendarYear()
    {
        QVERIFY(Period::year(2026).isCalendarYear());
        QVERIFY(Period::year(2024).isCalendarYear());
        QVERIFY(!Period::half(2026, 1).isCalendarYear());
        QVERIFY(!Period::month(2026, 12).isCalendarYear());
        QVERIFY(!(Period{iso("2026-01-01"), iso("2026-12-30")}.isCalendarYear()));
        QVERIFY(!(Period{iso("2026-01-02"), iso("2026-12-31")}.isCalendarYear()));
        QVERIFY(!(Period{iso("2025-01-01"), iso("2026-12-31")}.isCalendarYear()));
        QVERIFY(!Period{}.isCalendarYear());
    }

    void labels_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("year") << Period::year(2026) << u"2026年"_s << "2026";
        QTest::newRow("H1") << Period::half(2026, 1) << u"2026年上半年"_s << "2026 H1";
        QTest::newRow("H2") << Period::half(2026, 2) << u"2026年下半年"_s << "2026 H2";
        QTest::newRow("Q1") << Period::quarter(2026, 1) << u"2026年第一季度"_s << "2026 Q1";
        QTest::newRow("Q2") << Period::quarter(2026, 2) << u"2026年第二季度"_s << "2026 Q2";
        QTest::newRow("Q3") << Period::quarter(2026, 3) << u"2026年第三季度"_s << "2026 Q3";
        QTest::newRow("Q4") << Period::quarter(2026, 4) << u"2026年第四季度"_s << "2026 Q4";
        QTest::newRow("March") << Period::month(2026, 3) << u"2026年3月"_s << "March 2026";
        QTest::newRow("December") << Period::month(2026, 12) << u"2026年12月"_s << "December 2026";
        QTest::newRow("Feb leap") << Period::month(2024, 2) << u"2024年2月"_s << "February 2024";
        QTest::newRow("Feb to Jul") << Period{iso("2026-02-01"), iso("2026-07-31")}
                                    << u"2026-02-01至2026-07-31"_s << "2026-02-01 to 2026-07-31";
        QTest::newRow("Feb to Apr") << Period{iso("2026-02-01"), iso("2026-04-30")}
                                    << u"2026-02-01至2026-04-30"_s << "2026-02-01 to 2026-04-30";
        QTest::newRow("custom") << Period{iso("2026-03-05"), iso("2026-04-10")}
                                << u"2026-03-05至2026-04-10"_s << "2026-03-05 to 2026-04-10";
    }
    void labels()
    {
        QFETCH(Period, period);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(period.label(), zh);
        QCOMPARE(period.labelEn(), en);
    }

    void prorate()
    {
        QCOMPARE(sl::prorate(32, Period::year(2026)), 32.0);
        QCOMPARE(sl::prorate(56, Period::year(2024)), 56.0);
        QCOMPARE(sl::prorate(32, Period::half(2026, 1)), 15.868493150684932);      // 32 × 181/365
        QCOMPARE(sl::prorate(32, Period::half(2026, 2)), 16.13150684931507);       // 32 × 184/365
        QCOMPARE(sl::prorate(6000, Period::quarter(2024, 1)), 1491.8032786885246); // × 91/366
        QCOMPARE(sl::prorate(2, Period::month(2026, 2)), 0.15342465753424658);     // 2 × 28/365
        // The year is the year of P.from: 2024-07-01..2025-06-30 has 365 days, 2024 has 366.
        const Period straddling{iso("2024-07-01"), iso("2025-06-30")};
        QCOMPARE(sl::prorate(10, straddling), 9.972677595628415);
        // Halves of a year add up to the year's target.
        QCOMPARE(sl::prorate(32, Period::half(2024, 1)) + sl::prorate(32, Period::half(2024, 2)),
                 32.0);
        QCOMPARE(sl::prorate(32, Period{}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "TestPeriod.moc"
