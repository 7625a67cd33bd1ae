#include "support/FileBytes.h"
#include "support/RosterImport.h"
#include "support/TempLedger.h"

#include "exchange/RosterFiles.h"
#include "services/RosterService.h"

#include <QFile>
#include <QTest>

using namespace sl;

class TestRosterFiles : public QObject
{
    Q_OBJECT

private slots:
    void rosterFilesImport()
    {
        TempLedger ledger;
        importRoster(*ledger);
        if (QTest::currentTestFailed())
            return;
        RosterService roster(*ledger);
        auto m3 = roster.resolveMember(QStringLiteral("M003"));
        QVERIFY(m3.ok());
        QCOMPARE(m3->name, QStringLiteral("王𬀩")); // from GB18030, outside the BMP
        QCOMPARE(m3->cadreLevel, CadreLevel::County);
        QCOMPARE(m3->phone, QStringLiteral("010-66668888"));
        auto m2 = roster.resolveMember(QStringLiteral("M002"));
        QCOMPARE(m2->position, QStringLiteral("宣传委员,组织委员"));
        QCOMPARE(m2->birthDate, Date(1992, 11, 3)); // 1992.11.3
        QCOMPARE(m2->category, std::optional(MemberCategory::Probationary));
        auto b02 = roster.resolveGroup(QStringLiteral("G-B02"));
        QCOMPARE(b02->kind, GroupKind::Branch); // "branch" in an English file
        auto memberships = roster.memberships();
        QVERIFY(memberships.ok());
        QCOMPARE(memberships->size(), size_t(7));
    }

    void secondImportChangesNothing()
    {
        TempLedger ledger;
        importRoster(*ledger);
        auto again = RosterFiles::importFile(*ledger, ImportKind::Members,
                                             testData(QStringLiteral("members-gb18030.csv")));
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->encoding, TextEncoding::Gb18030);
        QCOMPARE(again->counts.added, 0);
        QCOMPARE(again->counts.updated, 0);
        QCOMPARE(again->counts.unchanged, 4);
    }

    void exportImportsBackUnchanged_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("orgs") << int(ImportKind::Orgs);
        QTest::newRow("members") << int(ImportKind::Members);
        QTest::newRow("groups") << int(ImportKind::Groups);
        QTest::newRow("group-members") << int(ImportKind::GroupMembers);
    }

    void exportImportsBackUnchanged()
    {
        QFETCH(int, kind);
        TempLedger source;
        importRoster(*source);
        const QString first = source.file(QStringLiteral("first.csv"));
        auto written = RosterFiles::exportFile(*source, ImportKind(kind), first);
        QVERIFY(written.ok());
        QVERIFY(*written > 0);

        // Re-importing the export into its own database changes nothing.
        auto same = RosterFiles::importFile(*source, ImportKind(kind), first);
        QVERIFY(same.ok() && same->ok());
        QCOMPARE(same->counts.added + same->counts.updated, 0);
        QCOMPARE(same->counts.unchanged, *written);

        // Into a fresh database (with what the kind refers to), then out again: the same bytes.
        TempLedger target;
        for (int k = 0; k < kind; ++k) {
            const QString dependency = source.file(QStringLiteral("dep%1.csv").arg(k));
            QVERIFY(RosterFiles::exportFile(*source, ImportKind(k), dependency).ok());
            auto imported = RosterFiles::importFile(*target, ImportKind(k), dependency);
            QVERIFY(imported.ok() && imported->ok());
        }
        auto imported = RosterFiles::importFile(*target, ImportKind(kind), first);
        QVERIFY(imported.ok() && imported->ok());
        QCOMPARE(imported->counts.added, *written);
        const QString second = target.file(QStringLiteral("second.csv"));
        QVERIFY(RosterFiles::exportFile(*target, ImportKind(kind), second).ok());
        QCOMPARE(fileBytes(second), fileBytes(first));
    }

    void badRowsAreNamedAndNothingIsImported()
    {
        TempLedger ledger;
        importRoster(*ledger);
        const qint64 before = *RosterService(*ledger).memberCount({});
        const QString path = testData(QStringLiteral("members-bad.csv"));
        auto result = RosterFiles::importFile(*ledger, ImportKind::Members, path);
        QVERIFY(result.ok());
        QVERIFY(!result->ok());
        QStringList lines;
        for (const FileProblem& p : result->problems)
            lines << p.text();
        // Line 3: an impossible birth date; line 5: no name and an unknown organisation.
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(path + QStringLiteral(":3: 出生日期: ")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(path + QStringLiteral(":5: 姓名: ")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(path + QStringLiteral(":5: 所在党组织: ")),
                 qPrintable(lines[2]));
        QCOMPARE(*RosterService(*ledger).memberCount({}), before);
    }

    void aCellThatDoesNotParseChangesNothing()
    {
        // The row is valid once its bad cell is left out: it must not go in all the same.
        TempLedger ledger;
        importRoster(*ledger);
        const qint64 before = *RosterService(*ledger).memberCount({});
        const QString path = ledger.file(QStringLiteral("one-bad-cell.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,姓名,所在党组织,出生日期\nM201,新人,B01,1990-02-30\n");
        f.close();
        auto result = RosterFiles::importFile(*ledger, ImportKind::Members, path);
        QVERIFY(result.ok());
        QCOMPARE(result->problems.size(), size_t(1));
        QVERIFY(result->problems[0].text().startsWith(path + QStringLiteral(":2: 出生日期: ")));
        QCOMPARE(*RosterService(*ledger).memberCount({}), before);
    }

    void xlsxExportIsAWorkbookNotMisnamedCsv()
    {
        TempLedger ledger;
        importRoster(*ledger);
        const QString path = ledger.file(QStringLiteral("members.xlsx"));
        auto written = RosterFiles::exportFile(*ledger, ImportKind::Members, path);
        QVERIFY(written.ok());
        QCOMPARE(*written, 4);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("PK\x03\x04")); // a zip package, not CSV text
    }

    void unknownColumnIsRefused()
    {
        TempLedger ledger;
        const QString path = ledger.file(QStringLiteral("orgs.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,名称,类别,备注\nD01,党委,党委,x\n");
        f.close();
        auto result = RosterFiles::importFile(*ledger, ImportKind::Orgs, path);
        QVERIFY(result.ok());
        QCOMPARE(result->problems.size(), size_t(1));
        QVERIFY(result->problems[0].text().contains(QStringLiteral("备注")));
    }
};

QTEST_GUILESS_MAIN(TestRosterFiles)
#include "TestRosterFiles.moc"
