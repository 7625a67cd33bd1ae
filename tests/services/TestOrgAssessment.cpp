#include "support/OrgScopeExample.h"
#include "support/TempLedger.h"

#include "services/AssessmentService.h"
#include "services/RubricService.h"
#include "storage/AuditRepository.h"

#include <QTest>

using namespace sl;

// The assessment of an organisation with its descendants (METRICS.md Members(O, P)), its own
// adjustments, and publishing, over OrgScopeExample (the numbers are worked out there).
class TestOrgAssessment : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    OrgScopeExample m_x;

    ScopeRef committee() const { return ScopeRef::organisation(m_x.w.committee); }

    ScopeAssessment assessed(const ScopeRef& scope)
    {
        auto a = AssessmentService(*m_ledger).assess(scope, 2026);
        if (!a) {
            qWarning("%s", qPrintable(a.error().text()));
            return {};
        }
        return *a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_x = OrgScopeExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void init() { m_ledger->setActor(Actor{}); }

    void membersOfTheSubtreeAreAssessed()
    {
        const ScopeAssessment a = assessed(committee());
        QCOMPARE(a.scope.extId, QStringLiteral("C01"));
        QCOMPARE(a.scope.ref, committee());
        QStringList order;
        for (const AssessmentRow& r : a.rows)
            order << r.figures.extId;
        // By rank, ties by number; P (of another organisation) is not assessed.
        QCOMPARE(order, (QStringList{QStringLiteral("M002"), QStringLiteral("M006"),
                                     QStringLiteral("M001"), QStringLiteral("M003"),
                                     QStringLiteral("M004"), QStringLiteral("M005")}));
        QVERIFY(!a.row(m_x.p));
        QCOMPARE(a.row(m_x.f)->orgName, QStringLiteral("机关第二党支部"));
        QCOMPARE(a.row(m_x.w.a)->orgName, QStringLiteral("机关第一党支部"));
    }

    void memberInTwoGroupsCountsBoth()
    {
        const ScopeAssessment a = assessed(committee());
        const AssessmentRow& f = *a.row(m_x.f);
        QCOMPARE(f.figures.expected, 3);
        QCOMPARE(f.figures.collectiveMinutes, qint64(180));
        QCOMPARE(f.figures.selfStudyMinutes, qint64(1740));
        QCOMPARE(f.figures.speeches, 3);
        QCOMPARE(f.figures.awards, 3);
        QVERIFY(qAbs(*f.result.attendance - 40.0 * 4 / 6) < 1e-9);
        QCOMPARE(*f.result.hours, 25.0);    // exactly the target: capped there
        QCOMPARE(*f.result.notes, 15.0);    // twice the target: capped
        QCOMPARE(*f.result.speeches, 10.0); // 3 of 2
        QCOMPARE(*f.result.writings, 10.0); // 3 units of 2
        QCOMPARE(f.result.bonus, 4.0);      // 3 awards × 2, capped at 4
        QCOMPARE(f.result.final, 90.7);
        // The veto: a 缺席 without make-up keeps F from 优秀.
        QVERIFY(f.result.vetoed);
        QCOMPARE(f.result.grade, Grade::Pass);
        QCOMPARE(f.result.rank, 2);
    }

    void groupScopeLimitsAttendanceButNotSelfStudy()
    {
        const ScopeAssessment g2 = assessed(ScopeRef::group(m_x.g2));
        const AssessmentRow& f = *g2.row(m_x.f);
        QCOMPARE(f.figures.expected, 2);
        QCOMPARE(*f.result.attendance, 20.0);
        QCOMPARE(f.figures.selfStudyMinutes, qint64(1740)); // member-wide
        QCOMPARE(*f.result.hours, 25.0 * 31 / 32);
        QCOMPARE(*f.result.speeches, 5.0);
        QCOMPARE(f.result.final, 78.2);
        // The observer of G02 is never assessed in the group.
        QVERIFY(!g2.row(m_x.p));
        QCOMPARE(g2.rows.size(), size_t(1));
    }

    void workedExampleHoldsInTheOrganisation()
    {
        const ScopeAssessment a = assessed(committee());
        for (qint64 m : {m_x.w.a, m_x.w.c}) {
            const AssessmentRow& r = *a.row(m);
            QCOMPARE(*r.result.attendance, 34.0);
            QCOMPARE(*r.result.hours, 23.4375);
            QCOMPARE(*r.result.notes, 11.25);
            QCOMPARE(r.result.final, 78.7);
            QCOMPARE(r.result.grade, Grade::Pass);
            QCOMPARE(r.result.rank, 3); // shared
        }
        QCOMPARE(a.row(m_x.w.b)->result.final, 100.0);
        QCOMPARE(a.row(m_x.w.b)->result.rank, 1);
        QCOMPARE(a.row(m_x.w.e)->result.rank, 5);
    }

    void observerRecordsDoNotApply()
    {
        // O is a member of B01 but only ever attended as 列席: attendance does not apply and the
        // rest is rescaled (here to nothing).
        const ScopeAssessment a = assessed(committee());
        const AssessmentRow& o = *a.row(m_x.w.o);
        QCOMPARE(o.figures.expected, 0);
        QVERIFY(!o.result.attendance.has_value());
        QCOMPARE(o.result.final, 0.0);
        QCOMPARE(o.result.rank, 5);
    }

    void adjustmentsStayWithTheirScope()
    {
        AssessmentService service(*m_ledger);
        QVERIFY(
            service.setAdjustment(m_x.w.group, m_x.w.a, 2026, 5, QStringLiteral("组内加分")).ok());
        // A group's adjustment never carries over to the organisation.
        QCOMPARE(assessed(committee()).row(m_x.w.a)->result.final, 78.7);
        QCOMPARE(assessed(ScopeRef::group(m_x.w.group)).row(m_x.w.a)->result.final, 83.7);

        QVERIFY(service.setAdjustment(committee(), m_x.w.a, 2026, -3.5, QStringLiteral("党委核减"))
                    .ok());
        const ScopeAssessment adjusted = assessed(committee());
        const AssessmentRow& a = *adjusted.row(m_x.w.a);
        QCOMPARE(a.result.final, 75.2);
        QCOMPARE(a.adjustmentReason, QStringLiteral("党委核减"));
        QCOMPARE(a.result.rank, 4); // C keeps 78.7 alone at rank 3
        QCOMPARE(assessed(ScopeRef::group(m_x.w.group)).row(m_x.w.a)->result.final, 83.7);
        auto stored = service.adjustment(committee(), m_x.w.a, 2026);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->delta, -3.5);
        QCOMPARE((*stored)->orgId, m_x.w.committee);

        // A member outside the organisation cannot be adjusted in it.
        Status outside =
            service.setAdjustment(committee(), m_x.p, 2026, 1, QStringLiteral("外单位"));
        QCOMPARE(outside.error().field, QStringLiteral("member"));

        QVERIFY(service.removeAdjustment(committee(), m_x.w.a, 2026).ok());
        QVERIFY(service.removeAdjustment(ScopeRef::group(m_x.w.group), m_x.w.a, 2026).ok());
        QCOMPARE(assessed(committee()).row(m_x.w.a)->result.final, 78.7);
        QVERIFY(!service.adjustment(committee(), m_x.w.a, 2026)->has_value());
    }

    void secretaryOfAnotherSubtreeMayNotAdjust()
    {
        m_ledger->setActor(Actor{5, AccountRole::Secretary, m_x.outside, 0});
        QCOMPARE(AssessmentService(*m_ledger)
                     .setAdjustment(committee(), m_x.w.a, 2026, 1, QStringLiteral("越权"))
                     .error()
                     .code,
                 ErrorCode::Permission);
        QCOMPARE(AssessmentService(*m_ledger).assess(committee(), 2026).error().code,
                 ErrorCode::Permission);
        m_ledger->setActor(Actor{6, AccountRole::Member, 0, m_x.f});
        QCOMPARE(AssessmentService(*m_ledger).publish(committee(), 2026).error().code,
                 ErrorCode::Permission);
    }

    void cancelledAssessmentStops()
    {
        CancelFlag cancel;
        cancel.cancel();
        auto a = AssessmentService(*m_ledger).assess(committee(), 2026, &cancel);
        QCOMPARE(a.error().code, ErrorCode::Cancelled);
    }

    void unknownOrganisation()
    {
        auto a = AssessmentService(*m_ledger).assess(ScopeRef::organisation(9999), 2026);
        QCOMPARE(a.error().code, ErrorCode::NotFound);
        QCOMPARE(a.error().field, QStringLiteral("org"));
    }

    // Keep last: publishing freezes 2026 for the tests after it.
    void publishedResultsStayAsPublished()
    {
        AssessmentService service(*m_ledger);
        QVERIFY(!service.published(committee(), 2026)->has_value());
        QVERIFY(service.setAdjustment(committee(), m_x.w.e, 2026, 10, QStringLiteral("补录")).ok());
        const qint64 auditBefore = *AuditRepository(m_ledger->db()).count();
        QVERIFY(service.publish(committee(), 2026).ok());
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore + 1);
        const ScopeAssessment before = assessed(committee());
        QVERIFY(before.publication.has_value());

        // Records change after publishing: the current assessment moves, the published does not.
        FigureFixture fx(m_ledger->db());
        fx.selfStudy(m_x.w.e, FigureFixture::day(2026, 11, 1), 960, QStringLiteral("补学"),
                     QString(6000, QChar(u'补')));
        fx.selfStudy(m_x.w.e, FigureFixture::day(2026, 11, 2), 960, QStringLiteral("补学"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const ScopeAssessment now = assessed(committee());
        QVERIFY(now.row(m_x.w.e)->result.final > 10.0);

        auto published = service.published(committee(), 2026);
        QVERIFY(published.ok() && published->has_value());
        const ScopeAssessment& p = **published;
        QCOMPARE(p.rows.size(), before.rows.size());
        QCOMPARE(p.rubric, Rubric::defaults(2026));
        for (const AssessmentRow& r : before.rows) {
            const AssessmentRow* stored = p.row(r.figures.memberId);
            QVERIFY(stored);
            QCOMPARE(stored->result, r.result);
            QCOMPARE(stored->figures, r.figures);
            QCOMPARE(stored->orgName, r.orgName);
            QCOMPARE(stored->adjustmentReason, r.adjustmentReason);
        }
        QCOMPARE(p.row(m_x.w.e)->result.final, 10.0);
        QCOMPARE(p.row(m_x.w.e)->adjustmentReason, QStringLiteral("补录"));

        // No adjustment, no second publication, no rubric change once published.
        Status adjust =
            service.setAdjustment(committee(), m_x.w.a, 2026, 1, QStringLiteral("晚了"));
        QCOMPARE(adjust.error().code, ErrorCode::Conflict);
        QVERIFY(adjust.error().message.contains(QStringLiteral("2026")));
        QCOMPARE(service.removeAdjustment(committee(), m_x.w.e, 2026).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(service.publish(committee(), 2026).error().code, ErrorCode::Conflict);
        Rubric changed = Rubric::defaults(2026);
        changed.hoursTarget = 40;
        QCOMPARE(RubricService(*m_ledger).save(changed).error().code, ErrorCode::Conflict);
        // Another scope of the year is not published: its adjustments still go in.
        QVERIFY(service.setAdjustment(m_x.g2, m_x.f, 2026, 1, QStringLiteral("组内")).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrgAssessment)
#include "TestOrgAssessment.moc"
