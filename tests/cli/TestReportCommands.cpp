#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// `assess` and `report archive` of studyledger-cli, over the worked example of METRICS.md.
class TestReportCommands : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;

    using Run = CliRun;

    Run cli(const QStringList& args) const { return runCliOn(m_ledger.path(), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        // A member with a seat and no records: attendance does not apply.
        const qint64 f = fx.member(QStringLiteral("M006"), QStringLiteral("新\"成员\""), m_w.org);
        fx.seat(m_w.group, f);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void assessJsonIsThatOfFormats()
    {
        Run run = cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--group"), QStringLiteral("G01"), QStringLiteral("--format"),
                       QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QString expected = QStringLiteral(
            "{\"year\": 2026, \"scope\": {\"kind\": \"group\", \"id\": \"G01\", \"name\": "
            "\"机关第一支部学习组\"},\n"
            " \"rubric\": {\"attendance\": 40, \"hours\": 25, \"notes\": 15, \"speeches\": 10, "
            "\"writings\": 10},\n"
            " \"members\": [\n"
            "   {\"id\": \"M002\", \"name\": \"李红\", \"components\": {\"attendance\": 40.0, "
            "\"hours\": 25.0, \"notes\": 15.0, \"speeches\": 10.0, \"writings\": 10.0}, "
            "\"bonus\": 2, \"adjustment\": 0, \"final\": 100.0, \"grade\": \"优秀\", "
            "\"rank\": 1},\n"
            "   {\"id\": \"M001\", \"name\": \"王小明\", \"components\": {\"attendance\": 34.0, "
            "\"hours\": 23.44, \"notes\": 11.25, \"speeches\": 5.0, \"writings\": 5.0}, "
            "\"bonus\": 0, \"adjustment\": 0, \"final\": 78.7, \"grade\": \"合格\", "
            "\"rank\": 2},\n"
            "   {\"id\": \"M003\", \"name\": \"张伟\", \"components\": {\"attendance\": 34.0, "
            "\"hours\": 23.44, \"notes\": 11.25, \"speeches\": 5.0, \"writings\": 5.0}, "
            "\"bonus\": 0, \"adjustment\": 0, \"final\": 78.7, \"grade\": \"合格\", "
            "\"rank\": 2},\n"
            "   {\"id\": \"M004\", \"name\": \"刘洋\", \"components\": {\"attendance\": 0.0, "
            "\"hours\": 0.0, \"notes\": 0.0, \"speeches\": 0.0, \"writings\": 0.0}, "
            "\"bonus\": 0, \"adjustment\": 0, \"final\": 0.0, \"grade\": \"不合格\", "
            "\"rank\": 4},\n"
            "   {\"id\": \"M006\", \"name\": \"新\\\"成员\\\"\", \"components\": {\"attendance\": "
            "null, \"hours\": 0.0, \"notes\": 0.0, \"speeches\": 0.0, \"writings\": 0.0}, "
            "\"bonus\": 0, \"adjustment\": 0, \"final\": 0.0, \"grade\": \"不合格\", "
            "\"rank\": 4}\n"
            " ]}\n");
        QCOMPARE(run.text(), expected);

        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.rawOut, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray members = json.object().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 5);
        QCOMPARE(members[1].toObject().value(QStringLiteral("final")).toDouble(), 78.7);
        QVERIFY(members[4]
                    .toObject()
                    .value(QStringLiteral("components"))
                    .toObject()
                    .value(QStringLiteral("attendance"))
                    .isNull());
    }

    void assessTableAndCsv()
    {
        const QStringList base = {QStringLiteral("assess"), QStringLiteral("--year"),
                                  QStringLiteral("2026"), QStringLiteral("--group"),
                                  QStringLiteral("机关第一支部学习组")};
        Run table = cli(base);
        QCOMPARE(table.code, 0);
        QVERIFY2(table.text().contains(QStringLiteral("王小明")), qPrintable(table.text()));
        QVERIFY(table.text().contains(QStringLiteral("  78.7  合格")));
        Run csv = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("rank,id,name,attendance,hours,notes,speeches,writings,"
                                          "bonus,adjustment,final,grade"));
        QCOMPARE(lines[2], QStringLiteral("2,M001,王小明,34.00,23.44,11.25,5.00,5.00,0.0,0.0,78.7,"
                                          "合格"));
        QCOMPARE(lines[5], QStringLiteral("4,M006,\"新\"\"成员\"\"\",,0.00,0.00,0.00,0.00,0.0,0.0,"
                                          "0.0,不合格"));
    }

    void assessErrors()
    {
        QCOMPARE(
            cli({QStringLiteral("assess"), QStringLiteral("--group"), QStringLiteral("G01")}).code,
            1); // no --year
        QCOMPARE(cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--group"), QStringLiteral("G01"), QStringLiteral("--org"),
                      QStringLiteral("C01")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--group"), QStringLiteral("G01"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .code,
                 1);
        Run org = cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--org"), QStringLiteral("C99")});
        QCOMPARE(org.code, 2);
        Run notPublished =
            cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--group"), QStringLiteral("G01"), QStringLiteral("--published")});
        QCOMPARE(notPublished.code, 2);
        QVERIFY2(notPublished.err.contains(QStringLiteral("not published")),
                 qPrintable(notPublished.err));
        Run unknown =
            cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--group"), QStringLiteral("G99")});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(cli({QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("1700"),
                      QStringLiteral("--group"), QStringLiteral("G01")})
                     .code,
                 2);
    }

    void reportArchivePdf()
    {
        const QString file = m_ledger.file(QStringLiteral("archive.pdf"));
        Run run =
            cli({QStringLiteral("report"), QStringLiteral("archive"), QStringLiteral("--member"),
                 QStringLiteral("M001"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("王小明")));
        QVERIFY(text.contains(QStringLiteral("学习档案")));
        QVERIFY(text.contains(QStringLiteral("六、学习考核")));
    }

    void reportArchiveToStandardOutput()
    {
        Run html =
            cli({QStringLiteral("report"), QStringLiteral("archive"), QStringLiteral("--member"),
                 QStringLiteral("王小明"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
                 QStringLiteral("-")});
        QCOMPARE(html.code, 0);
        QVERIFY(html.text().startsWith(QStringLiteral("<!DOCTYPE HTML")));
        QVERIFY(html.text().contains(QStringLiteral("王小明同志2026年度学习档案")));
        Run pdf = cli({QStringLiteral("report"), QStringLiteral("archive"),
                       QStringLiteral("--member"), QStringLiteral("M002"), QStringLiteral("--year"),
                       QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(pdf.code, 0);
        QVERIFY(pdf.rawOut.startsWith("%PDF-"));
        QVERIFY(pdf.rawOut.trimmed().endsWith("%%EOF"));
        Run odt = cli({QStringLiteral("report"), QStringLiteral("archive"),
                       QStringLiteral("--member"), QStringLiteral("M002"), QStringLiteral("--year"),
                       QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("odt"),
                       QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(odt.code, 0);
        QVERIFY(odt.rawOut.startsWith("PK"));
    }

    void reportErrors()
    {
        Run bulletin =
            cli({QStringLiteral("report"), QStringLiteral("bulletin"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("--group"), QStringLiteral("G01"),
                 QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
                 QStringLiteral("x.docx")});
        // The figures and documents are TestCliBulletin's; a format it does not write is refused.
        QCOMPARE(bulletin.code, 1);
        QVERIFY2(bulletin.err.contains(QStringLiteral("--format")), qPrintable(bulletin.err));
        const QStringList archive = {QStringLiteral("report"), QStringLiteral("archive"),
                                     QStringLiteral("--year"), QStringLiteral("2026"),
                                     QStringLiteral("-o"),     QStringLiteral("-")};
        QCOMPARE(
            cli(archive + QStringList{QStringLiteral("--member"), QStringLiteral("M001")}).code,
            1); // no --format
        QCOMPARE(cli(archive + QStringList{QStringLiteral("--member"), QStringLiteral("M001"),
                                           QStringLiteral("--format"), QStringLiteral("docx")})
                     .code,
                 1);
        Run unknown = cli(archive + QStringList{QStringLiteral("--member"), QStringLiteral("M999"),
                                                QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("report")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportCommands)
#include "TestReportCommands.moc"
