// The conversions of XLSX cell values to the text a CSV file would hold, and the position of a
// problem in a sheet.
#include "exchange/FileImport.h"
#include "exchange/XlsxCells.h"

#include <QTest>

using namespace sl;

class TestXlsxCells : public QObject
{
    Q_OBJECT

    static QString serial(double value, XlsxTimeKind kind, bool date1904 = false)
    {
        QString error;
        return XlsxCells::serialText(value, kind, date1904, &error)
            .value_or(QStringLiteral("!") + error);
    }

private slots:
    void columnLettersAndReferences()
    {
        QCOMPARE(XlsxCells::columnLetters(0), QStringLiteral("A"));
        QCOMPARE(XlsxCells::columnLetters(25), QStringLiteral("Z"));
        QCOMPARE(XlsxCells::columnLetters(26), QStringLiteral("AA"));
        QCOMPARE(XlsxCells::columnLetters(16383), QStringLiteral("XFD"));
        int column = -1, row = -1;
        QVERIFY(XlsxCells::parseReference(u"B5", &column, &row));
        QCOMPARE(column, 1);
        QCOMPARE(row, 5);
        QVERIFY(XlsxCells::parseReference(u"AA10", &column, &row));
        QCOMPARE(column, 26);
        QVERIFY(!XlsxCells::parseReference(u"5", &column, &row));
        QVERIFY(!XlsxCells::parseReference(u"B", &column, &row));
        QVERIFY(!XlsxCells::parseReference(u"B0", &column, &row));
        QVERIFY(!XlsxCells::parseReference(u"XFE1", &column, &row) || column < 16384);
    }

