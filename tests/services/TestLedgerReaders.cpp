#include "support/CliRunner.h"
#include "support/FigureFixture.h"
#include "support/TempLedger.h"

#include "services/RosterService.h"

#include <QFile>
#include <QTest>

using namespace sl;

// A second connection to the open ledger in the same process (the reader of a worker job, a
// backup) must leave the first connection's locks alone: POSIX locks belong to the process, and
// closing any descriptor of the file drops them all. Without the locks another process believes
// itself alone and deletes the write-ahead log under the open ledger.
class TestLedgerReaders : public QObject
{
    Q_OBJECT

private slots:
    void readerKeepsTheWriterLocks()
    {
        TempLedger ledger;
        QVERIFY(ledger.isOpen());
        const QString wal = ledger.path() + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        {
            auto reader = Ledger::open(ledger.path(), OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().text()));
            QVERIFY(RosterService(**reader).memberCount({}).ok());
        }
        // Another process opens and closes the ledger: it must see that it is not alone.
        CliRun run = runCliOn(ledger.path(),
                              {QStringLiteral("export"), QStringLiteral("orgs"),
                               QStringLiteral("-o"), ledger.file(QStringLiteral("orgs.csv"))});
        QCOMPARE(run.code, 0);
        QVERIFY2(QFile::exists(wal), "the other process took the journal of the open ledger");

        // The open ledger still reads and writes, and a new reader sees what it wrote.
        FigureFixture fx(ledger->db());
        fx.org(QStringLiteral("D01"), QStringLiteral("江南街道党工委"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        auto reader = Ledger::open(ledger.path(), OpenMode::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(RosterService(**reader).resolveOrg(QStringLiteral("D01")).ok());
    }
};

QTEST_GUILESS_MAIN(TestLedgerReaders)
#include "TestLedgerReaders.moc"
