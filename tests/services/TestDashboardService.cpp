#include "support/DashboardFixture.h"
#include "support/TempLedger.h"

#include "services/DashboardService.h"

#include <QTest>

using namespace sl;

// The ledger of DashboardFixture (tests/support/DashboardFixture.h), worked by hand below.
class TestDashboardService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    qint64 m_o = 0, m_a = 0, m_b = 0, m_gA = 0, m_gB = 0;
    qint64 m_o1 = 0, m_a1 = 0, m_a2 = 0, m_b1 = 0;

    static Date day(int y, int m, int d) { return FigureFixture::day(y, m, d); }

    static const DashboardMember* member(const Dashboard& d, qint64 id)
    {
        for (const DashboardMember& m : d.members) {
            if (m.memberId == id)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        DashboardFixture f;
        QVERIFY2(f.build(m_ledger->db()), qPrintable(f.error));
        m_o = f.o;
        m_a = f.a;
        m_b = f.b;
        m_gA = f.gA;
        m_gB = f.gB;
        m_o1 = f.o1;
        m_a1 = f.a1;
        m_a2 = f.a2;
        m_b1 = f.b1;
    }

    void init() { m_ledger->setActor(Actor{}); }

    void monthsOfTheFirstQuarter()
    {
        auto d = DashboardService(*m_ledger).dashboard(ScopeRef::organisation(m_o),
                                                       Period::quarter(2025, 1));
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().text()));
        QCOMPARE(d->scopeName, QStringLiteral("委员会"));
        QCOMPARE(d->months.size(), size_t(3));
        QCOMPARE(d->months[0].sessionsHeld + d->months[1].sessionsHeld, 0);
        const MonthFigures& march = d->months[2];
        QCOMPARE(march.month, 3);
        QCOMPARE(march.sessionsHeld, 2); // S1, S4
        QCOMPARE(march.planItems, 2);    // one of A, one of B
        QCOMPARE(march.expected, 3);     // a1, a2 at S1 (o1 列席 is no record), b1 at S4
        QCOMPARE(march.attended, 2);
        QCOMPARE(march.participationRate(), 2.0 / 3.0);
    }

    void hoursAgainstTheProratedTarget()
    {
        auto d = DashboardService(*m_ledger).dashboard(ScopeRef::organisation(m_o),
                                                       Period::quarter(2025, 1));
        QVERIFY(d.ok());
        QCOMPARE(d->members.size(), size_t(4));
        QCOMPARE(d->members.front().extId, QStringLiteral("M0")); // by number
        // Q1 2025 has 90 days: 32 × 90 / 365 = 7.89 hours, a cadre's 56 × 90 / 365 = 13.81.
        const DashboardMember* a1 = member(*d, m_a1);
        QVERIFY(a1);
        QCOMPARE(a1->hours, 12.0); // S1 120 min + 600 min self-study
        QCOMPARE(a1->hoursTarget, 32.0 * 90 / 365);
        QCOMPARE(a1->band(), HoursBand::AtLeast100);
        QCOMPARE(member(*d, m_a2)->hours, 1.0); // absent at S1, one hour of self-study
        QCOMPARE(member(*d, m_a2)->hoursTarget, 56.0 * 90 / 365);
        QCOMPARE(member(*d, m_b1)->hours, 1.5); // S4; the self-study of May is outside Q1
        QCOMPARE(member(*d, m_o1)->hours, 32.0);
        // a2 7 %, b1 19 % → below 25 %; a1 and o1 meet the target.
        QCOMPARE(d->hours, (HoursHistogram{2, 0, 0, 0, 2}));
    }

    void gradesOfTheYear()
    {
        // 2025 in O's scope:
        // o1: no records; hours 25, notes 15, speeches 10, writings 10 of 60 → 100 → 优秀.
        // a1: attendance 40 × 3/4 = 30, hours 25 × 13/32 = 10.2 → 40.2 → 不合格.
        // a2: attendance 40 × 1/4 = 10, hours 25 × 1/56 = 0.4 → 10.4 → 不合格.
        // b1: attendance 40, hours 25 × 31.5/32 = 24.6 → 64.6 → 基本合格.
        auto d = DashboardService(*m_ledger).dashboard(ScopeRef::organisation(m_o),
                                                       Period::quarter(2025, 1));
        QVERIFY(d.ok());
        QCOMPARE(d->grades, (GradeCounts{1, 0, 1, 2}));
        QCOMPARE(d->assessed(), 4);
        QCOMPARE(member(*d, m_o1)->grade, std::optional<Grade>(Grade::Excellent));
        QCOMPARE(member(*d, m_b1)->grade, std::optional<Grade>(Grade::BasicPass));
        QCOMPARE(member(*d, m_b1)->orgName, QStringLiteral("第二支部"));
    }

    void subOrganisations()
    {
        auto d = DashboardService(*m_ledger).dashboard(ScopeRef::organisation(m_o),
                                                       Period::quarter(2025, 1));
        QVERIFY(d.ok());
        QCOMPARE(d->subOrgs.size(), size_t(3));
        const SubOrgFigures& own = d->subOrgs[0];
        QVERIFY(own.ownLevel);
        QCOMPARE(own.orgId, m_o);
        QCOMPARE(own.members, 1);
        QCOMPARE(own.sessionsHeld, 0);
        QCOMPARE(own.hoursPerMember(), 32.0);
        QCOMPARE(own.shareMeetingTarget(), 1.0);
        QCOMPARE(own.grades, (GradeCounts{1, 0, 0, 0}));
        QVERIFY(!own.isLagging());

        const SubOrgFigures& a = d->subOrgs[1];
        QCOMPARE(a.name, QStringLiteral("第一支部"));
        QCOMPARE(a.sessionsHeld, 1);
        QCOMPARE(a.planItems, 1); // March only
        QCOMPARE(a.expected, 2);
        QCOMPARE(a.attended, 1);
        QCOMPARE(a.members, 2);
        QCOMPARE(a.hoursPerMember(), 6.5); // (12 + 1) / 2
        QCOMPARE(a.meetingTarget, 1);
        QCOMPARE(a.grades, (GradeCounts{0, 0, 0, 2}));
        QVERIFY(a.isLagging()); // 50 % participation

        const SubOrgFigures& b = d->subOrgs[2];
        QCOMPARE(b.sessionsHeld, 1);
        QCOMPARE(b.planItems, 1);
        QCOMPARE(b.participationRate(), 1.0);
        QCOMPARE(b.shareMeetingTarget(), 0.0);
        QVERIFY(b.isLagging()); // nobody meets the hours target
        QCOMPARE(b.grades, (GradeCounts{0, 0, 1, 0}));

        for (const DashboardMember& m : d->members)
            QCOMPARE(m.branchId, m.memberId == m_o1 ? m_o : (m.memberId == m_b1 ? m_b : m_a));
    }

    void aGroupInTheSecondQuarter()
    {
        auto d =
            DashboardService(*m_ledger).dashboard(ScopeRef::group(m_gA), Period::quarter(2025, 2));
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().text()));
        QCOMPARE(d->months.size(), size_t(3));
        QCOMPARE(d->months[0].sessionsHeld, 1); // S2; S3 is only planned
        QCOMPARE(d->months[0].planItems, 2);
        QCOMPARE(d->months[0].expected, 2);
        QCOMPARE(d->months[0].attended, 1); // 迟到 counts as attended
        QCOMPARE(d->months[1].planItems + d->months[2].planItems, 0);
        QCOMPARE(d->members.size(), size_t(2));
        // a1: S2 60 min = 1 h of 32 × 91 / 365 = 7.98 → below 25 %; a2 nothing.
        QCOMPARE(d->hours, (HoursHistogram{2, 0, 0, 0, 0}));
        QCOMPARE(d->grades, (GradeCounts{0, 0, 0, 2}));
        QVERIFY(d->subOrgs.empty());
    }

    void drillDownToTheSessionsOfAMonth()
    {
        auto march = DashboardService(*m_ledger).sessions(ScopeRef::organisation(m_o),
                                                          Period::month(2025, 3));
        QVERIFY(march.ok());
        QCOMPARE(march->size(), size_t(2));
        QCOMPARE(march->at(0).extId, QStringLiteral("S1"));
        QCOMPARE(march->at(0).expected, 2);
        QCOMPARE(march->at(0).attended, 1);
        QCOMPARE(march->at(0).minutes, 120);
        QCOMPARE(march->at(1).extId, QStringLiteral("S4"));
        QCOMPARE(march->at(1).groupName, QStringLiteral("第二支部学习小组"));
        auto april =
            DashboardService(*m_ledger).sessions(ScopeRef::group(m_gA), Period::month(2025, 4));
        QVERIFY(april.ok());
        QCOMPARE(april->size(), size_t(1)); // S3 is not held
    }

    void reportsItsSteps()
    {
        using Step = DashboardService::Step;
        std::vector<Step> steps;
        auto record = [&steps](Step s) { steps.push_back(s); };
        QVERIFY(DashboardService(*m_ledger)
                    .dashboard(ScopeRef::organisation(m_o), Period::year(2025), nullptr, record)
                    .ok());
        QCOMPARE(steps, (std::vector<Step>{Step::Months, Step::Assessment, Step::Hours,
                                           Step::SubOrganisations, Step::Done}));
        steps.clear();
        QVERIFY(DashboardService(*m_ledger)
                    .dashboard(ScopeRef::group(m_gA), Period::year(2025), nullptr, record)
                    .ok());
        QCOMPARE(steps,
                 (std::vector<Step>{Step::Months, Step::Assessment, Step::Hours, Step::Done}));
    }

    void cancelledBeforeTheEnd()
    {
        CancelFlag cancel;
        cancel.cancel();
        auto d = DashboardService(*m_ledger).dashboard(ScopeRef::organisation(m_o),
                                                       Period::year(2025), &cancel);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Cancelled);
    }

    void permissionsAndPeriods()
    {
        DashboardService service(*m_ledger);
        auto across = service.dashboard(ScopeRef::organisation(m_o),
                                        Period{day(2025, 12, 1), day(2026, 1, 31)});
        QVERIFY(!across.ok());
        QCOMPARE(across.error().field, QStringLiteral("period"));
        QCOMPARE(service.dashboard(ScopeRef::group(999), Period::year(2025)).error().code,
                 ErrorCode::NotFound);

        m_ledger->setActor(Actor{7, AccountRole::Member, 0, m_a1});
        QCOMPARE(service.dashboard(ScopeRef::group(m_gA), Period::year(2025)).error().code,
                 ErrorCode::Permission);
        m_ledger->setActor(Actor{8, AccountRole::Leader, m_b, 0});
        QCOMPARE(service.dashboard(ScopeRef::organisation(m_o), Period::year(2025)).error().code,
                 ErrorCode::Permission);
        QCOMPARE(service.sessions(ScopeRef::group(m_gA), Period::month(2025, 3)).error().code,
                 ErrorCode::Permission);
        QVERIFY(service.dashboard(ScopeRef::group(m_gB), Period::year(2025)).ok());
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "TestDashboardService.moc"
