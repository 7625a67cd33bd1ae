#include "faults/FaultHarness.h"

#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace faults;

// A real write error from the kernel, without the injector: studyledger-cli runs under a file
// size limit (RLIMIT_FSIZE, as `ulimit -f` sets it), so that a write past the limit fails with
// EFBIG, or kills the process with SIGXFSZ unless it ignores that signal. An export, a backup
// and a migration bigger than the limit must exit 4 and leave nothing behind.
class TestFileSizeLimit : public QObject
{
    Q_OBJECT

    static constexpr rlim_t limit = 64 * 1024; // above a ledger's 32 KiB -shm file

    QTemporaryDir m_dir;
    QString m_demo;

    static Run limited(const QStringList& args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(SL_CLI_PATH));
        p.setArguments(args);
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_DFL); // what the program does with it is up to the program
            const rlimit rl{limit, limit};
            setrlimit(RLIMIT_FSIZE, &rl);
        });
        p.start();
        Run run;
        run.crashed = !p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit;
        run.code = p.exitCode();
        run.err = QString::fromUtf8(p.readAllStandardError());
        if (run.crashed)
            run.err += QStringLiteral(" (killed by signal %1)").arg(p.exitCode());
        return run;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = cli({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                              QStringLiteral("--members"), QStringLiteral("200")});
        QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
        QVERIFY(QFileInfo(m_demo).size() > qint64(limit) * 4);
    }

    void exportPastTheLimit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("attendance") << QStringLiteral("attendance");
        QTest::newRow("selfstudy") << QStringLiteral("selfstudy");
    }

    void exportPastTheLimit()
    {
        QFETCH(QString, kind);
        QTemporaryDir out;
        const QString file = out.filePath(kind + QStringLiteral(".csv"));
        const QStringList args{QStringLiteral("--db"), m_demo, QStringLiteral("export"), kind,
                               QStringLiteral("-o"),   file};
        QCOMPARE(cli(args).code, 0);
        QVERIFY2(QFileInfo(file).size() > qint64(limit), "the export must exceed the limit");
        QVERIFY(QFile::remove(file));

        const Run run = limited(args);
        QVERIFY2(!run.crashed, qPrintable(describe(run)));
        QVERIFY2(run.code == 4, qPrintable(describe(run)));
        QVERIFY2(entries(out.path()).isEmpty(), qPrintable(entries(out.path()).join(' ')));
    }

    void backupPastTheLimit()
    {
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.sqlite"));
        const QStringList args{QStringLiteral("--db"), m_demo, QStringLiteral("backup"), target};
        const Run run = limited(args);
        QVERIFY2(!run.crashed, qPrintable(describe(run)));
        QVERIFY2(run.code == 4, qPrintable(describe(run)));
        QVERIFY2(entries(out.path()).isEmpty(), qPrintable(entries(out.path()).join(' ')));
        const Run retry = cli(args);
        QVERIFY2(retry.code == 0, qPrintable(describe(retry)));
        QCOMPARE(dump(target), dump(m_demo));
    }

    void migrationPastTheLimit()
    {
        // The demo ledger taken back to schema version 1 (version 2 only adds two indexes).
        QTemporaryDir work;
        const QString old = work.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(copyDatabase(m_demo, old));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP INDEX attendance_makeup")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX sessions_speaker_member")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QFile::remove(old + QStringLiteral("-wal"));
        QFile::remove(old + QStringLiteral("-shm"));
        const QStringList before = dump(old);
        QCOMPARE(before.value(0), QStringLiteral("user_version=1"));

        const Run run =
            limited({QStringLiteral("--db"), old, QStringLiteral("import"), QStringLiteral("orgs"),
                     QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv")});
        QVERIFY2(!run.crashed, qPrintable(describe(run)));
        QVERIFY2(run.code == 4, qPrintable(describe(run)));
        QVERIFY(dump(old) == before);
        QCOMPARE(integrity(old), QStringLiteral("ok"));
        const QStringList ledger{QStringLiteral("old.sqlite"), QStringLiteral("old.sqlite-wal"),
                                 QStringLiteral("old.sqlite-shm")};
        QStringList beside = entries(work.path());
        beside.removeIf([&](const QString& name) { return ledger.contains(name); });
        QVERIFY2(beside.size() <= 1, qPrintable(beside.join(' ')));
    }
};

QTEST_GUILESS_MAIN(TestFileSizeLimit)
#include "TestFileSizeLimit.moc"
