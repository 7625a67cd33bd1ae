#include "faults/FaultHarness.h"
#include "faults/Verdicts.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QTest>

using namespace faults;

// Opening a ledger of an older schema migrates it; under a failing n-th write, fsync or truncate
// (SQLite layer, or libc calls on every file of the ledger's folder), for n = 1..N: a failure
// exits 4 and leaves the file at its old version with its content intact, and repeated failures
// leave at most one migration copy beside it; a success leaves a ledger at the latest version
// that passes `check`.
class TestFaultMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old;            // a ledger at schema version 1
    QStringList m_oldContent; // its dump
    QStringList m_migrated;   // its dump after a clean migration and import

    // Where the command's own output goes: outside the ledger's folder, so that a fault there
    // is always the migration's.
    QTemporaryDir m_out;

    QStringList commandFor(const QString& db) const
    {
        // The first thing a command does is to open, and so migrate, the ledger; this one then
        // writes nothing into it (a command that also imports would fail in its second
        // transaction with the migration rightly kept).
        return {QStringLiteral("--db"),   db,
                QStringLiteral("export"), QStringLiteral("orgs"),
                QStringLiteral("-o"),     m_out.filePath(QStringLiteral("orgs.csv"))};
    }

    // Names in the folder other than the ledger and its -wal and -shm.
    static QStringList copiesBeside(const QString& dir)
    {
        QStringList out;
        const QStringList ledger{QStringLiteral("old.sqlite"), QStringLiteral("old.sqlite-wal"),
                                 QStringLiteral("old.sqlite-shm")};
        for (const QString& name : entries(dir))
            if (!ledger.contains(name))
                out << name;
        return out;
    }

    static int versionOf(const QStringList& content)
    {
        return content.value(0).section(QLatin1Char('='), 1).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sl::Migrator::latestVersion() > 1);
        m_old = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto db = sl::Database::open(m_old, sl::Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(sl::Migrator::migrate(**db, 1).ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisations (ext_id, name, kind) VALUES "
                                          "('D01', '区委机关党委', 'committee'), "
                                          "('X01', '另一个党委', 'committee')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QVERIFY(!QFile::exists(m_old + QStringLiteral("-wal")) ||
                QFileInfo(m_old + QStringLiteral("-wal")).size() == 0);
        QFile::remove(m_old + QStringLiteral("-wal"));
        QFile::remove(m_old + QStringLiteral("-shm"));
        m_oldContent = dump(m_old);
        QCOMPARE(versionOf(m_oldContent), 1);

        QTemporaryDir clean;
        const QString db = clean.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(copyDatabase(m_old, db));
        const Run run = cli(commandFor(db));
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        m_migrated = dump(db);
        QCOMPARE(versionOf(m_migrated), sl::Migrator::latestVersion());
    }

    void migrationIsAllOrNothing_data() { addLayerOpRows(); }

    void migrationIsAllOrNothing()
    {
        QFETCH(QString, layer);
        QFETCH(QString, op);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString db = work.filePath(QStringLiteral("old.sqlite"));
        const auto reset = [&] {
            for (const QString& name : entries(work.path()))
                QFile::remove(work.filePath(name));
            return copyDatabase(m_old, db);
        };

        Fault fault;
        fault.layer = layer;
        fault.op = op;
        if (layer == QLatin1String("file"))
            fault.path = work.path() + QLatin1Char('/');
        QVERIFY(reset());
        const Run counted = cli(commandFor(db), &fault);
        QVERIFY2(counted.code == 0, qPrintable(describe(counted)));
        QVERIFY(reset());

        Verdicts v;
        // The file is not reset after a failure: the next run migrates what the failure left,
        // as a user trying again would.
        int index = 0;
        for (const Fault& planned : plan(fault, counted.count, 14)) {
            fault = planned;
            ++index;
            const QString what = describe(fault);
            const Run run = cli(commandFor(db), &fault);
            v.ran(run);
            v.expect(!run.crashed, what, QStringLiteral("crashed: ") + describe(run));
            QString error;
            const QStringList now = dump(db, &error);
            v.expect(error.isEmpty(), what, error);
            if (run.code == 0) {
                v.expect(now == m_migrated, what,
                         QStringLiteral("exit 0, but the ledger is "
                                        "at version %1 with %2 lines")
                             .arg(versionOf(now))
                             .arg(now.size()));
                const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
                v.expect(check.code == 0, what, QStringLiteral("check: ") + describe(check));
                QVERIFY(reset());
                continue;
            }
            v.expect(run.hit, what, QStringLiteral("failed without the fault: ") + describe(run));
            v.expect(run.code == 4, what, QStringLiteral("not exit 4: ") + describe(run));
            v.expect(now == m_oldContent, what,
                     QStringLiteral("a failed migration left version %1 with %2 lines")
                         .arg(versionOf(now))
                         .arg(now.size()));
            v.expect(integrity(db) == QLatin1String("ok"), what,
                     QStringLiteral("integrity: ") + integrity(db));
            const QStringList copies = copiesBeside(work.path());
            v.expect(copies.size() <= 1, what,
                     QStringLiteral("%1 copies beside the ledger: %2")
                         .arg(copies.size())
                         .arg(copies.join(QLatin1Char(' '))));
        }
        // After the failures a clean run migrates.
        fault.n = counted.count + 1;
        const Run clean = cli(commandFor(db), &fault);
        v.expect(!clean.hit && clean.code == 0 && dump(db) == m_migrated,
                 QStringLiteral("after the failures"), describe(clean));
        qInfo("%ld operations; %s", counted.count, qPrintable(v.summary()));
        SL_VERIFY_VERDICTS(v);
    }
};

QTEST_GUILESS_MAIN(TestFaultMigration)
#include "TestFaultMigration.moc"
