#include "support/CliRunner.h"
#include "support/OrgScopeExample.h"
#include "support/TempLedger.h"

#include <QTest>

// `assess --org` and publishing from the command line, over OrgScopeExample: the JSON equals the
// figures worked out by hand there.
class TestCliAssessOrg : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    OrgScopeExample m_x;

    CliRun cli(const QStringList& args) const { return runCliOn(m_ledger.path(), args); }

    static QString member(const QString& id, const QString& name, const QString& org,
                          const QString& components, const QString& bonus, const QString& final,
                          const QString& grade, int rank)
    {
        return QStringLiteral("{\"id\": \"%1\", \"name\": \"%2\", \"org\": \"%3\", \"components\": "
                              "{%4}, \"bonus\": %5, \"adjustment\": 0, \"final\": %6, "
                              "\"grade\": \"%7\", \"rank\": %8}")
            .arg(id, name, org, components, bonus, final, grade)
            .arg(rank);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_x = OrgScopeExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void organisationJsonIsWorkedOutByHand()
    {
        CliRun run = cli({QStringLiteral("assess"), QStringLiteral("--year"),
                          QStringLiteral("2026"), QStringLiteral("--org"), QStringLiteral("C01"),
                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QString b1 = QStringLiteral("机关第一党支部");
        const QString b2 = QStringLiteral("机关第二党支部");
        const QString example = QStringLiteral("\"attendance\": 34.0, \"hours\": 23.44, \"notes\": "
                                               "11.25, \"speeches\": 5.0, \"writings\": 5.0");
        const QString nothing =
            QStringLiteral("\"hours\": 0.0, \"notes\": 0.0, \"speeches\": 0.0, \"writings\": 0.0");
        const QStringList members{
            member(QStringLiteral("M002"), QStringLiteral("李红"), b1,
                   QStringLiteral("\"attendance\": 40.0, \"hours\": 25.0, \"notes\": 15.0, "
                                  "\"speeches\": 10.0, \"writings\": 10.0"),
                   QStringLiteral("2"), QStringLiteral("100.0"), QStringLiteral("优秀"), 1),
            member(QStringLiteral("M006"), QStringLiteral("赵敏"), b2,
                   QStringLiteral("\"attendance\": 26.67, \"hours\": 25.0, \"notes\": 15.0, "
                                  "\"speeches\": 10.0, \"writings\": 10.0"),
                   QStringLiteral("4"), QStringLiteral("90.7"), QStringLiteral("合格"), 2),
            member(QStringLiteral("M001"), QStringLiteral("王小明"), b1, example,
                   QStringLiteral("0"), QStringLiteral("78.7"), QStringLiteral("合格"), 3),
            member(QStringLiteral("M003"), QStringLiteral("张伟"), b1, example, QStringLiteral("0"),
                   QStringLiteral("78.7"), QStringLiteral("合格"), 3),
            member(QStringLiteral("M004"), QStringLiteral("刘洋"), b1,
                   QStringLiteral("\"attendance\": 0.0, ") + nothing, QStringLiteral("0"),
                   QStringLiteral("0.0"), QStringLiteral("不合格"), 5),
            member(QStringLiteral("M005"), QStringLiteral("陈静"), b1,
                   QStringLiteral("\"attendance\": null, ") + nothing, QStringLiteral("0"),
                   QStringLiteral("0.0"), QStringLiteral("不合格"), 5)};
        const QString expected =
            QStringLiteral("{\"year\": 2026, \"scope\": {\"kind\": \"org\", \"id\": \"C01\", "
                           "\"name\": \"中共某某局委员会\"},\n"
                           " \"rubric\": {\"attendance\": 40, \"hours\": 25, \"notes\": 15, "
                           "\"speeches\": 10, \"writings\": 10},\n"
                           " \"members\": [\n   ") +
            members.join(QStringLiteral(",\n   ")) + QStringLiteral("\n ]}\n");
        QCOMPARE(run.text(), expected);
    }

    void organisationCsvNamesTheOrganisation()
    {
        CliRun run = cli({QStringLiteral("assess"), QStringLiteral("--year"),
                          QStringLiteral("2026"), QStringLiteral("--org"), QStringLiteral("C01"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], QStringLiteral("rank,id,name,org,attendance,hours,notes,speeches,"
                                          "writings,bonus,adjustment,final,grade"));
        QCOMPARE(lines[2], QStringLiteral("2,M006,赵敏,机关第二党支部,26.67,25.00,15.00,10.00,"
                                          "10.00,4.0,0.0,90.7,合格"));
    }

    void adjustAndTakeBackFromTheCommandLine()
    {
        const QStringList base{QStringLiteral("assess"), QStringLiteral("--year"),
                               QStringLiteral("2026"),   QStringLiteral("--org"),
                               QStringLiteral("C01"),    QStringLiteral("--format"),
                               QStringLiteral("csv")};
        const QString before = cli(base).text();
        // A reason is required: invalid input, nothing changed.
        CliRun noReason = cli(base + QStringList{QStringLiteral("--adjust"), QStringLiteral("M004"),
                                                 QStringLiteral("--delta"), QStringLiteral("5")});
        QCOMPARE(noReason.code, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("reason")), qPrintable(noReason.err));
        QCOMPARE(cli(base).text(), before);
        // --delta without --adjust is a usage error.
        QCOMPARE(cli(base + QStringList{QStringLiteral("--delta"), QStringLiteral("5")}).code, 1);

        CliRun adjusted =
            cli(base + QStringList{QStringLiteral("--adjust"), QStringLiteral("M004"),
                                   QStringLiteral("--delta"), QStringLiteral("65"),
                                   QStringLiteral("--reason"), QStringLiteral("补录学时")});
        QCOMPARE(adjusted.code, 0);
        QVERIFY2(adjusted.text().contains(
                     QStringLiteral("M004,刘洋,机关第一党支部,0.00,0.00,0.00,0.00,0.00,0.0,65.0,"
                                    "65.0,基本合格")),
                 qPrintable(adjusted.text()));
        CliRun taken =
            cli(base + QStringList{QStringLiteral("--unadjust"), QStringLiteral("M004")});
        QCOMPARE(taken.code, 0);
        QCOMPARE(taken.text(), before);
    }

    // Keep last: it publishes 2026 for C01.
    void publishThenPrintThePublished()
    {
        const QStringList base{QStringLiteral("assess"), QStringLiteral("--year"),
                               QStringLiteral("2026"),   QStringLiteral("--org"),
                               QStringLiteral("C01"),    QStringLiteral("--format"),
                               QStringLiteral("csv")};
        CliRun published = cli(base + QStringList{QStringLiteral("--publish")});
        QCOMPARE(published.code, 0);
        CliRun current = cli(base);
        QCOMPARE(published.text(), current.text());
        // A second publication is refused (invalid input, exit 2), naming the date.
        CliRun again = cli(base + QStringList{QStringLiteral("--publish")});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("already published")), qPrintable(again.err));

        // Later records change the current assessment, never what was published.
        FigureFixture fx(m_ledger->db());
        fx.selfStudy(m_x.w.e, FigureFixture::day(2026, 11, 2), 600, QStringLiteral("补学"));
        QVERIFY(fx.ok());
        CliRun stored = cli(base + QStringList{QStringLiteral("--published")});
        QCOMPARE(stored.code, 0);
        QCOMPARE(stored.text(), published.text());
        QVERIFY(cli(base).text() != published.text());
    }
};

QTEST_GUILESS_MAIN(TestCliAssessOrg)
#include "TestCliAssessOrg.moc"
