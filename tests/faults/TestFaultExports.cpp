#include "faults/FaultLedgers.h"
#include "faults/Verdicts.h"

using namespace faults;

// Every output command (export KIND, calendar, report archive) under a failing n-th write,
// fsync or truncate of the files in its output folder (ENOSPC or EIO), for n = 1..N: on a failure
// exit 4 and FILE absent, or unchanged when it existed before; never an exit 0 with an empty or
// partial file.
class TestFaultExports : public QObject
{
    Q_OBJECT

    StagedLedgers m_ledgers;
    // A demo ledger whose larger exports take several writes (past Qt's 16 KiB buffer).
    QTemporaryDir m_demoDir;
    QString m_demo;

    static QStringList commandFor(const QString& command, const QString& db, const QString& file)
    {
        QStringList args{QStringLiteral("--db"), db};
        const QStringList words = command.split(QLatin1Char(' '));
        if (words.first() == QLatin1String("calendar"))
            args << QStringLiteral("calendar") << QStringLiteral("--group")
                 << QStringLiteral("G-C01") << QStringLiteral("--year") << QStringLiteral("2026");
        else if (words.first() == QLatin1String("archive"))
            args << QStringLiteral("report") << QStringLiteral("archive")
                 << QStringLiteral("--member") << QStringLiteral("M001") << QStringLiteral("--year")
                 << QStringLiteral("2026") << QStringLiteral("--format") << words.value(1);
        else
            args << QStringLiteral("export") << words.first();
        return args << QStringLiteral("-o") << file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledgers.build());
        m_demo = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = cli({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                              QStringLiteral("--members"), QStringLiteral("120")});
        QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
    }

    void outputIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("op");
        QList<QPair<QString, QString>> commands;
        for (const ImportStep& step : importSteps())
            commands << qMakePair(QString::fromLatin1(step.kind),
                                  QString::fromLatin1(step.kind) + QStringLiteral(".csv"));
        commands << qMakePair(QStringLiteral("calendar"), QStringLiteral("sessions.ics"))
                 << qMakePair(QStringLiteral("archive html"), QStringLiteral("archive.html"))
                 << qMakePair(QStringLiteral("archive odt"), QStringLiteral("archive.odt"))
                 << qMakePair(QStringLiteral("archive pdf"), QStringLiteral("archive.pdf"));
        for (const char* kind : {"members", "sessions", "attendance", "selfstudy"})
            commands << qMakePair(QStringLiteral("demo ") + QString::fromLatin1(kind),
                                  QString::fromLatin1(kind) + QStringLiteral(".csv"));
        for (const auto& [command, fileName] : commands)
            for (const char* op : {"write", "sync", "truncate"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(command, op)))
                    << command << fileName << QString::fromLatin1(op);
    }

    void outputIsAllOrNothing()
    {
        QFETCH(QString, command);
        QFETCH(QString, fileName);
        QFETCH(QString, op);
        const bool demo = command.startsWith(QLatin1String("demo "));
        const QString db = demo ? m_demo : m_ledgers.full();
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString file = out.filePath(fileName);
        const QStringList args = commandFor(demo ? command.mid(5) : command, db, file);

        // What the command writes when nothing fails (twice: a document may hold a clock time,
        // then only its size is compared, within 2 %).
        Fault fault;
        fault.layer = QStringLiteral("file");
        fault.op = op;
        fault.path = out.path() + QLatin1Char('/');
        const Run counted = cli(args, &fault);
        QVERIFY2(counted.code == 0, qPrintable(describe(counted)));
        const QByteArray reference = contents(file);
        QVERIFY(!reference.isEmpty());
        QVERIFY(QFile::remove(file));
        QVERIFY(cli(args).code == 0);
        const bool exact = contents(file) == reference;
        QVERIFY(QFile::remove(file));

        const QByteArray previous = "an earlier file of the user\n";
        Verdicts v;
        int index = 0;
        for (const Fault& planned : plan(fault, counted.count, 12)) {
            fault = planned;
            ++index;
            // Every other run writes over an existing file, which a failure must leave as it was.
            const int i = index - 1;
            const bool existed = (i + i / 2) % 2 == 1;
            if (existed) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(previous);
            }
            const QString what =
                describe(fault) + (existed ? QStringLiteral(" over a file") : QString());
            const Run run = cli(args, &fault);
            v.ran(run);
            v.expect(!run.crashed, what, QStringLiteral("crashed: ") + describe(run));
            const QByteArray now = contents(file);
            v.expect(!(run.hit && run.code == 0), what,
                     QStringLiteral("exit 0 although the fault fired"));
            if (run.code == 0) {
                // A document that holds a clock time (PDF, ODT) can differ by a few bytes.
                const bool complete =
                    exact ? now == reference
                          : !now.isEmpty() &&
                                qAbs(now.size() - reference.size()) * 50 <= reference.size();
                v.expect(complete, what,
                         QStringLiteral("exit 0 with %1 of %2 bytes")
                             .arg(now.size())
                             .arg(reference.size()));
            } else {
                v.expect(run.hit, what,
                         QStringLiteral("failed without the fault: ") + describe(run));
                v.expect(run.code == 4, what, QStringLiteral("not exit 4: ") + describe(run));
                if (existed)
                    v.expect(now == previous, what, QStringLiteral("the earlier file changed"));
                else
                    v.expect(!QFile::exists(file), what,
                             QStringLiteral("left a file of %1 bytes").arg(now.size()));
                const QStringList expected = existed ? QStringList{fileName} : QStringList();
                v.expect(entries(out.path()) == expected, what,
                         QStringLiteral("left behind: ") +
                             entries(out.path()).join(QLatin1Char(' ')));
            }
            for (const QString& name : entries(out.path()))
                QFile::remove(out.filePath(name));
        }
        fault.n = counted.count + 1;
        const Run clean = cli(args, &fault);
        v.expect(!clean.hit && clean.code == 0, QStringLiteral("past the last operation"),
                 describe(clean));
        qInfo("%ld operations; %s", counted.count, qPrintable(v.summary()));
        SL_VERIFY_VERDICTS(v);
    }
};

QTEST_GUILESS_MAIN(TestFaultExports)
#include "TestFaultExports.moc"
