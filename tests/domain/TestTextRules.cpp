#include "support/ErrorFields.h"

#include "domain/ActivityRules.h"
#include "domain/RosterRules.h"
#include "domain/SessionRules.h"
#include "domain/TextRules.h"

#include <QTest>

using namespace sl;
using rules::TextKind;

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void charactersByKind_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ok");
        const int name = int(TextKind::Name);
        const int line = int(TextKind::Line);
        const int free = int(TextKind::FreeText);
        QTest::newRow("plain name") << QStringLiteral("张三") << name << true;
        QTest::newRow("ampersand in a name") << QStringLiteral("R&D 党支部") << name << true;
        QTest::newRow("markup in a name")
            << QStringLiteral("</title><script>alert(1)</script>") << name << false;
        QTest::newRow("< in a name") << QStringLiteral("a<b") << name << false;
        QTest::newRow("> in a name") << QStringLiteral("a>b") << name << false;
        QTest::newRow("markup in a line") << QStringLiteral("a<b>c") << line << true;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << line
                             << false;
        QTest::newRow("ESC") << QStringLiteral("a\x1b]0;x\ab") << name << false;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << line << false;
        QTest::newRow("C1 NEL") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b") << name
                                << false;
        QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9b) << free << false;
        QTest::newRow("U+00A0 is not a control")
            << QStringLiteral("a") + QChar(0xa0) << name << true;
        QTest::newRow("tab in a name") << QStringLiteral("a\tb") << name << false;
        QTest::newRow("line break in a line") << QStringLiteral("a\nb") << line << false;
        QTest::newRow("tab and LF in free text") << QStringLiteral("a\tb\nc") << free << true;
        QTest::newRow("CR LF in free text") << QStringLiteral("a\r\nb") << free << true;
        QTest::newRow("lone CR in free text") << QStringLiteral("a\rb") << free << false;
        QTest::newRow("markup in free text") << QStringLiteral("<b>x</b>") << free << true;
        QTest::newRow("BEL in free text") << QStringLiteral("a\ab") << free << false;
    }

    void charactersByKind()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(bool, ok);
        const auto e = rules::checkCharacters(value, QStringLiteral("name"), TextKind(kind));
        QCOMPARE(!e.has_value(), ok);
        if (e)
            QCOMPARE(e->field, QStringLiteral("name"));
    }

    void messageNamesTheCodePointNotTheCharacter()
    {
        const auto e = rules::checkCharacters(QStringLiteral("ab\x1b[31m"), QStringLiteral("name"),
                                              TextKind::Name);
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("U+001B")), qPrintable(e->message));
        QVERIFY2(e->message.contains(QStringLiteral("3")), qPrintable(e->message));
        QVERIFY(!e->message.contains(QChar(0x1b)));
    }

    void rosterNamesRefuseMarkupAndControls()
    {
        const QString hostile = QStringLiteral("</title><script>alert(1)</script>");
        Member m;
        m.extId = QStringLiteral("M1");
        m.name = hostile;
        QCOMPARE(fields(rules::checkMember(m, Date(2026, 1, 1))), QStringList{"name"});
        m.name = QStringLiteral("张三");
        m.position = QStringLiteral("书记\n委员");
        QCOMPARE(fields(rules::checkMember(m, Date(2026, 1, 1))), QStringList{"position"});
        m.position.clear();
        m.extId = QStringLiteral("M") + QChar(0x7);
        QCOMPARE(fields(rules::checkMember(m, Date(2026, 1, 1))), QStringList{"id"});

        Organisation org;
        org.extId = QStringLiteral("O1");
        org.name = QStringLiteral("第一<b>党支部</b>");
        QCOMPARE(fields(rules::checkOrganisation(org)), QStringList{"name"});
        org.name = QStringLiteral("R&D 党支部");
        QVERIFY(rules::checkOrganisation(org).empty());

        StudyGroup g;
        g.extId = QStringLiteral("G1");
        g.name = QStringLiteral("学习组") + QChar(0x9b);
        QCOMPARE(fields(rules::checkGroup(g)), QStringList{"name"});
    }

    void registerNamesRefuseMarkup()
    {
        Expert x;
        x.name = QStringLiteral("<img src=x onerror=alert(1)>");
        QCOMPARE(fields(rules::checkExpert(x)), QStringList{"name"});
        x.name = QStringLiteral("李教授");
        x.affiliation = QStringLiteral("党校\x1b");
        QCOMPARE(fields(rules::checkExpert(x)), QStringList{"affiliation"});

        ModelUnit u;
        u.name = QStringLiteral("<script>");
        u.orgId = 1;
        u.year = 2026;
        QCOMPARE(fields(rules::checkModelUnit(u)), QStringList{"name"});
    }

    void sessionTopicsAreNotNamesButRefuseControls()
    {
        StudySession s;
        s.groupId = 1;
        s.date = Date(2026, 1, 13);
        s.minutes = 90;
        s.topic = QStringLiteral("学习<二十大>精神");
        QVERIFY(rules::checkSession(s).empty());
        s.topic = QStringLiteral("学习\x1b]0;owned\a");
        QCOMPARE(fields(rules::checkSession(s)), QStringList{"topic"});
        s.topic = QStringLiteral("学习");
        s.speaker = QStringLiteral("</title><script>");
        QCOMPARE(fields(rules::checkSession(s)), QStringList{"speaker"});
        s.speaker.clear();
        s.minutesText = QStringLiteral("一、会议内容\n\t学习。\r\n二、");
        QVERIFY(rules::checkSession(s).empty());
        s.minutesText += QChar(0);
        QCOMPARE(fields(rules::checkSession(s)), QStringList{"minutes_text"});
    }

    void freeTextOfActivities()
    {
        SelfStudyEntry e;
        e.date = Date(2026, 1, 1);
        e.minutes = 30;
        e.material = QStringLiteral("党章");
        e.notes = QStringLiteral("第一段\n\t第二段");
        QVERIFY(rules::checkSelfStudy(e, Date(2026, 2, 1)).empty());
        e.notes += QChar(0x1b);
        QCOMPARE(fields(rules::checkSelfStudy(e, Date(2026, 2, 1))), QStringList{"notes"});
        e.notes.clear();
        e.material = QStringLiteral("党章\n");
        QCOMPARE(fields(rules::checkSelfStudy(e, Date(2026, 2, 1))), QStringList{"material"});
    }
};

QTEST_APPLESS_MAIN(TestTextRules)
#include "TestTextRules.moc"
