#include "support/BackupFixture.h"
#include "support/Damage.h"
#include "support/MigratedDatabase.h"
#include "support/TempLedger.h"

#include "services/BackupService.h"
#include "services/SessionService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <functional>
#include <memory>

using namespace sl;
using namespace backup_fixture;

namespace {

// Makes a bad file at `path` from a good backup `good`; false when it could not.
using Spoil = std::function<bool(const QString& good, const QString& path)>;

bool copyThen(const QString& good, const QString& path, const std::function<bool()>& then)
{
    return QFile::copy(good, path) && then();
}

// Everything a refused restore must leave alone: the ledger's bytes (with its journal), its
// members, its materials and the files beside it.
struct Snapshot
{
    QByteArray database;
    QByteArray journal;
    qint64 members = 0;
    QByteArray material;
    QStringList files;

    static Snapshot of(TempLedger& ledger, const QString& materialFile)
    {
        Snapshot s;
        s.database = fileDigest(ledger.path());
        s.journal = fileDigest(ledger.path() + QStringLiteral("-wal"));
        s.members = memberCount(*ledger);
        s.material = fileBytes(materialFile);
        s.files = QDir(QFileInfo(ledger.path()).absolutePath()).entryList(QDir::AllEntries);
        return s;
    }
    bool operator==(const Snapshot&) const = default;
};

} // namespace

Q_DECLARE_METATYPE(Spoil)

class TestRestore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_session = 0;
    QString m_backup;
    QString m_material; // the material's file in the ledger's folder

    Ledger& ledger() { return **m_ledger; }

