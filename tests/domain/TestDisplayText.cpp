#include "domain/DisplayText.h"

#include <QtTest>

using namespace sl;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void longValuesAreCut()
    {
        const QString big(1 << 20, QLatin1Char('x'));
        const QString shown = DisplayText::quoted(big);
        QCOMPARE(shown, QLatin1Char('"') + QString(DisplayText::maxValueLength, QLatin1Char('x')) +
                            QChar(0x2026) + QLatin1Char('"'));
        QCOMPARE(DisplayText::value(QStringLiteral("short")), QStringLiteral("short"));
    }

    void controlsAndLineBreaksAreEscaped()
    {
        QCOMPARE(DisplayText::value(QStringLiteral("a\nb\r\tc")), QStringLiteral("a\\nb\\r\\tc"));
        // An OSC title sequence: ESC ] 0 ; … BEL never reaches a terminal.
        QCOMPARE(DisplayText::value(QStringLiteral("\x1b]0;pwned\x07")),
                 QStringLiteral("\\x1b]0;pwned\\x07"));
        QCOMPARE(DisplayText::value(QStringLiteral("\u200Bzw\u202E")),
                 QStringLiteral("\\u200bzw\\u202e"));
        QCOMPARE(DisplayText::value(QStringLiteral("\u0085")), QStringLiteral("\\x85"));
        QCOMPARE(DisplayText::value(QStringLiteral("张三😀")), QStringLiteral("张三😀"));
        const QString line = DisplayText::line(QStringLiteral("x: \"a\nb\""));
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