    void numbersAsShortestDecimals()
    {
        QCOMPARE(XlsxCells::numberText(120), QStringLiteral("120"));
        QCOMPARE(XlsxCells::numberText(120.0), QStringLiteral("120"));
        QCOMPARE(XlsxCells::numberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
        QCOMPARE(XlsxCells::numberText(12.5), QStringLiteral("12.5"));
        QCOMPARE(XlsxCells::numberText(-3), QStringLiteral("-3"));
        QCOMPARE(XlsxCells::numberText(13800138000.0), QStringLiteral("13800138000"));
        QCOMPARE(XlsxCells::numberText(1e20), QStringLiteral("100000000000000000000"));
        QCOMPARE(XlsxCells::numberText(0.000001), QStringLiteral("0.000001"));
    }

    void formatsThatShowDates()
    {
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("yyyy-mm-dd")), XlsxTimeKind::DateOnly);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")),
                 XlsxTimeKind::DateOnly);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("hh:mm")), XlsxTimeKind::TimeOnly);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("mm:ss")), XlsxTimeKind::TimeOnly);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("yyyy-mm-dd hh:mm")),
                 XlsxTimeKind::DateAndTime);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("General")), XlsxTimeKind::None);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("0.00")), XlsxTimeKind::None);
        // Quoted text, brackets and escapes are not tokens.
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("0\" days\"")), XlsxTimeKind::None);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("[Red]0.0")), XlsxTimeKind::None);
        QCOMPARE(XlsxCells::classifyFormat(QStringLiteral("0\\d")), XlsxTimeKind::None);
        QCOMPARE(XlsxCells::builtinFormat(14), XlsxTimeKind::DateOnly);
        QCOMPARE(XlsxCells::builtinFormat(20), XlsxTimeKind::TimeOnly);
        QCOMPARE(XlsxCells::builtinFormat(22), XlsxTimeKind::DateAndTime);
        QCOMPARE(XlsxCells::builtinFormat(31), XlsxTimeKind::DateOnly); // yyyy"年"m"月"d"日"
        QCOMPARE(XlsxCells::builtinFormat(0), XlsxTimeKind::None);
        QCOMPARE(XlsxCells::builtinFormat(49), XlsxTimeKind::None); // @
    }

    void dateSerials()
    {
        QCOMPARE(serial(46086, XlsxTimeKind::DateOnly), QStringLiteral("2026-03-05"));
        QCOMPARE(serial(1, XlsxTimeKind::DateOnly), QStringLiteral("1900-01-01"));
        QCOMPARE(serial(59, XlsxTimeKind::DateOnly), QStringLiteral("1900-02-28"));
        QCOMPARE(serial(61, XlsxTimeKind::DateOnly), QStringLiteral("1900-03-01"));
        QVERIFY(
            serial(60, XlsxTimeKind::DateOnly).startsWith(QStringLiteral("!the date serial 60")));
        QVERIFY(serial(-1, XlsxTimeKind::DateOnly).startsWith(u'!'));
        QVERIFY(serial(3e6, XlsxTimeKind::DateOnly).startsWith(u'!'));
        // 1904: day 0 is 1 January 1904.
        QCOMPARE(serial(0, XlsxTimeKind::DateOnly, true), QStringLiteral("1904-01-01"));
        QCOMPARE(serial(44624, XlsxTimeKind::DateOnly, true), QStringLiteral("2026-03-05"));
        // Times and dates with times.
        QCOMPARE(serial(0.6041666666666666, XlsxTimeKind::TimeOnly), QStringLiteral("14:30"));
        QCOMPARE(serial(0.5 + 1.0 / 86400, XlsxTimeKind::TimeOnly), QStringLiteral("12:00:01"));
        QCOMPARE(serial(46086.6041666666666, XlsxTimeKind::DateAndTime),
                 QStringLiteral("2026-03-05 14:30"));
        QCOMPARE(serial(46086, XlsxTimeKind::DateAndTime), QStringLiteral("2026-03-05"));
        // A date format shows the day even when the serial has a time.
        QCOMPARE(serial(46086.75, XlsxTimeKind::DateOnly), QStringLiteral("2026-03-05"));
    }

    void isoDatesAndBooleans()
    {
        QString error;
        QCOMPARE(XlsxCells::isoText(QStringLiteral("2026-03-05T00:00:00"), XlsxTimeKind::DateOnly,
                                    &error),
                 std::optional(QStringLiteral("2026-03-05")));
        QCOMPARE(XlsxCells::isoText(QStringLiteral("2026-03-05"), XlsxTimeKind::None, &error),
                 std::optional(QStringLiteral("2026-03-05")));
        QCOMPARE(XlsxCells::isoText(QStringLiteral("14:30:00"), XlsxTimeKind::None, &error),
                 std::optional(QStringLiteral("14:30")));
        QVERIFY(!XlsxCells::isoText(QStringLiteral("soon"), XlsxTimeKind::None, &error));
        QVERIFY(error.contains(QStringLiteral("soon")));
        QCOMPARE(XlsxCells::booleanText(u"1"), QStringLiteral("是"));
        QCOMPARE(XlsxCells::booleanText(u"0"), QStringLiteral("否"));
    }

    void controlCharacterEscapes()
    {
        QString text = QStringLiteral("a_x0009_b_x000D_c_xZZZZ_");
        XlsxCells::decodeEscapes(text);
        QCOMPARE(text, QStringLiteral("a\tb\rc_xZZZZ_"));
    }

    void problemsNameTheirCell()
    {
        FileProblem p(QStringLiteral("members.xlsx"), 5, QStringLiteral("出生日期"),
                      QStringLiteral("no such date"), QStringLiteral("Sheet1"), 2);
        QCOMPARE(p.text(), QStringLiteral("members.xlsx:Sheet1!C5: 出生日期: no such date"));
        p.sheet = QStringLiteral("My sheet's");
        QCOMPARE(p.cell(), QStringLiteral("'My sheet''s'!C5"));
        p.sheet = QStringLiteral("名单");
        p.columnIndex = -1;
        QCOMPARE(p.text(), QStringLiteral("members.xlsx:名单!5: 出生日期: no such date"));
        // CSV stays FILE:LINE.
        const FileProblem csv(QStringLiteral("members.csv"), 5, QStringLiteral("出生日期"),
                              QStringLiteral("no such date"));
        QCOMPARE(csv.text(), QStringLiteral("members.csv:5: 出生日期: no such date"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxCells)
#include "TestXlsxCells.moc"
