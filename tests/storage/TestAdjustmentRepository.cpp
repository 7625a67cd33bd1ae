#include "support/FigureFixture.h"
#include "support/MigratedDatabase.h"

#include "storage/AdjustmentRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestAdjustmentRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_group = 0, m_other = 0, m_a = 0, m_b = 0;

    AssessmentAdjustment adjustment(qint64 group, qint64 member, int year, double delta,
                                    const QString& reason)
    {
        AssessmentAdjustment a;
        a.groupId = group;
        a.memberId = member;
        a.year = year;
        a.delta = delta;
        a.reason = reason;
        a.madeAt = QDateTime(QDate(2026, 12, 20), QTime(10, 30), Qt::UTC);
        return a;
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(m_db);
        FigureFixture fx(*m_db);
        const qint64 org = fx.org(QStringLiteral("B"), QStringLiteral("支部"));
        m_group = fx.group(QStringLiteral("G"), QStringLiteral("学习组"), org);
        m_other = fx.group(QStringLiteral("H"), QStringLiteral("另一组"), org);
        m_a = fx.member(QStringLiteral("A"), QStringLiteral("甲"), org);
        m_b = fx.member(QStringLiteral("B"), QStringLiteral("乙"), org);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void saveFindAndReplace()
    {
        AdjustmentRepository repo(*m_db);
        QVERIFY(repo.forGroup(m_group, 2026)->empty());
        auto id = repo.save(adjustment(m_group, m_a, 2026, 2.5, QStringLiteral("带队调研")));
        QVERIFY(id.ok() && *id > 0);
        QVERIFY(repo.save(adjustment(m_group, m_b, 2026, -3, QStringLiteral("纪律处分"))).ok());
        QVERIFY(repo.save(adjustment(m_other, m_a, 2026, 1, QStringLiteral("另组"))).ok());
        QVERIFY(repo.save(adjustment(m_group, m_a, 2025, 4, QStringLiteral("去年"))).ok());

        auto found = repo.find(m_group, m_a, 2026);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->id, *id);
        QCOMPARE((*found)->delta, 2.5);
        QCOMPARE((*found)->reason, QStringLiteral("带队调研"));
        QCOMPARE((*found)->madeAt, QDateTime(QDate(2026, 12, 20), QTime(10, 30), Qt::UTC));
        QCOMPARE(repo.forGroup(m_group, 2026)->size(), size_t(2));

        // The same year, group and member: replaced, not added.
        auto again = repo.save(adjustment(m_group, m_a, 2026, -1.5, QStringLiteral("更正")));
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QCOMPARE((*repo.find(m_group, m_a, 2026))->delta, -1.5);
        QCOMPARE((*repo.find(m_group, m_a, 2026))->reason, QStringLiteral("更正"));
        QCOMPARE(repo.forGroup(m_group, 2026)->size(), size_t(2));
    }

    void schemaRefusesAnEmptyReasonOrAHugeDelta()
    {
        AdjustmentRepository repo(*m_db);
        QVERIFY(!repo.save(adjustment(m_group, m_b, 2030, 1, QString())).ok());
        QVERIFY(!repo.save(adjustment(m_group, m_b, 2030, 101, QStringLiteral("太多"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestAdjustmentRepository)
#include "TestAdjustmentRepository.moc"
