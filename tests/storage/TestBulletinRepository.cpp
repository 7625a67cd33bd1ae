#include "support/BulletinFiguresFixture.h"
#include "support/MigratedDatabase.h"

#include "storage/BulletinRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

// The scope's aggregates of the bulletin over BulletinFiguresFixture (drawn there), counted by
// hand; the member figures and the JSON of every scope and period are in TestCliBulletin.
class TestBulletinRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    BulletinFiguresFixture m_x;

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(m_db);
        QVERIFY2(m_x.build(*m_db), qPrintable(m_x.error));
    }

    void scopeFiguresOfAnOrganisationHalfYear()
    {
        auto f = BulletinRepository(*m_db).scopeFigures(ScopeRef::organisation(m_x.c),
                                                        Period::half(2026, 1));
        QVERIFY2(f.ok(), qPrintable(f ? QString() : f.error().text()));
        // Held Jan–Jun: SA1 集体学习, SA2 专题研讨, SA4 党课, SC1 专题研讨, SC3 专题讲座, SC2 联学.
        QCOMPARE(f->sessions.total, 6);
        QCOMPARE(f->sessions.byForm, (std::array<int, 8>{1, 2, 1, 1, 0, 0, 0, 1}));
        QCOMPARE(f->sessions.threeMusts, 3); // SA1 SA4 SC1
        // GA #1…#4 and GC #1 #2 (May); done GA #1 #2, GC #1.
        QCOMPARE(f->plan.items, 6);
        QCOMPARE(f->plan.done, 3);
        // SA1 3 + SA2 4 + SA4 2 + SC1 2 + SC3 2 + SC2 2 = 15; 出席 1 + 1 + 2 + 2 + 1 = 7, 迟到 2,
        // 早退 1, 请假 a3 SA1, c2 SC2 = 2, 缺席 2 + 1 = 3 (7 + 2 + 1 + 2 + 3 = 15).
        const BulletinFigures::Attendance& a = f->attendance;
        QCOMPARE(a.expected, 15);
        QCOMPARE(a.present, 7);
        QCOMPARE(a.late, 2);
        QCOMPARE(a.earlyLeave, 1);
        QCOMPARE(a.excused, 2);
        QCOMPARE(a.absent, 3);
        QCOMPARE(f->makeup.owed, 5);
        QCOMPARE(f->makeup.done, 3);
        QCOMPARE(f->speeches, 6); // SA1 2, SA2 1, SA4 1, SC1 2
        // The member figures are not the repository's.
        QCOMPARE(f->members.total, 0);
        QCOMPARE(f->selfStudyMinutes, qint64(0));
    }

    void groupScopeLeavesOtherGroupsOut()
    {
        auto f =
            BulletinRepository(*m_db).scopeFigures(ScopeRef::group(m_x.gC), Period::year(2026));
        QVERIFY(f.ok());
        QCOMPARE(f->sessions.total, 3);      // SC1 SC3 SC2
        QCOMPARE(f->attendance.expected, 6); // a1's 列席 at SC2 is no record
        QCOMPARE(f->plan.items, 2);
        QCOMPARE(f->plan.done, 1);
        QCOMPARE(f->speeches, 2);
    }

    void bestAttendedHonoursTheLimit()
    {
        BulletinRepository repository(*m_db);
        auto one = repository.bestAttended(ScopeRef::group(m_x.gA), Period::year(2026), 1);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), size_t(1));
        QCOMPARE(one->front().topic, QStringLiteral("专题党课")); // SA4 2/2
        auto none = repository.bestAttended(ScopeRef::group(m_x.gA), Period::year(2024));
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    void cancelStopsBetweenStatements()
    {
        CancelFlag cancel;
        cancel.cancel();
        BulletinRepository repository(*m_db);
        repository.setCancelFlag(&cancel);
        QCOMPARE(repository.scopeFigures(ScopeRef::group(m_x.gA), Period::year(2026)).error().code,
                 ErrorCode::Cancelled);
    }

    void statementsBindEveryPlaceholder()
    {
        for (const ScopeRef& scope : {ScopeRef::group(m_x.gA), ScopeRef::organisation(m_x.c)}) {
            const auto statements = BulletinRepository::statements(scope, Period::year(2026));
            QCOMPARE(statements.size(), size_t(7));
            for (const BulletinRepository::Sql& st : statements)
                QCOMPARE(st.sql.count(QLatin1Char('?')), st.binds.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestBulletinRepository)
#include "TestBulletinRepository.moc"
