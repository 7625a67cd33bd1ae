#include "support/CliRunner.h"
#include "support/FileBytes.h"

#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

// bulletin settings, bulletin issued and bulletin reprint: the settings of an issuing
// organisation, the list of its issued bulletins and their PDF as issued, never onto the ledger.
class TestCliBulletinSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::vector<IssuedBulletin> m_issued; // as issue() returned them, with their PDF

    CliRun cli(const QStringList& args) const { return runCliOn(m_db, args); }

    // Issues a bulletin of D01 in process, with a stand-in PDF renderer (the document is not
    // this test's business), and closes the ledger again before the CLI runs.
    void issue(const Period& period, const Date& on)
    {
        auto ledger = Ledger::open(m_db, OpenMode::MustExist);
        QVERIFY(ledger.ok());
        auto org = RosterService(**ledger).resolveOrg(QStringLiteral("D01"));
        QVERIFY(org.ok());
        BulletinService service(**ledger);
        BulletinData d;
        d.scope = ScopeInfo{ScopeRef::organisation(org->id), org->extId, org->name, org->id};
        d.period = period;
        d.settings = *service.settings(org->id);
        BulletinService::Renderers r;
        r.pdf = [](const BulletinData& b) -> Result<QByteArray> {
            return QByteArray("%PDF-1.7\n\0\x01\xff\r\n", 13) + b.settings.numberPrefix.toUtf8() +
                   QByteArray::number(b.serial) + QByteArray(4096, '\x9c');
        };
        r.json = [](const BulletinData&) { return QByteArray("{}"); };
        r.title = [](const BulletinData& b) {
            return QStringLiteral("关于%1学习情况的通报").arg(b.period.label());
        };
        auto issued = service.issue(d, on, r);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().text()));
        m_issued.push_back(*issued);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        const CliRun made = newLedgerWithYearFiles(m_db, 1); // the organisations
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }

    void defaultsArePrinted()
    {
        const CliRun run = cli({QStringLiteral("bulletin"), QStringLiteral("settings"),
                                QStringLiteral("--org"), QStringLiteral("D01")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("organisation: D01 区委机关党委\n"
                                         "organ_name: 区委机关党委\n"
                                         "number_prefix:\n"
                                         "addressee:\n"
                                         "names_in_problems: off\n"
                                         "closing_text:\n"));
    }

    void settingsAreStoredAndPrinted()
    {
        const CliRun set = cli(
            {QStringLiteral("bulletin"), QStringLiteral("settings"), QStringLiteral("--org"),
             QStringLiteral("D01"), QStringLiteral("--organ"), QStringLiteral("中共区委机关委员会"),
             QStringLiteral("--prefix"), QStringLiteral("X学通"), QStringLiteral("--addressee"),
             QStringLiteral("各党支部"), QStringLiteral("--names"), QStringLiteral("on"),
             QStringLiteral("--closing"), QStringLiteral("一要学深。\n二要悟透。")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        const QString expected = QStringLiteral("organisation: D01 区委机关党委\n"
                                                "organ_name: 中共区委机关委员会\n"
                                                "number_prefix: X学通\n"
                                                "addressee: 各党支部\n"
                                                "names_in_problems: on\n"
                                                "closing_text: 一要学深。\n  二要悟透。\n");
        QCOMPARE(set.out, expected);
        // Printed again from the ledger; changing one field keeps the others.
        const CliRun print = cli({QStringLiteral("bulletin"), QStringLiteral("settings"),
                                  QStringLiteral("--org"), QStringLiteral("D01")});
        QCOMPARE(print.out, expected);
        const CliRun names =
            cli({QStringLiteral("bulletin"), QStringLiteral("settings"), QStringLiteral("--org"),
                 QStringLiteral("D01"), QStringLiteral("--names"), QStringLiteral("off")});
        QCOMPARE(names.code, 0);
        QVERIFY(names.out.contains(QStringLiteral("names_in_problems: off\n")));
        QVERIFY(names.out.contains(QStringLiteral("number_prefix: X学通\n")));
    }

    void aRefusedSettingNamesItsFieldAndChangesNothing()
    {
        const CliRun bad =
            cli({QStringLiteral("bulletin"), QStringLiteral("settings"), QStringLiteral("--org"),
                 QStringLiteral("D01"), QStringLiteral("--prefix"), QStringLiteral("X 学通"),
                 QStringLiteral("--addressee"), QStringLiteral("别处")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("number_prefix:")), qPrintable(bad.err));
        const CliRun print = cli({QStringLiteral("bulletin"), QStringLiteral("settings"),
                                  QStringLiteral("--org"), QStringLiteral("D01")});
        QVERIFY(print.out.contains(QStringLiteral("number_prefix: X学通\n")));
        QVERIFY(print.out.contains(QStringLiteral("addressee: 各党支部\n")));

        const CliRun names =
            cli({QStringLiteral("bulletin"), QStringLiteral("settings"), QStringLiteral("--org"),
                 QStringLiteral("D01"), QStringLiteral("--names"), QStringLiteral("yes")});
        QCOMPARE(names.code, 1);
        QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("settings")}).code, 1);
        QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("settings"),
                      QStringLiteral("--org"), QStringLiteral("NOPE")})
                     .code,
                 2);
    }

    void issuedBulletinsAreListedNewestFirst()
    {
        const CliRun none = cli({QStringLiteral("bulletin"), QStringLiteral("issued"),
                                 QStringLiteral("--org"), QStringLiteral("D01")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.startsWith(QStringLiteral("no bulletins issued")));

        issue(Period::half(2026, 1), Date(2026, 7, 10));
        issue(Period::year(2026), Date(2026, 12, 31));
        QCOMPARE(m_issued.size(), size_t(2));
        const CliRun run = cli({QStringLiteral("bulletin"), QStringLiteral("issued"),
                                QStringLiteral("--org"), QStringLiteral("D01")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("id\tnumber\tissued_on\ttitle\tscope\tperiod"));
        QCOMPARE(lines[1],
                 QStringLiteral("%1\tX学通〔2026〕2号\t2026-12-31\t关于2026年学习情况的通报\t"
                                "区委机关党委\t2026年")
                     .arg(m_issued[1].id));
        QCOMPARE(lines[2],
                 QStringLiteral("%1\tX学通〔2026〕1号\t2026-07-10\t关于2026年上半年学习情况"
                                "的通报\t区委机关党委\t2026年上半年")
                     .arg(m_issued[0].id));
    }

    void aReprintIsTheStoredPdfByteForByte()
    {
        QVERIFY(!m_issued.empty());
        const IssuedBulletin& first = m_issued.front();
        // The settings change after the issue; the reprint does not.
        QCOMPARE(
            cli({QStringLiteral("bulletin"), QStringLiteral("settings"), QStringLiteral("--org"),
                 QStringLiteral("D01"), QStringLiteral("--prefix"), QStringLiteral("Y学通")})
                .code,
            0);
        const QString target = m_dir.filePath(QStringLiteral("reprint.pdf"));
        const CliRun run =
            cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                 QString::number(first.id), QStringLiteral("-o"), target});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("X学通〔2026〕1号")));
        QCOMPARE(fileBytes(target), first.pdf);

        const CliRun piped =
            cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                 QString::number(first.id), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(piped.code, 0);
        QCOMPARE(piped.rawOut, first.pdf);
    }

    void aReprintOntoTheLedgerIsRefused()
    {
        QVERIFY(!m_issued.empty());
        const QByteArray before = fileDigest(m_db);
        for (const QString& target : {m_db, m_db + QStringLiteral("-wal")}) {
            const CliRun run =
                cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                     QString::number(m_issued[0].id), QStringLiteral("-o"), target});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QStringLiteral("open ledger")), qPrintable(run.err));
        }
        QCOMPARE(fileDigest(m_db), before);
        const CliRun list = cli({QStringLiteral("bulletin"), QStringLiteral("issued"),
                                 QStringLiteral("--org"), QStringLiteral("D01")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("X学通〔2026〕2号")));
    }

    void badReprintRequests()
    {
        const QString target = m_dir.filePath(QStringLiteral("none.pdf"));
        const CliRun unknown =
            cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                 QStringLiteral("999"), QStringLiteral("-o"), target});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no issued bulletin with id 999")));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                      QStringLiteral("1")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("reprint"), QStringLiteral("--id"),
                      QStringLiteral("one"), QStringLiteral("-o"), target})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("reissue")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBulletinSettings)
#include "TestCliBulletinSettings.moc"