private slots:
    void init()
    {
        m_ledger = std::make_unique<TempLedger>();
        m_session = ledgerWithMaterial(ledger(), m_ledger->file({}), "旧材料");
        QVERIFY(m_session);
        m_backup = m_ledger->file(QStringLiteral("backup.sqlite"));
        QVERIFY(BackupService(ledger()).backup(m_backup));
        SessionService sessions(ledger());
        m_material = sessions.materialPath(sessions.materials(m_session)->front());
    }

    void aBadFileIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<Spoil>("spoil");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a page overwritten") << Spoil([](const QString& good, const QString& p) {
            return copyThen(good, p, [p] { return overwriteMiddlePage(p); });
        }) << QStringLiteral("damaged");
        QTest::newRow("indexes emptied") << Spoil([](const QString& good, const QString& p) {
            return copyThen(good, p, [p] { return emptyIndexesOf(p, QStringLiteral("members")); });
        }) << QStringLiteral("damaged");
        QTest::newRow("truncated") << Spoil([](const QString& good, const QString& p) {
            return copyThen(good, p, [p] { return QFile::resize(p, QFileInfo(p).size() / 2); });
        }) << QStringLiteral("shorter than its header says");
        QTest::newRow("another program's SQLite file")
            << Spoil([](const QString&, const QString& p) {
                   return rawExec(p, {QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)"),
                                      QStringLiteral("INSERT INTO notes VALUES (1, 'x')")});
               })
            << QStringLiteral("another program");
        QTest::newRow("a text file") << Spoil([](const QString&, const QString& p) {
            return !writeBytes(p, "编号,姓名\nM001,张三\n").isEmpty();
        }) << QStringLiteral("not an SQLite file");
        QTest::newRow("an empty file") << Spoil([](const QString&, const QString& p) {
            return QFile::resize(p, 0) || !writeBytes(p, {}).isNull();
        }) << QStringLiteral("empty");
        QTest::newRow("a newer schema") << Spoil([](const QString& good, const QString& p) {
            return copyThen(good, p, [p] {
                return rawExec(p, {QStringLiteral("PRAGMA user_version = %1")
                                       .arg(Migrator::latestVersion() + 1)});
            });
        }) << QStringLiteral("newer than this program");
        QTest::newRow("no file") << Spoil([](const QString&, const QString&) { return true; })
                                 << QStringLiteral("no such file");
        QTest::newRow("a folder") << Spoil([](const QString&, const QString& p) {
            return QDir().mkpath(p);
        }) << QStringLiteral("folder");
    }

    void aBadFileIsRefusedAndChangesNothing()
    {
        QFETCH(Spoil, spoil);
        QFETCH(QString, reason);
        const QString bad = m_ledger->file(QStringLiteral("bad.sqlite"));
        QVERIFY(spoil(m_backup, bad));
        QVERIFY(addMember(ledger(), 1)); // the ledger is not the backup's state any more
        const Snapshot before = Snapshot::of(*m_ledger, m_material);

        auto done = BackupService(ledger()).restore(bad);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Invalid);
        QVERIFY2(done.error().message.contains(bad), qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(reason), qPrintable(done.error().message));
        QVERIFY(done.error().message.contains(QStringLiteral("not changed")));

        QVERIFY(Snapshot::of(*m_ledger, m_material) == before);
        auto problems = ledger().check();
        QVERIFY(problems && problems->isEmpty());
    }

    void theOpenLedgerIsNotABackup()
    {
        auto done = BackupService(ledger()).restore(ledger().path());
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Invalid);
    }

    void aGoodBackupGivesBackTheOldDataAndKeepsTheReplaced()
    {
        const qint64 then = memberCount(ledger());
        QVERIFY(addMember(ledger(), 1));
        QVERIFY(addMember(ledger(), 2));
        SessionService sessions(ledger());
        QVERIFY(sessions.removeMaterial(sessions.materials(m_session)->front().id));
        const QString newer = m_ledger->file(QStringLiteral("新材料.txt"));
        QVERIFY(!writeBytes(newer, "新材料").isEmpty());
        QVERIFY(sessions.attachMaterial(m_session, newer));

        auto done = BackupService(ledger()).restore(m_backup);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().text()));
        QCOMPARE(memberCount(ledger()), then);
        QCOMPARE(done->materialFiles, 1);
        auto materials = sessions.materials(m_session);
        QVERIFY(materials && materials->size() == 1);
        QCOMPARE(fileBytes(sessions.materialPath(materials->front())), QByteArray("旧材料"));
        QVERIFY(!QFileInfo::exists(BackupService::materialsFolder(ledger().path()) +
                                   QStringLiteral("/G-C01-20260310-1/新材料.txt")));
        auto problems = ledger().check();
        QVERIFY(problems && problems->isEmpty());

        // The replaced database and its materials, as they were.
        QVERIFY(
            done->keptDatabase.startsWith(ledger().path() + QStringLiteral(".before-restore-")));
        QCOMPARE(done->keptMaterials, done->keptDatabase + QStringLiteral(".files"));
        auto kept = Ledger::open(done->keptDatabase, OpenMode::ReadOnly);
        QVERIFY(kept);
        QCOMPARE(memberCount(**kept), then + 2);
        QCOMPARE(fileBytes(done->keptMaterials + QStringLiteral("/G-C01-20260310-1/新材料.txt")),
                 QByteArray("新材料"));
        // No staging folder is left behind.
        QVERIFY(QDir(m_ledger->file({}))
                    .entryList({QStringLiteral(".*partial*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());

        // The restore is in the restored database's audit trail.
        AuditRepository audit(ledger().db());
        auto page = audit.page({}, 0, 1);
        QVERIFY(page && page->size() == 1);
        QCOMPARE(page->front().action, QStringLiteral("restore"));
        QVERIFY(page->front().detail.contains(QStringLiteral("backup.sqlite")));
    }

    void aBackupWithoutMaterialsLeavesNone()
    {
        TempLedger plain;
        QVERIFY(session_fixture::buildRoster(*plain));
        const QString backup = plain.file(QStringLiteral("plain.sqlite"));
        QVERIFY(BackupService(*plain).backup(backup));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".files")));
        QVERIFY(QFile::copy(backup, m_ledger->file(QStringLiteral("plain.sqlite"))));

        auto done = BackupService(ledger()).restore(m_ledger->file(QStringLiteral("plain.sqlite")));
        QVERIFY(done);
        QVERIFY(!QFileInfo::exists(BackupService::materialsFolder(ledger().path())));
        QVERIFY(QFileInfo(done->keptMaterials).isDir());
        QCOMPARE(memberCount(ledger()), memberCount(*plain));
        auto materials = SessionService(ledger()).materials(m_session); // the session is gone
        QVERIFY(!materials || materials->empty());
    }

    // An older backup is brought to the current schema after the restore.
    void anOlderBackupIsMigrated()
    {
        const QString old = m_ledger->file(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(old, OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY(Migrator::migrate(**db, 4));
        }
        auto done = BackupService(ledger()).restore(old);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().text()));
        QCOMPARE(done->fromVersion, 4);
        QCOMPARE(done->toVersion, Migrator::latestVersion());
        QCOMPARE(ledger().db().schemaVersion(), Migrator::latestVersion());
        QVERIFY(QFileInfo::exists(done->migrationBackup));
        QCOMPARE(memberCount(ledger()), qint64(0));
    }

    // The case a restore is for: the ledger is damaged. Its copy is kept as it is.
    void aDamagedLedgerIsRestored()
    {
        const QString path = m_ledger->file(QStringLiteral("damaged.sqlite"));
        {
            auto made = Ledger::open(path, OpenMode::CreateIfMissing);
            QVERIFY(made && session_fixture::buildRoster(**made));
        }
        QVERIFY(emptyIndexesOf(path, QStringLiteral("members")));
        auto damaged = Ledger::open(path, OpenMode::MustExist);
        QVERIFY(damaged);
        auto before = (*damaged)->check();
        QVERIFY(before && !before->isEmpty());

        auto done = BackupService(**damaged).restore(m_backup);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().text()));
        auto after = (*damaged)->check();
        QVERIFY(after && after->isEmpty());
        QCOMPARE(memberCount(**damaged), memberCount(ledger()));
        QVERIFY(QFileInfo(done->keptDatabase).size() > 0);
    }

    void onlyAdministratorsRestore()
    {
        Actor leader;
        leader.accountId = 1;
        leader.role = AccountRole::Leader;
        ledger().setActor(leader);
        auto done = BackupService(ledger()).restore(m_backup);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Permission);
        QVERIFY(done.error().message.contains(QStringLiteral("ledger.restore")));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "TestRestore.moc"
