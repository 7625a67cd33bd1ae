#include "faults/FaultLedgers.h"
#include "faults/Verdicts.h"

using namespace faults;

// `backup FILE` under a failing n-th write, fsync or truncate, for n = 1..N: on a failure exit 4,
// nothing at FILE and no temporary beside it, and a retry succeeds; on success FILE is a
// complete ledger that passes `check`. The source ledger never changes.
class TestFaultBackup : public QObject
{
    Q_OBJECT

    StagedLedgers m_ledgers;
    QStringList m_source;

    static QStringList backupArgs(const QString& db, const QString& target)
    {
        return {QStringLiteral("--db"), db, QStringLiteral("backup"), target};
    }

    void expectComplete(Verdicts& v, const QString& target, const QString& what)
    {
        QString error;
        v.expect(dump(target, &error) == m_source, what,
                 QStringLiteral("the backup does not hold the ledger ") + error);
        const Run check = cli({QStringLiteral("--db"), target, QStringLiteral("check")});
        v.expect(check.code == 0, what, QStringLiteral("check of the backup: ") + describe(check));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledgers.build());
        m_source = dump(m_ledgers.full());
        QVERIFY(m_source.size() > 20);
    }

    void backupIsAllOrNothing_data() { addLayerOpRows(); }

    void backupIsAllOrNothing()
    {
        QFETCH(QString, layer);
        QFETCH(QString, op);
        const QString source = m_ledgers.full();
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString target = out.filePath(QStringLiteral("copy.sqlite"));

        Fault fault;
        fault.layer = layer;
        fault.op = op;
        // Both layers see only the backup's folder: the target and whatever temporary the
        // backup writes beside it (a write to the source ledger is not the backup's).
        fault.path = out.path() + QLatin1Char('/');
        const Run counted = cli(backupArgs(source, target), &fault);
        QVERIFY2(counted.code == 0, qPrintable(describe(counted)));
        QDir(out.path()).removeRecursively();
        QVERIFY(QDir().mkpath(out.path()));

        Verdicts v;
        int index = 0;
        for (const Fault& planned : plan(fault, counted.count, 16)) {
            fault = planned;
            ++index;
            const QString what = describe(fault);
            const Run run = cli(backupArgs(source, target), &fault);
            v.ran(run);
            v.expect(!run.crashed, what, QStringLiteral("crashed: ") + describe(run));
            v.expect(!(run.hit && run.code == 0), what,
                     QStringLiteral("exit 0 although the fault fired"));
            if (run.code == 0) {
                v.expect(entries(out.path()) == QStringList{QStringLiteral("copy.sqlite")}, what,
                         QStringLiteral("a backup that is more than one file: ") +
                             entries(out.path()).join(QLatin1Char(' ')));
                expectComplete(v, target, what);
            } else {
                v.expect(run.hit, what,
                         QStringLiteral("failed without the fault: ") + describe(run));
                v.expect(run.code == 4, what, QStringLiteral("not exit 4: ") + describe(run));
                v.expect(entries(out.path()).isEmpty(), what,
                         QStringLiteral("left behind: ") +
                             entries(out.path()).join(QLatin1Char(' ')));
                // The user tries again, without clearing anything up first.
                const Run retry = cli(backupArgs(source, target));
                v.expect(retry.code == 0, what,
                         QStringLiteral("the retry failed: ") + describe(retry));
                if (retry.code == 0) {
                    v.expect(entries(out.path()) == QStringList{QStringLiteral("copy.sqlite")},
                             what,
                             QStringLiteral("after the retry: ") +
                                 entries(out.path()).join(QLatin1Char(' ')));
                    expectComplete(v, target, what + QStringLiteral(" (retry)"));
                }
            }
            v.expect(dump(source) == m_source, what, QStringLiteral("the source changed"));
            for (const QString& name : entries(out.path()))
                QFile::remove(out.filePath(name));
        }
        // Past the last operation the fault never fires and the backup goes through.
        fault.n = counted.count + 1;
        const Run clean = cli(backupArgs(source, target), &fault);
        v.expect(!clean.hit && clean.code == 0, QStringLiteral("past the last operation"),
                 describe(clean));
        qInfo("%ld operations; %s", counted.count, qPrintable(v.summary()));
        SL_VERIFY_VERDICTS(v);
    }
};

QTEST_GUILESS_MAIN(TestFaultBackup)
#include "TestFaultBackup.moc"
