#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "services/AssessmentService.h"
#include "services/RubricService.h"
#include "storage/AuditRepository.h"

#include <QTest>

using namespace sl;

class TestAssessmentService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;

    const AssessmentRow* row(const GroupAssessment& g, qint64 member) { return g.row(member); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void init() { m_ledger->setActor(Actor{}); }

    void workedExampleInAGroup()
    {
        auto g = AssessmentService(*m_ledger).assessGroup(m_w.group, 2026);
        QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().text()));
        QCOMPARE(g->scope.extId, QStringLiteral("G01"));
        QCOMPARE(g->rubric, Rubric::defaults(2026));
        // The observer is not assessed.
        QCOMPARE(g->rows.size(), size_t(4));
        QVERIFY(!row(*g, m_w.o));

        const AssessmentRow& a = *row(*g, m_w.a);
        QCOMPARE(a.figures.expected, 10);
        QCOMPARE(a.figures.collectiveMinutes, qint64(1200));
        QCOMPARE(a.role, GroupRole::Leader);
        QCOMPARE(*a.result.attendance, 34.0);
        QCOMPARE(*a.result.hours, 23.4375);
        QCOMPARE(*a.result.notes, 11.25);
        QCOMPARE(*a.result.speeches, 5.0);
        QCOMPARE(*a.result.writings, 5.0);
        QCOMPARE(a.result.final, 78.7);
        QCOMPARE(a.result.grade, Grade::Pass);
        QCOMPARE(a.result.rank, 2);

        const AssessmentRow& b = *row(*g, m_w.b);
        QCOMPARE(b.result.final, 100.0);
        QCOMPARE(b.result.bonus, 2.0);
        QCOMPARE(b.result.grade, Grade::Excellent);
        QCOMPARE(b.result.rank, 1);
        QCOMPARE(row(*g, m_w.c)->result.rank, 2);
        QCOMPARE(row(*g, m_w.e)->result.final, 0.0);
        QCOMPARE(row(*g, m_w.e)->result.grade, Grade::Fail);
        QCOMPARE(row(*g, m_w.e)->result.rank, 4);

        // Ordered by rank, ties by member number.
        QStringList order;
        for (const AssessmentRow& r : g->rows)
            order << r.figures.extId;
        QCOMPARE(order, (QStringList{QStringLiteral("M002"), QStringLiteral("M001"),
                                     QStringLiteral("M003"), QStringLiteral("M004")}));

        // The same rows by number, ranked the same (the dashboard's order).
        auto byNumber = AssessmentService(*m_ledger).assess(
            ScopeRef::group(m_w.group), 2026, nullptr, AssessmentService::RowOrder::Number);
        QVERIFY(byNumber.ok());
        order.clear();
        for (const AssessmentRow& r : byNumber->rows) {
            order << r.figures.extId;
            QCOMPARE(r.result, row(*g, r.figures.memberId)->result);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("M001"), QStringLiteral("M002"),
                                     QStringLiteral("M003"), QStringLiteral("M004")}));
    }

    void adjustmentNeedsAReasonAndIsAudited()
    {
        AssessmentService service(*m_ledger);
        const qint64 auditBefore = *AuditRepository(m_ledger->db()).count();
        Status empty = service.setAdjustment(m_w.group, m_w.e, 2026, 5, QStringLiteral("  "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field, QStringLiteral("reason"));
        Status huge = service.setAdjustment(m_w.group, m_w.e, 2026, 150, QStringLiteral("太多"));
        QCOMPARE(huge.error().field, QStringLiteral("delta"));
        Status observer = service.setAdjustment(m_w.group, m_w.o, 2026, 1, QStringLiteral("列席"));
        QCOMPARE(observer.error().field, QStringLiteral("member"));
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore);

        QVERIFY(
            service.setAdjustment(m_w.group, m_w.e, 2026, 65.04, QStringLiteral("补录学时")).ok());
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore + 1);
        auto g = service.assessGroup(m_w.group, 2026);
        QVERIFY(g.ok());
        const AssessmentRow& e = *row(*g, m_w.e);
        QCOMPARE(e.result.adjustment, 65.04);
        QCOMPARE(e.result.final, 65.0);
        QCOMPARE(e.result.grade, Grade::BasicPass);
        QCOMPARE(e.adjustmentReason, QStringLiteral("补录学时"));
        QCOMPARE(e.result.rank, 4);

        // A second adjustment replaces the first.
        QVERIFY(service.setAdjustment(m_w.group, m_w.e, 2026, 80, QStringLiteral("更正")).ok());
        auto again = service.assessGroup(m_w.group, 2026);
        QCOMPARE(row(*again, m_w.e)->result.final, 80.0);
        QCOMPARE(row(*again, m_w.e)->result.rank, 2);
        QCOMPARE(row(*again, m_w.a)->result.rank, 3);
        QCOMPARE(row(*again, m_w.c)->result.rank, 3);
        // Bring it back for the other tests.
        QVERIFY(service.setAdjustment(m_w.group, m_w.e, 2026, 0, QStringLiteral("撤销")).ok());
    }

    void adjustmentIsForSecretariesAndAdmins()
    {
        m_ledger->setActor(Actor{7, AccountRole::Member, 0, m_w.e});
        Status s = AssessmentService(*m_ledger).setAdjustment(m_w.group, m_w.e, 2026, 5,
                                                              QStringLiteral("自己加分"));
        QCOMPARE(s.error().code, ErrorCode::Permission);
        // A member account does not see the group's results either.
        QCOMPARE(AssessmentService(*m_ledger).assessGroup(m_w.group, 2026).error().code,
                 ErrorCode::Permission);
        m_ledger->setActor(Actor{8, AccountRole::Leader, 0, 0});
        QVERIFY(AssessmentService(*m_ledger).assessGroup(m_w.group, 2026).ok());
        QCOMPARE(AssessmentService(*m_ledger)
                     .setAdjustment(m_w.group, m_w.e, 2026, 5, QStringLiteral("领导"))
                     .error()
                     .code,
                 ErrorCode::Permission);
    }

    void publishedResultsDoNotChange()
    {
        QVERIFY(RubricService(*m_ledger).setPublished(2026, true).ok());
        Status s = AssessmentService(*m_ledger).setAdjustment(m_w.group, m_w.a, 2026, 1,
                                                              QStringLiteral("迟到了"));
        QCOMPARE(s.error().code, ErrorCode::Conflict);
        QVERIFY(RubricService(*m_ledger).setPublished(2026, false).ok());
    }

    void unknownGroupAndBadYear()
    {
        QCOMPARE(AssessmentService(*m_ledger).assessGroup(999, 2026).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(AssessmentService(*m_ledger).assessGroup(m_w.group, 1234).error().field,
                 QStringLiteral("year"));
    }

    void rubricOfTheYearApplies()
    {
        Rubric r = Rubric::defaults(2026);
        r.hoursTarget = 60; // A: 30 of 60 hours → 12.5
        QVERIFY(RubricService(*m_ledger).save(r).ok());
        auto g = AssessmentService(*m_ledger).assessGroup(m_w.group, 2026);
        QCOMPARE(*row(*g, m_w.a)->result.hours, 12.5);
        QCOMPARE(row(*g, m_w.a)->result.final, 67.8); // 34 + 12.5 + 11.25 + 5 + 5 = 67.75
        QCOMPARE(row(*g, m_w.a)->result.grade, Grade::BasicPass);
        QVERIFY(RubricService(*m_ledger).save(Rubric::defaults(2026)).ok());
    }
};

QTEST_GUILESS_MAIN(TestAssessmentService)
#include "TestAssessmentService.moc"
