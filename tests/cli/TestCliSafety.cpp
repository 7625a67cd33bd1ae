#include "support/CliRunner.h"
#include "support/Damage.h"
#include "support/FileBytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The command line never destroys a ledger: outputs are refused on the ledger and its journal,
// a full disk gives exit 4 and no file, empty, damaged and locked files are named for what they
// are, and nothing is written into a damaged ledger.
class TestCliSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString& file) { return fileDigest(file); }

    CliRun cli(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }

    static int count(const QString& db, const QString& table)
    {
        int n = -1;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            raw.setDatabaseName(db);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (raw.open()) {
                QSqlQuery q(raw);
                // NOT INDEXED: the rows themselves, also where an index is damaged.
                if (q.exec(QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(table)) &&
                    q.next())
                    n = q.value(0).toInt();
                raw.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    // A writer elsewhere (another window, another process) that holds the ledger's write lock.
    struct LockHolder
    {
        QSqlDatabase db;
        explicit LockHolder(const QString& file)
        {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(file);
            db.open();
        }
        bool lock() { return QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")); }
        void unlock() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
        ~LockHolder()
        {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        }
    };

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("ledger.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                         QStringLiteral("--year"), QStringLiteral("2025")})
                     .code,
                 0);
    }

    void outputsOntoTheLedgerAreRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target");
        const QStringList kinds{QStringLiteral("orgs"), QStringLiteral("members"),
                                QStringLiteral("plans"), QStringLiteral("speeches"),
                                QStringLiteral("selfstudy")};
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            for (const QString& kind : kinds)
                QTest::newRow(qPrintable(kind + suffix))
                    << QStringList{QStringLiteral("export"), kind} << suffix;
            QTest::newRow(qPrintable(QStringLiteral("calendar") + suffix))
                << QStringList{QStringLiteral("calendar"), QStringLiteral("--org"),
                               QStringLiteral("D01"), QStringLiteral("--year"),
                               QStringLiteral("2025")}
                << suffix;
        }
        QTest::newRow("link") << QStringList{QStringLiteral("export"), QStringLiteral("orgs")}
                              << QStringLiteral("link");
    }

    void outputsOntoTheLedgerAreRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QString out = m_db + target;
        if (target == QLatin1String("link")) {
            out = path(QStringLiteral("innocent.csv"));
            QFile::remove(out);
            QVERIFY(QFile::link(m_db, out));
        }
        const QByteArray before = digest(m_db);
        CliRun run = cli(command + QStringList{QStringLiteral("-o"), out});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("open ledger")) ||
                     run.err.contains(QStringLiteral("SQLite database")),
                 qPrintable(run.err));
        QCOMPARE(digest(m_db), before);
        QCOMPARE(cli({QStringLiteral("check")}).code, 0);
    }

    void reportsAndBackupsOntoTheLedgerAreRefused()
    {
        const QByteArray before = digest(m_db);
        CliRun report =
            cli({QStringLiteral("report"), QStringLiteral("archive"), QStringLiteral("--member"),
                 QStringLiteral("M0000001"), QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), m_db});
        QVERIFY2(report.code == 2, qPrintable(report.err));
        CliRun backup = cli({QStringLiteral("backup"), m_db});
        QCOMPARE(backup.code, 2);
        CliRun otherDb = cli({QStringLiteral("export"), QStringLiteral("orgs"),
                              QStringLiteral("-o"), path(QStringLiteral("closed-ledger.sqlite"))});
        QCOMPARE(otherDb.code, 0); // a new name is fine …
        QVERIFY(runCli({QStringLiteral("--db"), path(QStringLiteral("second.sqlite")),
                        QStringLiteral("init")})
                    .code == 0);
        CliRun ontoSecond = cli({QStringLiteral("export"), QStringLiteral("orgs"),
                                 QStringLiteral("-o"), path(QStringLiteral("second.sqlite"))});
        QCOMPARE(ontoSecond.code, 2); // … but any existing SQLite file is not a target
        QCOMPARE(digest(m_db), before);
    }

    void aFullDiskGivesExitFourAndNoFile_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QString& kind :
             {QStringLiteral("orgs"), QStringLiteral("groups"), QStringLiteral("plans"),
              QStringLiteral("speeches"), QStringLiteral("members")})
            QTest::newRow(qPrintable(kind)) << QStringList{QStringLiteral("export"), kind};
        QTest::newRow("calendar") << QStringList{QStringLiteral("calendar"),
                                                 QStringLiteral("--org"), QStringLiteral("D01"),
                                                 QStringLiteral("--year"), QStringLiteral("2025")};
        QTest::newRow("archive") << QStringList{
            QStringLiteral("report"),   QStringLiteral("archive"), QStringLiteral("--member"),
            QStringLiteral("M0000001"), QStringLiteral("--year"),  QStringLiteral("2025"),
            QStringLiteral("--format"), QStringLiteral("html")};
        QTest::newRow("backup") << QStringList{QStringLiteral("backup")};
    }

    void aFullDiskGivesExitFourAndNoFile()
    {
        QFETCH(QStringList, command);
        // Keep the ledger open here so that its shared-memory file exists and the command needs
        // to write nothing but its output; the size limit then fails that output as a full disk
        // would.
        LockHolder holder(m_db);
        QVERIFY(QSqlQuery(holder.db).exec(QStringLiteral("SELECT count(*) FROM members")));
        const QString out =
            path(QStringLiteral("full-") + QString::fromLatin1(QTest::currentDataTag()));
        QStringList args{QStringLiteral("--fsize=16"), QStringLiteral(SL_CLI_PATH),
                         QStringLiteral("--db"), m_db};
        args += command;
        if (command.first() == QLatin1String("backup"))
            args << out;
        else
            args << QStringLiteral("-o") << out;
        QProcess p;
        p.start(QStringLiteral("prlimit"), args);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 4, qPrintable(err));
        QVERIFY2(!QFile::exists(out), qPrintable(out));
        const QString tag = QFileInfo(out).fileName();
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList(
                    {tag + QStringLiteral(".*"), QStringLiteral(".") + tag + QStringLiteral("*")},
                    QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        // Without the limit the same command works (a retry is not refused).
        CliRun again = runCli(args.mid(2)); // without prlimit and the program's path
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY(QFileInfo(out).size() > 0);
    }

    void emptyFilesStayEmpty()
    {
        const QString empty = path(QStringLiteral("empty.sqlite"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (const QStringList& command :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("export"), QStringLiteral("orgs"), QStringLiteral("-o"),
                          path(QStringLiteral("e.csv"))},
              QStringList{QStringLiteral("import"), QStringLiteral("orgs"),
                          QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv")}}) {
            CliRun run = runCli(QStringList{QStringLiteral("--db"), empty} + command);
            QCOMPARE(run.code, 4);
            QVERIFY2(run.err.contains(QStringLiteral("empty file")), qPrintable(run.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
        }
        QCOMPARE(runCli({QStringLiteral("--db"), empty, QStringLiteral("init")}).code, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), empty, QStringLiteral("check")}).code, 0);
    }

    void checkChangesNothing()
    {
        const QString db = path(QStringLiteral("rollback-journal.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mode"));
        const QByteArray before = digest(db);
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("journal delete")), qPrintable(run.out));
        QCOMPARE(digest(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void importsWaitForAnotherWriter()
    {
        const QString db = path(QStringLiteral("busy.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        LockHolder holder(db);
        QVERIFY(holder.lock());
        QProcess import;
        import.start(QStringLiteral(SL_CLI_PATH),
                     {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orgs"),
                      QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv")});
        QVERIFY(import.waitForStarted());
        QTest::qWait(1500); // the import parses, then waits for the lock
        QCOMPARE(import.state(), QProcess::Running);
        holder.unlock();
        QVERIFY(import.waitForFinished(30000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        QVERIFY(count(db, QStringLiteral("organisations")) > 0);
    }

    void aLockHeldTooLongIsSaidPlainly()
    {
        const QString db = path(QStringLiteral("held.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        LockHolder holder(db);
        QVERIFY(holder.lock());
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                             QStringLiteral("orgs"), QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv")});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(QStringLiteral("another window or process")),
                 qPrintable(run.err));
        holder.unlock();
        QCOMPARE(count(db, QStringLiteral("organisations")), 0);
    }

    void nothingIsWrittenIntoADamagedLedger()
    {
        const QString db = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        QVERIFY(emptyIndexesOf(db, QStringLiteral("members")));
        const int before = count(db, QStringLiteral("members"));
        QVERIFY(before > 0);
        const QString members = path(QStringLiteral("members.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("-o"),
                      members})
                     .code,
                 0);

        CliRun import = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                QStringLiteral("members"), members});
        QCOMPARE(import.code, 4);
        QVERIFY2(import.err.contains(QStringLiteral("damaged")), qPrintable(import.err));
        QCOMPARE(count(db, QStringLiteral("members")), before);

        const QString copy = path(QStringLiteral("damaged-backup.sqlite"));
        CliRun backup = runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
        QCOMPARE(backup.code, 4);
        QVERIFY2(backup.err.contains(QStringLiteral("damaged")), qPrintable(backup.err));
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 4);
    }
};

QTEST_MAIN(TestCliSafety)
#include "TestCliSafety.moc"
