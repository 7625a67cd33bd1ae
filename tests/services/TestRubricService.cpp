#include "support/TempLedger.h"

#include "services/RubricService.h"
#include "storage/AuditRepository.h"

#include <QTest>

using namespace sl;

class TestRubricService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;

private slots:
    void init() { m_ledger->setActor(Actor{}); }

    void defaultsUntilSaved()
    {
        RubricService service(*m_ledger);
        QCOMPARE(*service.rubric(2026), Rubric::defaults(2026));
        QCOMPARE(*service.isStored(2026), false);
        QCOMPARE(service.rubric(1899).error().field, QStringLiteral("year"));
    }

    void saveValidatesAndAudits()
    {
        RubricService service(*m_ledger);
        Rubric bad = Rubric::defaults(2026);
        bad.speechesTarget = 0;
        Status refused = service.save(bad);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("speeches_target"));
        bad = Rubric::defaults(2026);
        bad.gradeBasicPass = 75;
        QCOMPARE(service.save(bad).error().field, QStringLiteral("grade_basic_pass"));
        bad = Rubric::defaults(2026);
        bad.notesMax = -1;
        QCOMPARE(service.save(bad).error().field, QStringLiteral("notes_max"));
        bad = Rubric::defaults(2026);
        bad.speechesMax = 20; // the maxima add up to 110
        QCOMPARE(service.save(bad).error().field, QStringLiteral("weights"));
        QCOMPARE(*service.isStored(2026), false);

        const qint64 audit = *AuditRepository(m_ledger->db()).count();
        Rubric r = Rubric::defaults(2026);
        r.hoursTarget = 40;
        r.notesTargetCadre = 12000;
        QVERIFY(service.save(r).ok());
        QCOMPARE(*service.rubric(2026), r);
        QCOMPARE(*service.isStored(2026), true);
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), audit + 1);
    }

    void onlyAdminsSave()
    {
        for (AccountRole role :
             {AccountRole::Secretary, AccountRole::Member, AccountRole::Leader}) {
            m_ledger->setActor(Actor{3, role, 0, 0});
            QCOMPARE(RubricService(*m_ledger).save(Rubric::defaults(2027)).error().code,
                     ErrorCode::Permission);
            QCOMPARE(RubricService(*m_ledger).setPublished(2027, true).error().code,
                     ErrorCode::Permission);
            // Reading is for everyone.
            QVERIFY(RubricService(*m_ledger).rubric(2027).ok());
        }
    }

    void publishedRubricIsFrozen()
    {
        RubricService service(*m_ledger);
        QVERIFY(service.setPublished(2025, true).ok());
        QVERIFY(service.rubric(2025)->published);
        Rubric r = Rubric::defaults(2025);
        r.hoursTarget = 10;
        QCOMPARE(service.save(r).error().code, ErrorCode::Conflict);
        QCOMPARE(service.rubric(2025)->hoursTarget, 32.0);
        QVERIFY(service.setPublished(2025, false).ok());
        QVERIFY(service.save(r).ok());
        QCOMPARE(service.rubric(2025)->hoursTarget, 10.0);
        r.published = true;
        QCOMPARE(service.save(r).error().field, QStringLiteral("published"));
    }
};

QTEST_GUILESS_MAIN(TestRubricService)
#include "TestRubricService.moc"
