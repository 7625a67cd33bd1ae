#include "domain/RosterRules.h"

#include <QtTest>

using namespace sl;

class TestRosterRules : public QObject
{
    Q_OBJECT

    static Member member(const QString& phone)
    {
        Member m;
        m.extId = QStringLiteral("M001");
        m.name = QStringLiteral("张三");
        m.phone = phone;
        return m;
    }

    static bool phoneAccepted(const QString& phone)
    {
        for (const Error& e : rules::checkMember(member(phone), Date(2026, 12, 1))) {
            if (e.field == QStringLiteral("phone"))
                return false;
        }
        return true;
    }

private slots:
    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("mobile") << QStringLiteral("13800138000") << true;
        QTest::newRow("international") << QStringLiteral("+86 138-0013-8000") << true;
        QTest::newRow("landline") << QStringLiteral("010-12345678") << true;
        QTest::newRow("plus twice") << QStringLiteral("+1+1") << false;
        QTest::newRow("formula") << QStringLiteral("=1+1") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-1") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("1-") << false;
        QTest::newRow("double hyphen") << QStringLiteral("1--2") << false;
        QTest::newRow("plus alone") << QStringLiteral("+") << false;
        QTest::newRow("plus space") << QStringLiteral("+ 1") << false;
        QTest::newRow("full-width digits") << QStringLiteral("１３８") << false;
        QTest::newRow("too long") << QStringLiteral("123456789012345678901") << false;
    }

    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, accepted);
        QCOMPARE(phoneAccepted(phone), accepted);
    }

    void keysRefuseInvisibleCharacters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("codePoint");
        QTest::newRow("zero-width space")
            << QStringLiteral("\u200BM001") << QStringLiteral("U+200B");
        QTest::newRow("byte order mark")
            << QStringLiteral("\uFEFFM001") << QStringLiteral("U+FEFF");
        QTest::newRow("left-to-right mark")
            << QStringLiteral("M0\u200E01") << QStringLiteral("U+200E");
        QTest::newRow("escape") << QStringLiteral("M\x1b") << QStringLiteral("U+001B");
        QTest::newRow("noncharacter") << QStringLiteral("M\uFFFF") << QStringLiteral("U+FFFF");
    }

    void keysRefuseInvisibleCharacters()
    {
        QFETCH(QString, key);
        QFETCH(QString, codePoint);
        const auto e = rules::checkExtId(key, QStringLiteral("id"));
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("id"));
        QVERIFY2(e->message.contains(codePoint), qPrintable(e->message));
        QVERIFY(!rules::checkExtId(QStringLiteral("M-001_😀"), QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestRosterRules)
#include "TestRosterRules.moc"
