#include "domain/Enums.h"
#include "exchange/FieldParsers.h"

#include <QtTest>

using namespace sl;

class TestFieldParsers : public QObject
{
    Q_OBJECT

private slots:
    void dateSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << QStringLiteral("2026-03-05") << QStringLiteral("2026-03-05");
        QTest::newRow("iso short") << QStringLiteral("2026-3-5") << QStringLiteral("2026-03-05");
        QTest::newRow("slash") << QStringLiteral("2026/3/5") << QStringLiteral("2026-03-05");
        QTest::newRow("slash long") << QStringLiteral("2026/12/31") << QStringLiteral("2026-12-31");
        QTest::newRow("dot") << QStringLiteral("2026.3.5") << QStringLiteral("2026-03-05");
        QTest::newRow("dot padded") << QStringLiteral("2026.03.05") << QStringLiteral("2026-03-05");
        QTest::newRow("chinese") << QStringLiteral("2026年3月5日") << QStringLiteral("2026-03-05");
        QTest::newRow("chinese 2")
            << QStringLiteral("2024年02月29日") << QStringLiteral("2024-02-29");
        QTest::newRow("spaces") << QStringLiteral("  2026/3/5 ") << QStringLiteral("2026-03-05");
    }

    void dateSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto date = FieldParsers::parseDate(text);
        QVERIFY2(date.ok(), qPrintable(date.ok() ? QString() : date.error().message));
        QCOMPARE(FieldParsers::formatDate(*date), iso);
        QCOMPARE(*date, Date(static_cast<unsigned short>(iso.left(4).toInt()),
                             static_cast<unsigned short>(iso.mid(5, 2).toInt()),
                             static_cast<unsigned short>(iso.mid(8, 2).toInt())));
    }

    void emptyDateIsNoDate()
    {
        const auto date = FieldParsers::parseDate(QStringLiteral("  "));
        QVERIFY(date.ok());
        QVERIFY(!dates::isSet(*date));
        QCOMPARE(FieldParsers::formatDate(*date), QString());
    }

    void impossibleDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("feb 30") << QStringLiteral("2026-02-30");
        QTest::newRow("feb 29 non-leap") << QStringLiteral("2026/2/29");
        QTest::newRow("month 13") << QStringLiteral("2026.13.1");
        QTest::newRow("day 0") << QStringLiteral("2026年4月0日");
        QTest::newRow("april 31") << QStringLiteral("2026-04-31");
    }

    void impossibleDates()
    {
        QFETCH(QString, text);
        const auto date = FieldParsers::parseDate(text);
        QVERIFY(!date.ok());
        QCOMPARE(date.error().code, ErrorCode::Invalid);
        QVERIFY(date.error().field.isEmpty());
        QCOMPARE(date.error().message, QStringLiteral("no such date: ") + text);
    }

    void garbageDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << QStringLiteral("yesterday");
        QTest::newRow("mixed separators") << QStringLiteral("2026-3/5");
        QTest::newRow("two-digit year") << QStringLiteral("26-03-05");
        QTest::newRow("three-digit day") << QStringLiteral("2026-03-005");
        QTest::newRow("compact") << QStringLiteral("20260305");
        QTest::newRow("with time") << QStringLiteral("2026/3/5 0:00");
        QTest::newRow("full-width digits") << QStringLiteral("２０２６-03-05");
        QTest::newRow("chinese without day") << QStringLiteral("2026年3月5");
        QTest::newRow("dmy") << QStringLiteral("05/03/2026");
    }

    void garbageDates()
    {
        QFETCH(QString, text);
        const auto date = FieldParsers::parseDate(text);
        QVERIFY(!date.ok());
        QVERIFY2(date.error().message.startsWith(QStringLiteral("expected a date like 2026-03-05")),
                 qPrintable(date.error().message));
        QVERIFY(date.error().message.contains(text));
    }

    void yearOutOfRange()
    {
        const auto date = FieldParsers::parseDate(QStringLiteral("1066-10-14"));
        QVERIFY(!date.ok());
        QVERIFY(date.error().message.contains(QStringLiteral("year")));
    }

    void times()
    {
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("14:30")).value(), QTime(14, 30));
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("9:05")).value(), QTime(9, 5));
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("09:05")).value(), QTime(9, 5));
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("14：30")).value(), QTime(14, 30));
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("14:30:00")).value(), QTime(14, 30));
        QCOMPARE(FieldParsers::parseTime(QStringLiteral("0:00")).value(), QTime(0, 0));
        const auto empty = FieldParsers::parseTime(QString());
        QVERIFY(empty.ok());
        QVERIFY(!empty->isValid());
        QCOMPARE(FieldParsers::formatTime(QTime(9, 5)), QStringLiteral("09:05"));
        QCOMPARE(FieldParsers::formatTime(QTime()), QString());
        for (const char* bad : {"24:00", "14:60", "1430", "14:3", "2pm", "14:30:61", "14.30"}) {
            const auto t = FieldParsers::parseTime(QString::fromLatin1(bad));
            QVERIFY2(!t.ok(), bad);
            QCOMPARE(
                t.error().message,
                QStringLiteral("expected a time like 14:30, not \"%1\"").arg(QLatin1String(bad)));
        }
    }

    void integers()
    {
        const QString minutes = QStringLiteral("minutes");
        QCOMPARE(FieldParsers::parseInt(QStringLiteral("90"), 1, 1440, minutes).value(), 90);
        QCOMPARE(FieldParsers::parseInt(QStringLiteral(" 1 "), 1, 1440, minutes).value(), 1);
        QCOMPARE(FieldParsers::parseInt(QStringLiteral("1440"), 1, 1440, minutes).value(), 1440);
        QCOMPARE(FieldParsers::parseInt(QStringLiteral("-5"), -10, 10).value(), -5);
        for (const char* bad : {"0", "1441", "90.5", "abc", "1e3", "99999999999999999999"}) {
            const auto r = FieldParsers::parseInt(QString::fromLatin1(bad), 1, 1440, minutes);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().message,
                     QStringLiteral("must be a whole number of minutes from 1 to 1440, not \"%1\"")
                         .arg(QLatin1String(bad)));
        }
        const auto empty = FieldParsers::parseInt(QString(), 1, 1440, minutes);
        QVERIFY(!empty.ok());
        QCOMPARE(
            empty.error().message,
            QStringLiteral("must be a whole number of minutes from 1 to 1440, but it is empty"));
        const auto generic = FieldParsers::parseInt(QStringLiteral("x"), 0, 5);
        QCOMPARE(generic.error().message,
                 QStringLiteral("must be a whole number from 0 to 5, not \"x\""));
    }

    void optionalIntegers()
    {
        const auto none = FieldParsers::parseOptionalInt(QStringLiteral(" "), 0, 100000);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        const auto some = FieldParsers::parseOptionalInt(QStringLiteral("2500"), 0, 100000);
        QVERIFY(some.ok());
        QCOMPARE(some->value(), 2500);
        QVERIFY(!FieldParsers::parseOptionalInt(QStringLiteral("-1"), 0, 100000).ok());
    }

    void enums()
    {
        QCOMPARE(FieldParsers::parseEnumCell<Gender>(QStringLiteral("女")).value(), Gender::Female);
        QCOMPARE(FieldParsers::parseEnumCell<Gender>(QStringLiteral(" Male ")).value(),
                 Gender::Male);
        QCOMPARE(FieldParsers::parseEnumCell<OrgKind>(QStringLiteral("党支部")).value(),
                 OrgKind::Branch);
        QCOMPARE(FieldParsers::parseEnumCell<CadreLevel>(QStringLiteral("county")).value(),
                 CadreLevel::County);

        const auto bad = FieldParsers::parseEnumCell<OrgKind>(QStringLiteral("支部"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().field.isEmpty());
        QCOMPARE(bad.error().message,
                 QStringLiteral("must be one of 党委, 党总支, 党支部, 党小组, not \"支部\""));

        const auto empty = FieldParsers::parseEnumCell<Gender>(QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message, QStringLiteral("must be one of 男, 女, but it is empty"));
    }

    void optionalEnums()
    {
        const auto none = FieldParsers::parseOptionalEnumCell<CadreLevel>(QString());
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        const auto some = FieldParsers::parseOptionalEnumCell<CadreLevel>(QStringLiteral("无"));
        QVERIFY(some.ok());
        QCOMPARE(some->value(), CadreLevel::NotCadre);
        const auto bad = FieldParsers::parseOptionalEnumCell<CadreLevel>(QStringLiteral("处级"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("乡科级")));
    }
};

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "TestFieldParsers.moc"
