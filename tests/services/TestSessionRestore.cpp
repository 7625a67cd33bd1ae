#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/SessionService.h"

#include <QFile>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// SessionService::restore (the undo of a deleted session) keeps the rules of a new session: a
// number taken meanwhile refuses it and leaves nothing behind — no row, no material file.
class TestSessionRestore : public QObject
{
    Q_OBJECT

private slots:
    void aTakenNumberRefusesTheRestoreAndLeavesNothing()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        const qint64 id = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        QVERIFY(id != 0);
        const QString source = ledger.file(QStringLiteral("提纲.txt"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("outline");
        }
        QVERIFY(service.attachMaterial(id, source).ok());
        auto snapshot = service.snapshot(id);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->materials.size(), size_t(1));
        QCOMPARE(snapshot->materials.front().content, QByteArray("outline"));
        const QString path = service.materialPath(snapshot->materials.front().material);
        QVERIFY(service.remove(id).ok());
        QVERIFY(!QFile::exists(path));

        // Another session takes the number.
        StudySession other = snapshot->session;
        other.id = 0;
        other.topic = QStringLiteral("另一次学习");
        QVERIFY(service.save(other).ok());
        auto restored = service.restore(*snapshot);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().field, QStringLiteral("id"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(service.byExtId(snapshot->session.extId)->value().topic,
                 QStringLiteral("另一次学习"));
    }

    void aMaterialWhoseFileIsGoneDoesNotKeepTheSessionFromBeingDeleted()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        const qint64 id = heldSession(*ledger, "G-C01", Date(2026, 3, 11));
        const QString source = ledger.file(QStringLiteral("讲稿.txt"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("speech");
        }
        QVERIFY(service.attachMaterial(id, source).ok());
        auto materials = service.materials(id);
        QVERIFY(materials.ok() && materials->size() == 1);
        QVERIFY(QFile::remove(service.materialPath(materials->front())));
        // The snapshot leaves the lost file out; the session is deleted and restored without it.
        auto snapshot = service.snapshot(id);
        QVERIFY(snapshot.ok());
        QVERIFY(snapshot->materials.empty());
        QVERIFY(service.remove(id).ok());
        auto restored = service.restore(*snapshot);
        QVERIFY2(restored.ok(), qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(service.byExtId(snapshot->session.extId)->value().topic, snapshot->session.topic);
    }
};

QTEST_GUILESS_MAIN(TestSessionRestore)
#include "TestSessionRestore.moc"
