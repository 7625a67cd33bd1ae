#include "support/ErrorFields.h"

#include "domain/ActivityRules.h"

#include <QTest>

using namespace sl;

class TestActivityRules : public QObject
{
    Q_OBJECT

    const Date m_today{2026, 6, 30};

    static SelfStudyEntry entry()
    {
        SelfStudyEntry e;
        e.memberId = 1;
        e.date = Date(2026, 6, 1);
        e.minutes = 45;
        e.material = QStringLiteral("《中国共产党章程》");
        e.medium = Medium::Book;
        return e;
    }

    static Writing writing()
    {
        Writing w;
        w.memberId = 1;
        w.kind = WritingKind::Report;
        w.title = QStringLiteral("农村基层党组织建设调研");
        w.date = Date(2026, 5, 30);
        w.chars = 12000;
        return w;
    }

private slots:
    void goodEntryPasses()
    {
        QVERIFY(rules::checkSelfStudy(entry(), m_today).empty());
        SelfStudyEntry today = entry();
        today.date = m_today; // today itself is fine
        today.notes = QStringLiteral("　　任何文字 📚\r\n");
        QVERIFY(rules::checkSelfStudy(today, m_today).empty());
    }

    void entryDate()
    {
        SelfStudyEntry e = entry();
        e.date = Date();
        QCOMPARE(fields(rules::checkSelfStudy(e, m_today)), QStringList{QStringLiteral("date")});
        e.date = Date(2026, 7, 1);
        const auto errors = rules::checkSelfStudy(e, m_today);
        QCOMPARE(fields(errors), QStringList{QStringLiteral("date")});
        QVERIFY(errors.front().message.contains(QStringLiteral("future")));
        QVERIFY(errors.front().message.contains(QStringLiteral("2026-06-30")));
    }

    void entryMinutes_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("1440") << 1440 << true;
        QTest::newRow("1441") << 1441 << false;
        QTest::newRow("negative") << -30 << false;
    }

    void entryMinutes()
    {
        QFETCH(int, minutes);
        QFETCH(bool, ok);
        SelfStudyEntry e = entry();
        e.minutes = minutes;
        const auto errors = rules::checkSelfStudy(e, m_today);
        QCOMPARE(errors.empty(), ok);
        if (!ok)
            QCOMPARE(fields(errors), QStringList{QStringLiteral("minutes")});
    }

    void entryMaterial()
    {
        SelfStudyEntry e = entry();
        e.material = QStringLiteral("　 "); // white space only, ideographic included
        QCOMPARE(fields(rules::checkSelfStudy(e, m_today)),
                 QStringList{QStringLiteral("material")});
        e.material = QString(rules::maxMaterialLength, QChar(0x5b66));
        QVERIFY(rules::checkSelfStudy(e, m_today).empty());
        e.material += QChar(0x4e60);
        QCOMPARE(fields(rules::checkSelfStudy(e, m_today)),
                 QStringList{QStringLiteral("material")});
    }

    void everyProblemIsReported()
    {
        SelfStudyEntry e;
        e.minutes = 0;
        QCOMPARE(fields(rules::checkSelfStudy(e, m_today)),
                 (QStringList{QStringLiteral("date"), QStringLiteral("minutes"),
                              QStringLiteral("material")}));
    }

    void goodWritingPasses()
    {
        QVERIFY(rules::checkWriting(writing(), m_today).empty());
        Writing textOnly = writing();
        textOnly.chars.reset();
        textOnly.text = QStringLiteral("正文");
        QVERIFY(rules::checkWriting(textOnly, m_today).empty());
        Writing zero = writing();
        zero.chars = 0; // an explicit length of 0 is a length
        QVERIFY(rules::checkWriting(zero, m_today).empty());
    }

    void writingNeedsTextOrLength()
    {
        Writing w = writing();
        w.chars.reset();
        w.text = QStringLiteral(" \r\n　");
        const auto errors = rules::checkWriting(w, m_today);
        QCOMPARE(fields(errors), QStringList{QStringLiteral("chars")});
        QVERIFY(errors.front().message.contains(QStringLiteral("text")));
        QVERIFY(errors.front().message.contains(QStringLiteral("chars")));
    }

    void writingFields()
    {
        Writing w = writing();
        w.title = QString();
        w.date = Date();
        w.chars = -1;
        w.published = QString(rules::maxPublishedLength + 1, QLatin1Char('x'));
        QCOMPARE(fields(rules::checkWriting(w, m_today)),
                 (QStringList{QStringLiteral("title"), QStringLiteral("date"),
                              QStringLiteral("chars"), QStringLiteral("published")}));
        w = writing();
        w.date = Date(2027, 1, 1);
        QCOMPARE(fields(rules::checkWriting(w, m_today)), QStringList{QStringLiteral("date")});
    }

    void writingLength()
    {
        Writing w = writing();
        w.text = QStringLiteral("一　二 三");
        QCOMPARE(rules::writingLength(w), 12000); // the explicit length wins
        w.chars.reset();
        QCOMPARE(rules::writingLength(w), 3);
        w.text = QStringLiteral("🏮𬀩\r\n");
        QCOMPARE(rules::writingLength(w), 2);
    }
};

QTEST_GUILESS_MAIN(TestActivityRules)
#include "TestActivityRules.moc"
