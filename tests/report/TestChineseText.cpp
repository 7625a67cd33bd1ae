#include "report/ChineseText.h"

#include <QTest>

using namespace sl;

class TestChineseText : public QObject
{
    Q_OBJECT

private slots:
    void dates()
    {
        QCOMPARE(ChineseText::date(Date(2026, 3, 5)), QStringLiteral("2026年3月5日"));
        QCOMPARE(ChineseText::date(Date(2026, 12, 31)), QStringLiteral("2026年12月31日"));
        QCOMPARE(ChineseText::date(Date()), QString());
        QCOMPARE(ChineseText::monthDay(Date(2026, 10, 1)), QStringLiteral("10月1日"));
    }

    void figures()
    {
        QCOMPARE(ChineseText::hours(90), QStringLiteral("1.5"));
        QCOMPARE(ChineseText::hours(1800), QStringLiteral("30.0"));
        QCOMPARE(ChineseText::hours(100), QStringLiteral("1.7"));
        QCOMPARE(ChineseText::hours(3), QStringLiteral("0.1")); // 0.05 rounds up
        QCOMPARE(ChineseText::number(23.4375, 2), QStringLiteral("23.44"));
        QCOMPARE(ChineseText::number(89.95, 1), QStringLiteral("90.0"));
        QCOMPARE(ChineseText::pageNumber(7), QStringLiteral("— 7 —"));
    }
};

QTEST_APPLESS_MAIN(TestChineseText)
#include "TestChineseText.moc"
