#include "domain/CharCount.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCharCount : public QObject
{
    Q_OBJECT

private slots:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("Latin with spaces") << u"a b\nc\t"_s << 3;
        QTest::newRow("ideographic space") << u"一\u3000二"_s << 2;
        QTest::newRow("only white space") << u" \t\r\n\u3000\u00a0\u2003"_s << 0;
        QTest::newRow("no-break space") << u"a\u00a0b"_s << 2;
        QTest::newRow("Chinese") << u"学习贯彻党的二十大精神"_s << 11;
        QTest::newRow("full-width punctuation") << u"学习，思考。"_s << 6;
        QTest::newRow("emoji") << u"😀"_s << 1;
        QTest::newRow("emoji is two UTF-16 units") << u"\U0001F600"_s << 1;
        QTest::newRow("CJK extension B") << u"𠀀𠀁"_s << 2;
        QTest::newRow("mixed") << u"学习 Xi 思想😀 2026年\n第3期"_s << 15;
        // Code points, not grapheme clusters: man, ZWJ, woman, ZWJ, girl.
        QTest::newRow("ZWJ sequence") << u"👨\u200d👩\u200d👧"_s << 5;
    }
    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(sl::countCharacters(text), count);
    }

    void surrogatePairSize()
    {
        // The reason countCharacters exists: QString::size() counts UTF-16 units.
        const QString text = u"好😀"_s;
        QCOMPARE(text.size(), 3);
        QCOMPARE(sl::countCharacters(text), 2);
    }
};

QTEST_GUILESS_MAIN(TestCharCount)
#include "TestCharCount.moc"
