// Every import kind exported as XLSX imports back unchanged: on a demo ledger (studyledger-cli
// demo), each kind goes out as .xlsx, into a fresh ledger, and out again as CSV, byte for byte
// the CSV export of the original. And the same through the command line.
#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/TempLedger.h"

#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "services/Ledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestXlsxRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    static QByteArray bytesOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun run =
            runCliOn(m_demo, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("1"),
                              QStringLiteral("--year"), QStringLiteral("2026")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void everyKindImportsBackUnchanged()
    {
        auto demo = Ledger::open(m_demo, OpenMode::MustExist);
        QVERIFY(demo.ok());
        TempLedger fresh;
        QVERIFY(fresh.isOpen());
        for (const QString& kind : importKindNames()) {
            const FileFormat* format = FileFormats::find(kind);
            QVERIFY(format);
            const QString xlsx = m_dir.filePath(kind + QStringLiteral(".xlsx"));
            const QString csv = m_dir.filePath(kind + QStringLiteral(".csv"));
            const QString again = m_dir.filePath(kind + QStringLiteral("-again.csv"));
            auto written = format->write(**demo, xlsx, ExportScope{});
            QVERIFY2(written.ok(), qPrintable(kind));
            QVERIFY2(*written > 0, qPrintable(kind));
            auto csvWritten = format->write(**demo, csv, ExportScope{});
            QVERIFY(csvWritten.ok());
            QCOMPARE(*csvWritten, *written);
            // A real workbook, not CSV under another name.
            QVERIFY(bytesOf(xlsx).startsWith("PK\x03\x04"));

            auto imported = format->read(*fresh, xlsx);
            QVERIFY2(imported.ok(), qPrintable(kind));
            QVERIFY2(
                imported->ok(),
                qPrintable(imported->problems.empty() ? kind : imported->problems.front().text()));
            QCOMPARE(imported->counts.added, *written);
            QVERIFY(format->write(*fresh, again, ExportScope{}).ok());
            QVERIFY2(bytesOf(again) == bytesOf(csv), qPrintable(kind));
        }
    }

    void commandLineExportThenImport()
    {
        const QString orgs = m_dir.filePath(QStringLiteral("cli-orgs.xlsx"));
        const QString members = m_dir.filePath(QStringLiteral("cli-members.xlsx"));
        CliRun run = runCliOn(
            m_demo, {QStringLiteral("export"), QStringLiteral("orgs"), QStringLiteral("-o"), orgs});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = runCliOn(m_demo, {QStringLiteral("export"), QStringLiteral("members"),
                                QStringLiteral("-o"), members});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("wrote 80 rows to")));
        const QString db = m_dir.filePath(QStringLiteral("cli-fresh.sqlite"));
        QCOMPARE(runCliOn(db, {QStringLiteral("init")}).code, 0);
        run = runCliOn(db, {QStringLiteral("import"), QStringLiteral("orgs"), orgs});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = runCliOn(db, {QStringLiteral("import"), QStringLiteral("members"), members});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("80 added")), qPrintable(run.out));
        // The sheet read, not a text encoding.
        QVERIFY2(run.out.contains(QStringLiteral("(sheet Sheet1)")), qPrintable(run.out));
        // Once more: nothing changes.
        run = runCliOn(db, {QStringLiteral("import"), QStringLiteral("members"), members});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("80 unchanged")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestXlsxRoundTrip)
#include "TestXlsxRoundTrip.moc"
