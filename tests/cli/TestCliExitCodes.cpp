#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/TempLedger.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// studyledger-cli as a user runs it: exit codes and messages of FORMATS.md.
class TestCliExitCodes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = CliRun;

    static Run cli(const QStringList& args) { return runCli(args); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString& file) { return fileDigest(file); }

private slots:
    void initThenCheck()
    {
        const QString db = path(QStringLiteral("new.sqlite"));
        Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(
                     QStringLiteral("schema version %1").arg(sl::Migrator::latestVersion())),
                 qPrintable(init.out));
        Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains(QStringLiteral("journal wal")), qPrintable(check.out));
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).code, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 1);
        const QString db = path(QStringLiteral("usage.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("cats"),
                      QStringLiteral("x.csv")})
                     .code,
                 1);
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members")})
                .code,
            1); // no -o
    }

    void notADatabaseExitsFour()
    {
        const QString file = path(QStringLiteral("letter.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just a letter\n");
        f.close();
        const QByteArray before = digest(file);
        Run run = cli({QStringLiteral("--db"), file, QStringLiteral("check")});
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QStringLiteral("not a StudyLedger database")));
        QCOMPARE(digest(file), before);
        QCOMPARE(cli({QStringLiteral("--db"), path(QStringLiteral("missing.sqlite")),
                      QStringLiteral("check")})
                     .code,
                 4);
    }

    void newerSchemaExitsFourAndIsUntouched()
    {
        const QString db = path(QStringLiteral("future.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        {
            auto opened = sl::Database::open(db, sl::OpenMode::MustExist);
            QVERIFY(opened.ok());
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = digest(db);
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QStringLiteral("newer")));
        QCOMPARE(digest(db), before);
    }

    void badMembersExitTwoNamingBothLines()
    {
        const QString db = path(QStringLiteral("roster.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        Run orgs = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("orgs"), testData(QStringLiteral("orgs.csv"))});
        QCOMPARE(orgs.code, 0);
        QVERIFY(orgs.out.contains(QStringLiteral("4 added")));
        const QString bad = testData(QStringLiteral("members-bad.csv"));
        Run run = cli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), bad});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(bad + QStringLiteral(":3: 出生日期: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":5: 姓名: ")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral(":2: ")));
        QVERIFY(!run.err.contains(QStringLiteral(":4: ")));
        Run exported =
            cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"),
                 QStringLiteral("-o"), path(QStringLiteral("m.csv"))});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("wrote 0 rows")), qPrintable(exported.out));
    }

    // Names with markup or control characters are refused where the domain checks names, for
    // the command line's imports as for the desktop program: exit 2, FILE:LINE: COLUMN, and
    // nothing imported.
    void hostileNamesExitTwo()
    {
        const QString db = path(QStringLiteral("hostile.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        const QString orgFile = path(QStringLiteral("orgs-hostile.csv"));
        {
            QFile f(orgFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("编号,名称,上级编号,类别,单位类型\n"
                    "D01,机关党委,,党委,机关\n"
                    "B01,<b onmouseover=alert(1)>第一党支部</b>,D01,党支部,机关\n");
        }
        Run orgs = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("orgs"), orgFile});
        QCOMPARE(orgs.code, 2);
        QVERIFY2(orgs.err.contains(orgFile + QStringLiteral(":3: 名称: ")), qPrintable(orgs.err));

        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orgs"),
                      testData(QStringLiteral("orgs.csv"))})
                     .code,
                 0);
        const QString file = path(QStringLiteral("members-hostile.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("编号,姓名,性别,出生日期,入党日期,人员类别,所在党组织,职务,干部级别,联系电话\n"
                    "M101,</title><script>alert(1)</script>,女,1990-02-03,2015-07-01,正式党员,B01,"
                    ",,\n"
                    "M102,钱\x1b]0;owned\x07进,男,1985-02-03,2010-07-01,正式党员,B01,,,\n"
                    "M103,孙立,男,1988-04-05,2012-07-01,正式党员,B01,,,\n");
        }
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("members"), file});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(file + QStringLiteral(":2: 姓名: must not contain < or >")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(file + QStringLiteral(":3: 姓名: must not contain control "
                                                        "characters (U+001B")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral(":4: ")));
        Run exported =
            cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"),
                 QStringLiteral("-o"), path(QStringLiteral("hostile.csv"))});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("wrote 0 rows")), qPrintable(exported.out));
    }

    void demoPassesCheck()
    {
        const QString db = path(QStringLiteral("demo.sqlite"));
        Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                        QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(demo.code, 0);
        Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        // A second demo into the same, now filled, database is refused.
        Run again = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QCOMPARE(again.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "TestCliExitCodes.moc"
