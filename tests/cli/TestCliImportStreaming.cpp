#include "support/CliRunner.h"
#include "support/TempLedger.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

// Imports read their file as a stream (issue 13): a large generated self-study file imports with
// a peak memory that does not grow with its rows, and a file whose very last line is at fault —
// after every other row went in — still changes nothing and names that line.
class TestCliImportStreaming : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& args) const { return runCliOn(m_db, args, 300000); }

    // `rows` self-study rows of the members M001 and M002, each with its own material; `last`
    // replaces the last line when given.
    QString generate(const QString& name, int rows, const QByteArray& last = {}) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("党员编号,日期,时长(分钟),学习内容,形式,笔记\n");
        const QDate first(2025, 1, 1);
        for (int i = 0; i < rows; ++i) {
            if (i == rows - 1 && !last.isEmpty()) {
                f.write(last);
                break;
            }
            f.write(QStringLiteral("M00%1,%2,%3,%4 学习材料%5,书籍,第%5条笔记\n")
                        .arg(i % 2 + 1)
                        .arg(first.addDays(i % 365).toString(Qt::ISODate))
                        .arg(30 + i % 90)
                        .arg(name)
                        .arg(i)
                        .toUtf8());
        }
        return path;
    }

    // The largest peak resident memory (VmHWM, kB) of the children this test has waited for.
    static long childrenPeakKb()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return usage.ru_maxrss;
    }

    int selfStudyRows() const
    {
        const QString out = m_dir.filePath(QStringLiteral("count.csv"));
        CliRun run =
            cli({QStringLiteral("export"), QStringLiteral("selfstudy"), QStringLiteral("-o"), out});
        QFile f(out);
        if (run.code != 0 || !f.open(QIODevice::ReadOnly))
            return -1;
        return int(f.readAll().count('\n')) - 1;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("stream.sqlite"));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("orgs"),
                      testData(QStringLiteral("orgs.csv"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("members"),
                      testData(QStringLiteral("members-gb18030.csv"))})
                     .code,
                 0);
    }

    void peakMemoryDoesNotGrowWithTheRows()
    {
        const QString small = generate(QStringLiteral("small.csv"), 10000);
        CliRun run = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), small});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const long smallPeak = childrenPeakKb();
        const QString big = generate(QStringLiteral("big.csv"), 70000);
        QVERIFY(QFileInfo(big).size() > 4 * 1000 * 1000);
        run = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), big});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("70000")), qPrintable(run.out));
        const long bigPeak = childrenPeakKb();
        // 60,000 more rows: held whole they took some 27 MB more (0.45 kB a row); streamed,
        // only their ids are kept (the duplicate check).
        QVERIFY2(bigPeak - smallPeak < 10 * 1024,
                 qPrintable(QStringLiteral("peak %1 kB after %2 kB").arg(bigPeak).arg(smallPeak)));
        QVERIFY2(bigPeak < 100 * 1024, qPrintable(QString::number(bigPeak)));
        QCOMPARE(selfStudyRows(), 80000);
    }

    void anErrorOnTheLastLineChangesNothing()
    {
        const int before = selfStudyRows();
        QVERIFY(before >= 0);
        const int rows = 20000;
        const QString badDate =
            generate(QStringLiteral("last-bad.csv"), rows, "M001,2025-02-30,60,最后一条,书籍,\n");
        CliRun run = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), badDate});
        QCOMPARE(run.code, 2);
        const QString lastLine = QString::number(rows + 1); // the header is line 1
        QVERIFY2(run.err.contains(badDate + QLatin1Char(':') + lastLine +
                                  QStringLiteral(": 日期: no such date")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
        QCOMPARE(selfStudyRows(), before);

        // A value beyond the header on the last line: a fault of the file found after every
        // other row went in; it is the only problem reported, and nothing changed.
        const QString surplus = generate(QStringLiteral("last-surplus.csv"), rows,
                                         "M001,2025-03-01,60,最后一条,书籍,,多余\n");
        run = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), surplus});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(surplus + QLatin1Char(':') + lastLine +
                                  QStringLiteral(": column 7: a value beyond the last header")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral(":2: ")), qPrintable(run.err));
        QCOMPARE(selfStudyRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliImportStreaming)
#include "TestCliImportStreaming.moc"
