#include "support/FileBytes.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/SessionService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
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
        QVERIFY(!writeBytes(source, "outline").isEmpty());
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
        QVERIFY(!writeBytes(source, "speech").isEmpty());
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

    // A material file that cannot be written back, then a ledger locked by another writer: each
    // refuses the restore with the reason and leaves nothing behind — no session, no file.
    void aBlockedFileOrALockedLedgerLeavesNothing()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        const qint64 id = heldSession(*ledger, "G-C01", Date(2026, 3, 12));
        for (const char* name : {"提纲.txt", "讲稿.txt"}) {
            const QString source = writeBytes(ledger.file(QString::fromUtf8(name)), name);
            QVERIFY(service.attachMaterial(id, source).ok());
        }
        auto snapshot = service.snapshot(id);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->materials.size(), size_t(2));
        const QString first = service.materialPath(snapshot->materials[0].material);
        const QString second = service.materialPath(snapshot->materials[1].material);
        QVERIFY(service.remove(id).ok());
        const auto sessionBack = [&] {
            auto found = service.byExtId(snapshot->session.extId);
            return found.ok() && found->has_value();
        };

        // A folder where the second file goes: the first file written is taken away again.
        QVERIFY(QDir().mkpath(second));
        auto blocked = service.restore(*snapshot);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().field, QStringLiteral("material"));
        QVERIFY2(blocked.error().message.contains(second), qPrintable(blocked.error().message));
        QVERIFY(!QFileInfo::exists(first));
        QVERIFY(!sessionBack());
        QVERIFY(QDir(second).removeRecursively());

        // Another writer holds the ledger: the files written are taken away again.
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(ledger->db().path());
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto locked = service.restore(*snapshot);
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(!locked.ok());
        QVERIFY(!QFileInfo::exists(first));
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(!sessionBack());

        // Nothing in the way any more: it comes back whole.
        auto restored = service.restore(*snapshot);
        QVERIFY2(restored.ok(), qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(sessionBack());
        QVERIFY(QFileInfo::exists(first) && QFileInfo::exists(second));
    }
};

QTEST_GUILESS_MAIN(TestSessionRestore)
#include "TestSessionRestore.moc"
