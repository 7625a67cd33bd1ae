#include "support/DashboardFixture.h"
#include "support/MigratedDatabase.h"

#include "storage/DashboardRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

// The aggregates of the dashboard over the ledger of DashboardFixture (drawn there), each
// number counted by hand from it.
class TestDashboardRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DashboardFixture m_data;

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(m_db);
        QVERIFY2(m_data.build(*m_db), qPrintable(m_data.error));
    }

    void monthsOfAnOrganisation()
    {
        auto months =
            DashboardRepository(*m_db).months(ScopeRef::organisation(m_data.o), Period::year(2025));
        QVERIFY(months.ok());
        QCOMPARE(months->size(), size_t(12));
        const std::vector<MonthFigures>& m = *months;
        QCOMPARE(m[2].sessionsHeld, 2); // S1, S4
        QCOMPARE(m[2].planItems, 2);
        QCOMPARE(m[2].expected, 3); // o1's 列席 at S1 is no record
        QCOMPARE(m[2].attended, 2);
        QCOMPARE(m[3].sessionsHeld, 1); // S2; S3 is only planned
        QCOMPARE(m[3].planItems, 2);
        QCOMPARE(m[3].expected, 2);
        QCOMPARE(m[3].attended, 1);  // 迟到 attended, 请假 not
        QCOMPARE(m[6].planItems, 1); // B's July item
        QCOMPARE(m[6].sessionsHeld, 0);
        int held = 0;
        for (const MonthFigures& f : m)
            held += f.sessionsHeld;
        QCOMPARE(held, 3);
    }

    void monthsOfAGroupWithinAPeriod()
    {
        auto months =
            DashboardRepository(*m_db).months(ScopeRef::group(m_data.gB), Period::quarter(2025, 1));
        QVERIFY(months.ok());
        QCOMPARE(months->size(), size_t(3));
        QCOMPARE(months->at(2).sessionsHeld, 1); // S4 only, not gA's S1
        QCOMPARE(months->at(2).planItems, 1);
        QCOMPARE(months->at(2).expected, 1);
        QCOMPARE(months->at(0).month, 1);
        // The month of an empty period of another year.
        auto none =
            DashboardRepository(*m_db).months(ScopeRef::group(m_data.gB), Period::month(2024, 3));
        QVERIFY(none.ok());
        QCOMPARE(none->size(), size_t(1));
        QCOMPARE(none->front().planItems, 0);
    }

    void subOrganisationsCountWhereTheSessionBelongs()
    {
        auto rows = DashboardRepository(*m_db).subOrganisations(m_data.o, Period::year(2025));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(3));
        QVERIFY(rows->at(0).ownLevel);
        QCOMPARE(rows->at(0).sessionsHeld, 0);
        QCOMPARE(rows->at(0).expected, 0);
        QCOMPARE(rows->at(1).extId, QStringLiteral("A"));
        QCOMPARE(rows->at(1).sessionsHeld, 2);
        QCOMPARE(rows->at(1).planItems, 3);
        QCOMPARE(rows->at(1).expected, 4);
        QCOMPARE(rows->at(1).attended, 2);
        QCOMPARE(rows->at(2).extId, QStringLiteral("B"));
        QCOMPARE(rows->at(2).planItems, 2);
        QCOMPARE(rows->at(2).members, 0); // left to the service

        // A branch is the root of its own table: no children, its own level only.
        auto leaf = DashboardRepository(*m_db).subOrganisations(m_data.a, Period::year(2025));
        QVERIFY(leaf.ok());
        QCOMPARE(leaf->size(), size_t(1));
        QCOMPARE(leaf->front().sessionsHeld, 2);
    }

    void organisationsCountInTheRowAboveThem()
    {
        auto branches = DashboardRepository(*m_db).orgBranches(m_data.o);
        QVERIFY(branches.ok());
        QCOMPARE(branches->value(m_data.o), m_data.o); // the own level
        QCOMPARE(branches->value(m_data.a), m_data.a);
        QCOMPARE(branches->value(m_data.b), m_data.b);
        QCOMPARE(branches->size(), 3);
        // A branch's own table has its own level only: the rest of the tree is outside.
        auto leaf = DashboardRepository(*m_db).orgBranches(m_data.a);
        QVERIFY(leaf.ok());
        QCOMPARE(leaf->size(), 1);
        QCOMPARE(leaf->value(m_data.a), m_data.a);
    }

    void sessionsOfAMonth()
    {
        auto april = DashboardRepository(*m_db).sessions(ScopeRef::organisation(m_data.o),
                                                         Period::month(2025, 4));
        QVERIFY(april.ok());
        QCOMPARE(april->size(), size_t(1));
        const DashboardSession& s2 = april->front();
        QCOMPARE(s2.extId, QStringLiteral("S2"));
        QCOMPARE(s2.date, Date(2025, 4, 15));
        QCOMPARE(s2.groupName, QStringLiteral("第一支部学习小组"));
        QCOMPARE(s2.minutes, 60);
        QCOMPARE(s2.expected, 2);
        QCOMPARE(s2.attended, 1);
        QVERIFY(!s2.fromPlan);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRepository)
#include "TestDashboardRepository.moc"
