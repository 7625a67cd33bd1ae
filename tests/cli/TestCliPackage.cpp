#include "support/CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `export package` and `import package` as a user runs them: what they print and their exit
// statuses (FORMATS.md: 0 done, 1 usage, 2 invalid input, 3 not permitted).
class TestCliPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_branchDb;
    QString m_package;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QStringList args(const char* text)
    {
        return QString::fromUtf8(text).split(QLatin1Char(' '));
    }

    // A new ledger holding the demo's organisations and, with `members`, its members.
    QString rosterLedger(const QString& name, bool members = true)
    {
        const QString db = path(name);
        if (runCliOn(db, {QStringLiteral("init")}).code != 0)
            return {};
        if (runCliOn(db, {QStringLiteral("import"), QStringLiteral("orgs"), path("orgs.csv")})
                .code != 0)
            return {};
        if (members &&
            runCliOn(db, {QStringLiteral("import"), QStringLiteral("members"), path("members.csv")})
                    .code != 0)
            return {};
        return db;
    }

private slots:
    void initTestCase()
    {
        qputenv("STUDYLEDGER_PWHASH_LIMITS", "interactive");
        QVERIFY(m_dir.isValid());
        m_branchDb = path("branch.sqlite");
        QCOMPARE(runCliOn(m_branchDb, args("demo --seed 2 --year 2026")).code, 0);
        QCOMPARE(runCliOn(m_branchDb, {QStringLiteral("export"), QStringLiteral("orgs"),
                                       QStringLiteral("-o"), path("orgs.csv")})
                     .code,
                 0);
        QCOMPARE(runCliOn(m_branchDb, {QStringLiteral("export"), QStringLiteral("members"),
                                       QStringLiteral("-o"), path("members.csv")})
                     .code,
                 0);
    }

    void exportWritesThePackage()
    {
        m_package = path("D01-01.zip");
        const CliRun run =
            runCliOn(m_branchDb, args("export package --org D01-01 --year 2026 -o") << m_package);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("wrote the package of D01-01 ")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral(" sessions ")));
        QVERIFY(QFile::exists(m_package));
    }

    void exportUsageAndInput()
    {
        QCOMPARE(runCliOn(m_branchDb, args("export package --year 2026 -o") << path("x.zip")).code,
                 1);
        QCOMPARE(runCliOn(m_branchDb, args("export package --org D01-01")).code, 1);
        QCOMPARE(
            runCliOn(m_branchDb, args("export package --org D01-01 --bogus 1 -o") << path("x.zip"))
                .code,
            1);
        const CliRun unknown =
            runCliOn(m_branchDb, args("export package --org NOPE -o") << path("x.zip"));
        QCOMPARE(unknown.code, 2);
        QVERIFY(!QFile::exists(path("x.zip")));
        // Never onto a ledger.
        QCOMPARE(runCliOn(m_branchDb, args("export package --org D01-01 -o") << m_branchDb).code,
                 2);
        QCOMPARE(runCliOn(m_branchDb, {QStringLiteral("check")}).code, 0);
    }

    void importMergesAndTwiceChangesNothing()
    {
        const QString committee = rosterLedger("committee.sqlite");
        QVERIFY(!committee.isEmpty());
        const CliRun dry = runCliOn(committee, args("import package --dry-run") << m_package);
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("dry run: nothing was changed")),
                 qPrintable(dry.out));
        const CliRun first = runCliOn(committee, args("import package") << m_package);
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QStringLiteral("package of D01-01 ")));
        QVERIFY(first.out.contains(QStringLiteral("  sessions (")));
        QVERIFY(!first.out.contains(QStringLiteral("sessions (0 rows)")));
        // The dry run had changed nothing: the first real import adds every session.
        static const QRegularExpression allAdded(
            QStringLiteral("sessions \\((\\d+) rows\\): \\1 added"));
        QVERIFY2(first.out.contains(allAdded), qPrintable(first.out));
        const CliRun second = runCliOn(committee, args("import package") << m_package);
        QCOMPARE(second.code, 0);
        const QStringList lines = second.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int partLines = 0;
        for (const QString& line : lines) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            ++partLines;
            QVERIFY2(line.contains(QStringLiteral(": 0 added, 0 updated, ")), qPrintable(line));
        }
        QCOMPARE(partLines, 9);
        const QString figures = QStringLiteral("report bulletin --year 2026 --org D01-01 "
                                               "--format json -o -");
        QCOMPARE(runCliOn(committee, figures.split(QLatin1Char(' '))).rawOut,
                 runCliOn(m_branchDb, figures.split(QLatin1Char(' '))).rawOut);
    }

    void importRefusals()
    {
        QCOMPARE(runCliOn(m_branchDb, args("import package")).code, 1);
        QCOMPARE(runCliOn(m_branchDb, args("import package --dry-run")).code, 1);
        QCOMPARE(runCliOn(m_branchDb, args("import package") << path("missing.zip")).code, 2);
        const QString orgsOnly = rosterLedger("orgs-only.sqlite", false);
        const CliRun unknown = runCliOn(orgsOnly, args("import package") << m_package);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown members: M")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("Nothing was imported")));
        // Not a package at all.
        QCOMPARE(runCliOn(orgsOnly, args("import package") << path("orgs.csv")).code, 2);
    }

    void importNeedsThePermission()
    {
        const QString committee = rosterLedger("accounts.sqlite");
        qputenv("STUDYLEDGER_NEW_PASSWORD", "Package-cli-9-password");
        qputenv("STUDYLEDGER_PASSWORD", "Package-cli-9-password");
        QCOMPARE(runCliOn(committee, args("user add admin --role admin")).code, 0);
        QCOMPARE(
            runCliOn(committee, args("--user admin user add other --role secretary --org D01-02"))
                .code,
            0);
        // A secretary of another branch may not; an administrator may.
        const CliRun refused =
            runCliOn(committee, args("--user other import package") << m_package);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("roster.write")), qPrintable(refused.err));
        QCOMPARE(runCliOn(committee, args("--user admin import package") << m_package).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPackage)
#include "TestCliPackage.moc"
