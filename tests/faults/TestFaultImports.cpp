#include "faults/FaultLedgers.h"
#include "faults/Verdicts.h"

using namespace faults;

// Every `import KIND FILE` under a failing n-th SQLite write, fsync or truncate (SQLITE_FULL or
// SQLITE_IOERR), for n = 1..N: all or nothing. A failure exits 4 and leaves every row as it was;
// an exit 0 means every row of the file is in. `check` passes either way.
class TestFaultImports : public QObject
{
    Q_OBJECT

    StagedLedgers m_ledgers;
    QList<QStringList> m_dumps; // the content of each stage
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledgers.build());
        for (int k = 0; k <= importSteps().size(); ++k) {
            QString error;
            m_dumps << dump(m_ledgers.stage(k), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (k > 0)
                QVERIFY2(m_dumps[k] != m_dumps[k - 1], importSteps()[k - 1].kind);
        }
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("op");
        for (int k = 1; k <= importSteps().size(); ++k)
            for (const char* op : {"write", "sync", "truncate"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(
                    QString::fromLatin1(importSteps()[k - 1].kind), QString::fromLatin1(op))))
                    << k << QString::fromLatin1(op);
    }

    void importIsAllOrNothing()
    {
        QFETCH(int, step);
        QFETCH(QString, op);
        const ImportStep& importStep = importSteps()[step - 1];
        const QString db = m_work.filePath(QStringLiteral("work.sqlite"));
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"),
                               QString::fromLatin1(importStep.kind), m_ledgers.file(importStep)};
        const QStringList& before = m_dumps[step - 1];
        const QStringList& after = m_dumps[step];

        Fault fault;
        fault.op = op;
        QVERIFY(copyDatabase(m_ledgers.stage(step - 1), db));
        const Run counted = cli(args, &fault);
        QVERIFY2(counted.code == 0, qPrintable(describe(counted)));
        QVERIFY(dump(db) == after);

        Verdicts v;
        int index = 0;
        for (const Fault& planned : plan(fault, counted.count, 14)) {
            fault = planned;
            ++index;
            const QString what = describe(fault);
            QVERIFY(copyDatabase(m_ledgers.stage(step - 1), db));
            const Run run = cli(args, &fault);
            v.ran(run);
            v.expect(!run.crashed, what, QStringLiteral("crashed: ") + describe(run));
            QString error;
            const QStringList now = dump(db, &error);
            v.expect(error.isEmpty(), what, error);
            if (run.code == 0) {
                v.expect(now == after, what, QStringLiteral("exit 0 without all the rows"));
            } else {
                v.expect(run.hit, what,
                         QStringLiteral("failed without the fault: ") + describe(run));
                v.expect(run.code == 4, what, QStringLiteral("not exit 4: ") + describe(run));
                v.expect(now == before, what,
                         QStringLiteral("a failed import changed the "
                                        "ledger (%1 rows were in before, "
                                        "%2 now)")
                             .arg(before.size())
                             .arg(now.size()));
            }
            const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
            v.expect(check.code == 0, what, QStringLiteral("check: ") + describe(check));
        }
        fault.n = counted.count + 1;
        QVERIFY(copyDatabase(m_ledgers.stage(step - 1), db));
        const Run clean = cli(args, &fault);
        v.expect(!clean.hit && clean.code == 0 && dump(db) == after,
                 QStringLiteral("past the last operation"), describe(clean));
        qInfo("%ld operations; %s", counted.count, qPrintable(v.summary()));
        SL_VERIFY_VERDICTS(v);
    }
};

QTEST_GUILESS_MAIN(TestFaultImports)
#include "TestFaultImports.moc"
