#include "domain/SeriesRequest.h"

#include <QTest>

using namespace sl;

class TestSeriesRequest : public QObject
{
    Q_OBJECT

    static SeriesRequest secondTuesdays2026()
    {
        SeriesRequest r;
        r.groupId = 1;
        r.rule = MonthlyRule::nthWeekday(2, Qt::Tuesday);
        r.from = Date(2026, 1, 1);
        r.to = Date(2026, 12, 31);
        r.start = QTime(14, 30);
        r.minutes = 90;
        r.form = SessionForm::PartyDay;
        r.topicTemplate = QStringLiteral("{year}年{month}月主题党日（第{n}次）");
        return r;
    }

private slots:
    void secondTuesdayOfEachMonthIn2026()
    {
        const std::vector<Date> expected{Date(2026, 1, 13),  Date(2026, 2, 10),  Date(2026, 3, 10),
                                         Date(2026, 4, 14),  Date(2026, 5, 12),  Date(2026, 6, 9),
                                         Date(2026, 7, 14),  Date(2026, 8, 11),  Date(2026, 9, 8),
                                         Date(2026, 10, 13), Date(2026, 11, 10), Date(2026, 12, 8)};
        QCOMPARE(secondTuesdays2026().dates(), expected);
    }

    void draftsCarryEverySetting()
    {
        const auto drafts = secondTuesdays2026().drafts();
        QCOMPARE(drafts.size(), size_t(12));
        QCOMPARE(drafts[2].topic, QStringLiteral("2026年3月主题党日（第3次）"));
        QCOMPARE(drafts[2].start, QTime(14, 30));
        QCOMPARE(drafts[2].form, SessionForm::PartyDay);
        QCOMPARE(drafts[2].status, SessionStatus::Planned);
        QCOMPARE(drafts[2].groupId, qint64(1));
        QVERIFY(drafts[2].extId.isEmpty());
    }

    void firstWorkingDayOfEachMonth()
    {
        SeriesRequest r = secondTuesdays2026();
        r.rule = MonthlyRule::firstWorkingDay();
        const auto dates = r.dates();
        QCOMPARE(dates.size(), size_t(12));
        QCOMPARE(dates[0], Date(2026, 1, 1));   // a Thursday
        QCOMPARE(dates[1], Date(2026, 2, 2));   // Feb 1 is a Sunday
        QCOMPARE(dates[7], Date(2026, 8, 3));   // Aug 1 is a Saturday
        QCOMPARE(dates[10], Date(2026, 11, 2)); // Nov 1 is a Sunday
    }

    void fixedDayWeekendsShiftedOrSkipped()
    {
        SeriesRequest r = secondTuesdays2026();
        r.from = Date(2026, 2, 1);
        r.to = Date(2026, 3, 31);
        // The 15th: Feb 15 2026 is a Sunday, Mar 15 too.
        r.rule = MonthlyRule::fixedDay(15, MonthlyRule::ShortMonth::Clamp,
                                       MonthlyRule::NonWorkingDay::ShiftToNextWorkingDay);
        QCOMPARE(r.dates(), (std::vector<Date>{Date(2026, 2, 16), Date(2026, 3, 16)}));
        r.rule.nonWorkingDay = MonthlyRule::NonWorkingDay::ShiftToPreviousWorkingDay;
        QCOMPARE(r.dates(), (std::vector<Date>{Date(2026, 2, 13), Date(2026, 3, 13)}));
        r.rule.nonWorkingDay = MonthlyRule::NonWorkingDay::Skip;
        QVERIFY(r.dates().empty());
    }

    void badRequestsNameTheirField()
    {
        SeriesRequest r = secondTuesdays2026();
        r.minutes = 0;
        r.topicTemplate.clear();
        r.to = Date(2025, 1, 1);
        QStringList fields;
        for (const Error& e : r.check())
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("to"), QStringLiteral("minutes"),
                                      QStringLiteral("topic")}));
        QVERIFY(r.dates().empty());
        r = secondTuesdays2026();
        r.to = Date(2040, 1, 1);
        QCOMPARE(r.check().front().field, QStringLiteral("to")); // more than ten years
    }
};

QTEST_GUILESS_MAIN(TestSeriesRequest)
#include "TestSeriesRequest.moc"
