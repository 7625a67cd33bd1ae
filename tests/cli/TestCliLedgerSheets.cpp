#include "support/CliRunner.h"
#include "support/LedgerBookFixture.h"
#include "support/TempLedger.h"

#include <QFile>
#include <QTest>

// `report signin` and `report session` of studyledger-cli over the ledger book's fixed ledger.
class TestCliLedgerSheets : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    ledger_book_fixture::Ids m_ids;

    CliRun cli(const QStringList& args) const { return runCliOn(m_ledger->path(), args); }

    static QByteArray bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    CliRun report(const char* kind, const QString& session, const char* format,
                  const QString& target) const
    {
        return cli({QStringLiteral("report"), QString::fromLatin1(kind),
                    QStringLiteral("--session"), session, QStringLiteral("--format"),
                    QString::fromLatin1(format), QStringLiteral("-o"), target});
    }

private slots:
    void initTestCase()
    {
        sl::Clock::setToday(sl::Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        m_ids = ledger_book_fixture::build(**m_ledger, m_ledger->file(QString()));
        QVERIFY(m_ids.held && !m_ids.heldExt.isEmpty() && !m_ids.plannedExt.isEmpty());
        sl::Clock::setToday({});
    }

    void signinWritesEveryFormat()
    {
        for (const char* format : {"pdf", "odt", "html"}) {
            const QString file =
                m_ledger->file(QStringLiteral("signin.") + QString::fromLatin1(format));
            const CliRun run = report("signin", m_ids.heldExt, format, file);
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(QStringLiteral("wrote the sign-in sheet of session ") +
                                     m_ids.heldExt + QStringLiteral(" to ")));
            const QByteArray written = bytes(file);
            QVERIFY2(!written.isEmpty(), format);
            if (QLatin1String(format) == QLatin1String("pdf"))
                QVERIFY(written.startsWith("%PDF"));
            if (QLatin1String(format) == QLatin1String("odt"))
                QVERIFY(written.startsWith("PK"));
            if (QLatin1String(format) == QLatin1String("html"))
                QVERIFY(QString::fromUtf8(written).contains(QStringLiteral("孙丽")));
        }
        // A planned session has a sign-in sheet.
        const QString planned = m_ledger->file(QStringLiteral("planned.html"));
        const CliRun run = report("signin", m_ids.plannedExt, "html", planned);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(bytes(planned)).contains(QStringLiteral("刘洋")));
    }

    void sessionRecordWritesEveryFormat()
    {
        for (const char* format : {"pdf", "odt", "html"}) {
            const QString file =
                m_ledger->file(QStringLiteral("record.") + QString::fromLatin1(format));
            const CliRun run = report("session", m_ids.heldExt, format, file);
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(QStringLiteral("wrote the record of session ")));
            QVERIFY2(!bytes(file).isEmpty(), format);
        }
        const QString html =
            QString::fromUtf8(bytes(m_ledger->file(QStringLiteral("record.html"))));
        QVERIFY(html.contains(QStringLiteral("公务出差")));
        QVERIFY(html.contains(QStringLiteral("主持人签字")));
        // To standard output.
        const CliRun out = report("session", m_ids.heldExt, "html", QStringLiteral("-"));
        QCOMPARE(out.code, 0);
        QVERIFY(out.out.contains(QStringLiteral("领学发言")));
    }

    void plannedSessionHasNoRecord()
    {
        const QString file = m_ledger->file(QStringLiteral("planned-record.pdf"));
        const CliRun run = report("session", m_ids.plannedExt, "pdf", file);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("计划")) &&
                     run.err.contains(QStringLiteral("status")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void unknownSessionIsInvalid()
    {
        const QString file = m_ledger->file(QStringLiteral("none.pdf"));
        for (const char* kind : {"signin", "session"}) {
            const CliRun run = report(kind, QStringLiteral("G01-20990101-9"), "pdf", file);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QStringLiteral("G01-20990101-9")), qPrintable(run.err));
            QVERIFY(!QFile::exists(file));
        }
    }

    void usageErrors()
    {
        QCOMPARE(report("signin", m_ids.heldExt, "docx", m_ledger->file(QStringLiteral("x"))).code,
                 1);
        QCOMPARE(
            cli({QStringLiteral("report"), QStringLiteral("signin"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("x.pdf")})
                .code,
            1);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("session"),
                      QStringLiteral("--session"), m_ids.heldExt, QStringLiteral("--year"),
                      QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), QStringLiteral("x.pdf")})
                     .code,
                 1);
    }

    void theLedgerIsNotOverwritten()
    {
        const QByteArray before = bytes(m_ledger->path());
        QVERIFY(!before.isEmpty());
        for (const char* kind : {"signin", "session"}) {
            const CliRun run = report(kind, m_ids.heldExt, "pdf", m_ledger->path());
            QVERIFY2(run.code == 2, qPrintable(run.err));
            QVERIFY(!run.err.isEmpty());
        }
        QVERIFY(bytes(m_ledger->path()).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestCliLedgerSheets)
#include "TestCliLedgerSheets.moc"
