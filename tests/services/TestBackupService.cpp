#include "support/BackupFixture.h"
#include "support/TempLedger.h"

#include "services/BackupService.h"
#include "services/SessionService.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace sl;
using namespace backup_fixture;

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    // Another connection adds members all the while: the backup is one consistent moment.
    void aBackupWhileAnotherConnectionWritesIsConsistent()
    {
        TempLedger ledger;
        QVERIFY(session_fixture::buildRoster(*ledger));
        const qint64 before = memberCount(*ledger);
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread writer([&] {
            auto other = Ledger::open(ledger.path(), OpenMode::MustExist);
            if (!other)
                return;
            for (int n = 0; !stop && n < 5000; ++n) {
                if (!addMember(**other, n))
                    break;
                ++written;
            }
        });
        while (written < 5)
            QThread::msleep(1);
        const QString target = ledger.file(QStringLiteral("during.sqlite"));
        auto done = BackupService(*ledger).backup(target);
        const int writtenDuring = written;
        stop = true;
        writer.join();
        QVERIFY2(done, qPrintable(done ? QString() : done.error().text()));
        QVERIFY(writtenDuring > 5);

        auto copy = Ledger::open(target, OpenMode::ReadOnly);
        QVERIFY(copy);
        auto problems = (*copy)->check();
        QVERIFY(problems && problems->isEmpty());
        const qint64 inCopy = memberCount(**copy) - before;
        QVERIFY2(inCopy >= 5 && inCopy <= written, qPrintable(QString::number(inCopy)));
        // A snapshot: the first k of the writer's members, none missing in between.
        for (int n = 0; n < inCopy; ++n) {
            auto m = RosterService(**copy).resolveMember(
                QStringLiteral("X%1").arg(n, 4, 10, QLatin1Char('0')));
            QVERIFY2(m, qPrintable(QString::number(n)));
        }
    }

    void materialsComeAlongBesideTheBackup()
    {
        TempLedger ledger;
        const qint64 session = ledgerWithMaterial(*ledger, ledger.file({}), "学习材料");
        QVERIFY(session);
        const QString target = ledger.file(QStringLiteral("b.sqlite"));
        auto done = BackupService(*ledger).backup(target);
        QVERIFY(done);
        QCOMPARE(done->materials, target + QStringLiteral(".files"));
        QCOMPARE(done->materialFiles, 1);
        QVERIFY(done->missingMaterials.isEmpty());
        // The backup is a ledger of its own: its materials open through it.
        auto copy = Ledger::open(target, OpenMode::ReadOnly);
        QVERIFY(copy);
        SessionService sessions(**copy);
        auto materials = sessions.materials(session);
        QVERIFY(materials && materials->size() == 1);
        const QString file = sessions.materialPath(materials->front());
        QVERIFY(file.startsWith(target + QStringLiteral(".files/")));
        QCOMPARE(fileBytes(file), QByteArray("学习材料"));
        // Owner-only, like the ledger.
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void aLedgerWithoutMaterialsGivesNoFolder()
    {
        TempLedger ledger;
        QVERIFY(session_fixture::buildRoster(*ledger));
        const QString target = ledger.file(QStringLiteral("b.sqlite"));
        auto done = BackupService(*ledger).backup(target);
        QVERIFY(done);
        QVERIFY(done->materials.isEmpty());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".files")));
    }

    // A folder in the way is refused before anything is written.
    void aBackupNeverWritesOverAMaterialsFolder()
    {
        TempLedger ledger;
        QVERIFY(ledgerWithMaterial(*ledger, ledger.file({}), "x"));
        const QString target = ledger.file(QStringLiteral("b.sqlite"));
        QVERIFY(QDir().mkpath(target + QStringLiteral(".files/keep")));
        auto done = BackupService(*ledger).backup(target);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Invalid);
        QVERIFY(done.error().message.contains(target + QStringLiteral(".files")));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(target + QStringLiteral(".files/keep")).isDir());
    }

    // A material whose file went (removed while the backup ran, or lost before) is named.
    void aMissingMaterialIsReported()
    {
        TempLedger ledger;
        const qint64 session = ledgerWithMaterial(*ledger, ledger.file({}), "x");
        QVERIFY(session);
        SessionService sessions(*ledger);
        auto materials = sessions.materials(session);
        QVERIFY(materials && materials->size() == 1);
        QVERIFY(QFile::remove(sessions.materialPath(materials->front())));
        QVERIFY(
            writeBytes(BackupService::materialsFolder(ledger.path()) + QStringLiteral("/other.txt"),
                       "y")
                .size());
        auto done = BackupService(*ledger).backup(ledger.file(QStringLiteral("b.sqlite")));
        QVERIFY(done);
        QCOMPARE(done->missingMaterials, QStringList{materials->front().storedPath});
    }

    void onlyAdministratorsBackUp()
    {
        TempLedger ledger;
        Actor secretary;
        secretary.accountId = 1;
        secretary.role = AccountRole::Secretary;
        ledger->setActor(secretary);
        auto done = BackupService(*ledger).backup(ledger.file(QStringLiteral("b.sqlite")));
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Permission);
        QVERIFY(done.error().message.contains(QStringLiteral("ledger.backup")));
        QVERIFY(!QFileInfo::exists(ledger.file(QStringLiteral("b.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
