#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `studyledger-cli --version`: the version of project(VERSION …) in the top CMakeLists.txt, the
// one place it is written, and nothing else happens (no database is opened or created).
class TestCliVersion : public QObject
{
    Q_OBJECT

    // The version as the top CMakeLists.txt declares it, read from the file itself.
    static QString declaredVersion()
    {
        QFile file(QStringLiteral(SL_TEST_DATA_DIR "/../../CMakeLists.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression project(
            QStringLiteral("project\\(StudyLedger\\s+VERSION\\s+(\\d+\\.\\d+\\.\\d+)"));
        return project.match(QString::fromUtf8(file.readAll())).captured(1);
    }

private slots:
    void printsTheDeclaredVersion()
    {
        const QString version = declaredVersion();
        QVERIFY2(!version.isEmpty(), "no project(StudyLedger VERSION x.y.z) in CMakeLists.txt");
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("studyledger-cli %1\n").arg(version));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void opensNoDatabase()
    {
        // After --db, before any command; the database named is neither created nor required.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("never.sqlite"));
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QLatin1String("studyledger-cli ")));
        QVERIFY(!QFile::exists(db));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }

    void usageNamesIt()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("--version")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "TestCliVersion.moc"
