#include "domain/PinyinInitials.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

class TestPinyinInitials : public QObject
{
    Q_OBJECT

private slots:
    void initials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("张伟") << u"张伟"_s << u"zw"_s;
        QTest::newRow("李娜") << u"李娜"_s << u"ln"_s;
        QTest::newRow("three characters") << u"欧阳修"_s << u"oyx"_s;
        QTest::newRow("Latin kept, lowercased") << u"王小明Tom"_s << u"wxmtom"_s;
        QTest::newRow("digits kept") << u"第3支部"_s << u"d3zb"_s;
        QTest::newRow("spaces and punctuation dropped") << u"张 伟·（一）"_s << u"zwy"_s;
        QTest::newRow("other scripts dropped") << u"Ülkü 张"_s << u"lkz"_s;
        QTest::newRow("organisation") << u"第一党支部"_s << u"dydzb"_s;
    }
    void initials()
    {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QCOMPARE(sl::PinyinInitials::of(text), initials);
    }

    void otherThreadsGetTheSame()
    {
        QString other;
        std::thread thread([&other] { other = sl::PinyinInitials::of(u"赵钱孙李"_s); });
        thread.join();
        QCOMPARE(other, u"zqsl"_s);
        QCOMPARE(sl::PinyinInitials::of(u"赵钱孙李"_s), u"zqsl"_s);
    }

    void initialsFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("initials");
        QTest::newRow("letters") << u"zw"_s << true;
        QTest::newRow("upper case") << u"ZW"_s << true;
        QTest::newRow("letter and digit") << u"d3"_s << true;
        QTest::newRow("digits only") << u"2026"_s << false;
        QTest::newRow("Chinese") << u"张"_s << false;
        QTest::newRow("space") << u"z w"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void initialsFilter()
    {
        QFETCH(QString, filter);
        QFETCH(bool, initials);
        QCOMPARE(sl::PinyinInitials::isInitialsFilter(filter), initials);
    }
};

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "TestPinyinInitials.moc"
