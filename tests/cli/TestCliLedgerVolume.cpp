#include "report/PdfText.h"

#include "support/CliRunner.h"
#include "support/FileBytes.h"
#include "support/LedgerVolumeFixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vf = volume_fixture;

// `report ledger`: the annual volume of a group or an organisation written as PDF; exit 2 for an
// unknown scope, a year out of range and a target onto the ledger itself; exit 1 (usage) for a
// format other than PDF and missing or clashing options.
class TestCliLedgerVolume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("volume.sqlite")); }

    CliRun cli(const QStringList& args) { return runCliOn(db(), args); }

    static QStringList ledgerArgs(const QString& scopeOption, const QString& scope,
                                  const QString& target)
    {
        return {QStringLiteral("report"),
                QStringLiteral("ledger"),
                QStringLiteral("--year"),
                QStringLiteral("2026"),
                scopeOption,
                scope,
                QStringLiteral("--format"),
                QStringLiteral("pdf"),
                QStringLiteral("-o"),
                target};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sl::Clock::setToday(sl::Date(2026, 12, 20));
        // Built here and closed: the command-line runs have the file to themselves.
        auto ledger = sl::Ledger::open(db(), sl::OpenMode::CreateIfMissing);
        QVERIFY(ledger.ok());
        QVERIFY(vf::Builder(**ledger).build());
    }
    void cleanupTestCase() { sl::Clock::setToday({}); }

    void writesTheVolumeOfAGroup()
    {
        const QString target = m_dir.filePath(QStringLiteral("G01-2026.pdf"));
        const CliRun run =
            cli(ledgerArgs(QStringLiteral("--group"), QStringLiteral("G01"), target));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("wrote the 2026 ledger volume of G01 学习组G01 "
                                                 "(12 sessions)")),
                 qPrintable(run.out));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the volume");
        const QString text = pdftext::squeezed(pdftext::text(target));
        QVERIFY(text.contains(QStringLiteral("学习台账")));
        QCOMPARE(text.count(QStringLiteral("第12次")), qsizetype(1));
        QVERIFY(text.contains(QStringLiteral("三、考勤登记表")));
    }

    void writesTheVolumeOfAnOrganisationToStandardOutput()
    {
        const CliRun run =
            cli(ledgerArgs(QStringLiteral("--org"), QStringLiteral("D01"), QStringLiteral("-")));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.rawOut.startsWith("%PDF-"));
        QVERIFY(run.rawOut.contains("/Outlines"));
    }

    void unknownScopeExitsTwo()
    {
        const QString target = m_dir.filePath(QStringLiteral("none.pdf"));
        const CliRun group =
            cli(ledgerArgs(QStringLiteral("--group"), QStringLiteral("G99"), target));
        QCOMPARE(group.code, 2);
        QVERIFY(!group.err.isEmpty());
        const CliRun org = cli(ledgerArgs(QStringLiteral("--org"), QStringLiteral("X99"), target));
        QCOMPARE(org.code, 2);
        QVERIFY(!QFile::exists(target));
    }

    void badRequestsAreUsageErrors()
    {
        const QString target = m_dir.filePath(QStringLiteral("bad.pdf"));
        QStringList odt = ledgerArgs(QStringLiteral("--group"), QStringLiteral("G01"), target);
        odt[odt.indexOf(QStringLiteral("pdf"))] = QStringLiteral("odt");
        const QStringList both{
            QStringLiteral("report"), QStringLiteral("ledger"),  QStringLiteral("--year"),
            QStringLiteral("2026"),   QStringLiteral("--group"), QStringLiteral("G01"),
            QStringLiteral("--org"),  QStringLiteral("D01"),     QStringLiteral("--format"),
            QStringLiteral("pdf"),    QStringLiteral("-o"),      target};
        const QStringList noYear{QStringLiteral("report"),   QStringLiteral("ledger"),
                                 QStringLiteral("--group"),  QStringLiteral("G01"),
                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("-o"),       target};
        for (const QStringList& args : {odt, both, noYear}) {
            const CliRun run = cli(args);
            QCOMPARE(run.code, 1); // a usage error
            QVERIFY2(run.err.contains(QStringLiteral("--")), qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(target));
        QStringList badYear = ledgerArgs(QStringLiteral("--group"), QStringLiteral("G01"), target);
        badYear[3] = QStringLiteral("1800");
        QCOMPARE(cli(badYear).code, 2); // invalid input: the year is out of range
    }

    void ontoTheLedgerIsRefused()
    {
        const QByteArray before = fileDigest(db());
        for (const QString& target : {db(), db() + QStringLiteral("-wal")}) {
            const CliRun run =
                cli(ledgerArgs(QStringLiteral("--group"), QStringLiteral("G01"), target));
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QStringLiteral("open ledger")), qPrintable(run.err));
        }
        QCOMPARE(fileDigest(db()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliLedgerVolume)
#include "TestCliLedgerVolume.moc"
