#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/TempLedger.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// studyledger-cli with the secretary's files: import and export of plans, sessions, attendance
// and speeches, exit 2 on a bad file (nothing changed), and `calendar`.
class TestCliSessions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;

    Run cli(const QStringList& args) const { return runCliOn(m_db, args); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString& file) { return fileDigest(file); }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("year.sqlite"));
        const Run run = newLedgerWithYearFiles(m_db, 8);
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void badAttendanceExitsTwoAndChangesNothing()
    {
        const QString before = path(QStringLiteral("before.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("-o"),
                      before})
                     .code,
                 0);
        const QString bad = path(QStringLiteral("attendance-bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("活动编号,党员编号,状态,请假事由,补学日期\n"
                "C2601,M001,迟到,,\n"           // fine, but the file is refused as a whole
                "C2602,M003,请假,,\n"           // no reason
                "C2603,M001,出席,,2026-03-20\n" // a make-up date on 出席
                "C2604,M003,缺席,,2026-04-01\n" // before the session (04-14)
                "B2602,M002,出席,,\n");         // M002 joined G-B01 on 03-01
        f.close();
        Run run = cli({QStringLiteral("import"), QStringLiteral("attendance"), bad});
        QCOMPARE(run.code, 2);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 5, qPrintable(run.err));
        QVERIFY(lines[0].startsWith(bad + QStringLiteral(":3: 请假事由: ")));
        QVERIFY(lines[1].startsWith(bad + QStringLiteral(":4: 补学日期: ")));
        QVERIFY(lines[2].startsWith(bad + QStringLiteral(":5: 补学日期: ")));
        QVERIFY(lines[3].startsWith(bad + QStringLiteral(":6: 党员编号: ")));
        QVERIFY(lines[4].contains(QStringLiteral("nothing was imported")));
        const QString after = path(QStringLiteral("after.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("-o"),
                      after})
                     .code,
                 0);
        QCOMPARE(digest(after), digest(before));
    }

    void exportImportsBackUnchanged()
    {
        for (const char* kind : {"plans", "sessions", "attendance", "speeches"}) {
            const QString file = path(QString::fromLatin1(kind) + QStringLiteral("-out.csv"));
            Run out =
                cli({QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("-o"),
                     file, QStringLiteral("--year"), QStringLiteral("2026")});
            QVERIFY2(out.code == 0, qPrintable(out.err));
            Run in = cli({QStringLiteral("import"), QString::fromLatin1(kind), file});
            QVERIFY2(in.code == 0, qPrintable(in.err));
            QVERIFY2(in.out.contains(QStringLiteral(": 0 added, 0 updated, ")), qPrintable(in.out));
        }
    }

    void calendarWritesAnIcsFile()
    {
        const QString ics = path(QStringLiteral("c01.ics"));
        Run run =
            cli({QStringLiteral("calendar"), QStringLiteral("--group"), QStringLiteral("G-C01"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), ics});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("wrote 12 sessions")));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), qsizetype(12));
        QVERIFY(bytes.contains("UID:C2601@studyledger\r\n"));

        run = cli({QStringLiteral("calendar"), QStringLiteral("--org"), QStringLiteral("D01"),
                   QStringLiteral("--include-cancelled"), QStringLiteral("-o"), ics});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("wrote 17 sessions")));
        // Neither or both of --group and --org: usage error; an unknown group: invalid input.
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("-o"), ics}).code, 1);
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("--group"),
                      QStringLiteral("G-X99"), QStringLiteral("-o"), ics})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSessions)
#include "TestCliSessions.moc"
