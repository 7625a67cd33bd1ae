#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/TempLedger.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// studyledger-cli import and export of members' records (selfstudy, writings): FORMATS.md exit
// codes and `FILE:LINE: COLUMN: message` lines. The records are dated 2025, so that the real
// clock never makes them lie in the future.
class TestCliRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;

    Run cli(const QStringList& args) const { return runCliOn(m_db, args); }

    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("records.sqlite"));
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

    void badSelfStudyExitsTwoAndChangesNothing()
    {
        const QString bad = file(QStringLiteral("selfstudy-bad.csv"),
                                 "党员编号,日期,时长(分钟),学习内容,形式,笔记\n"
                                 "M001,2025-03-01,60,《中国共产党章程》,书籍,好\n"
                                 "M001,2025-02-30,60,学习纲要,书籍,\n"
                                 "M002,2025-03-02,0,学习纲要,书籍,\n"
                                 "M999,2025-03-03,30,学习纲要,电影,\n");
        Run run = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), bad});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(bad + QStringLiteral(":3: 日期: no such date")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":4: 时长(分钟): ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":5: 党员编号: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":5: 形式: ")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral(":2: ")));
        QVERIFY(run.err.contains(QStringLiteral("nothing was imported")));
        Run exported = cli({QStringLiteral("export"), QStringLiteral("selfstudy"),
                            QStringLiteral("-o"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("wrote 0 rows")), qPrintable(exported.out));
    }

    void badWritingExitsTwo()
    {
        const QString bad = file(QStringLiteral("writings-bad.csv"),
                                 "member_id,kind,title,date,chars,text,published,award\n"
                                 "M001,心得体会,心得,2025-03-01,,,交流会,\n"
                                 "M001,心得体会,心得二,2025-03-01,100,,,特等奖\n");
        Run run = cli({QStringLiteral("import"), QStringLiteral("writings"), bad});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(bad + QStringLiteral(":2: chars: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":3: award: ")), qPrintable(run.err));
    }

    void selfStudyRoundTrip()
    {
        const QString good = file(QStringLiteral("selfstudy-2025.csv"),
                                  "\xEF\xBB\xBF党员编号,日期,时长(分钟),学习内容,形式,笔记\r\n"
                                  "M001,2025/3/1,60,《中国共产党章程》,书籍,\"　　第一段\r\n"
                                  "第二段👍\"\r\n"
                                  "M003,2025年3月2日,1440,党的二十大报告,文章,\r\n");
        Run first = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), good});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("2 added, 0 updated, 0 unchanged")),
                 qPrintable(first.out));
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        Run exported =
            cli({QStringLiteral("export"), QStringLiteral("selfstudy"), QStringLiteral("-o"), out,
                 QStringLiteral("--year"), QStringLiteral("2025")});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("wrote 2 rows")), qPrintable(exported.out));
        QVERIFY(read(out).contains("\"　　第一段\r\n第二段👍\""));
        QVERIFY(read(out).contains("2025-03-02"));
        Run again = cli({QStringLiteral("import"), QStringLiteral("selfstudy"), out});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged")),
                 qPrintable(again.out));

        Run otherYear = cli({QStringLiteral("export"), QStringLiteral("selfstudy"),
                             QStringLiteral("-o"), m_dir.filePath(QStringLiteral("2024.csv")),
                             QStringLiteral("--year"), QStringLiteral("2024")});
        QVERIFY2(otherYear.out.contains(QStringLiteral("wrote 0 rows")), qPrintable(otherYear.out));
        Run branch = cli({QStringLiteral("export"), QStringLiteral("selfstudy"),
                          QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b02.csv")),
                          QStringLiteral("--org"), QStringLiteral("B02")});
        QVERIFY2(branch.out.contains(QStringLiteral("wrote 1 rows")), qPrintable(branch.out));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("selfstudy"), QStringLiteral("-o"),
                      out, QStringLiteral("--year"), QStringLiteral("abc")})
                     .code,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "TestCliRecords.moc"
