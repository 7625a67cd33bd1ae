#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/SpeechService.h"

using namespace sl;
using namespace session_fixture;

class TestSpeechService : public QObject
{
    Q_OBJECT

private slots:
    void speechesAtHeldSessions()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 held = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        const qint64 planned =
            heldSession(*ledger, "G-C01", Date(2026, 12, 8), SessionStatus::Planned);
        SpeechService speeches(*ledger);
        Speech s;
        s.sessionId = held;
        s.memberId = memberId(*ledger, "M003");
        s.title = QStringLiteral("  以新发展理念引领高质量发展 ");
        auto id = speeches.save(s);
        QVERIFY(id.ok());
        auto rows = speeches.speeches(held);
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().speech.title, QStringLiteral("以新发展理念引领高质量发展"));
        QCOMPARE(rows->front().memberExtId, QStringLiteral("M003"));

        auto twice = speeches.save(s);
        QCOMPARE(twice.error().field, QStringLiteral("title"));
        s.sessionId = planned;
        QCOMPARE(speeches.save(s).error().field, QStringLiteral("session_id"));
        s.sessionId = held;
        s.title.clear();
        QCOMPARE(speeches.save(s).error().field, QStringLiteral("title"));
        QVERIFY(speeches.remove(*id).ok());
        QVERIFY(speeches.speeches(held)->empty());
    }
};

QTEST_GUILESS_MAIN(TestSpeechService)
#include "TestSpeechService.moc"
