#include "support/FigureFixture.h"
#include "support/TempLedger.h"

#include "services/DashboardService.h"
#include "storage/PlanRepository.h"

#include <QTest>

using namespace sl;

// A committee (O) with two branches (A, B) and a member of its own; worked by hand below.
//
//   O 委员会: o1 (no group; 列席 at S1, speaks at S1 and S4, 2 × 16 h of self-study in February
//   with
//             6,000 characters of notes, two 心得体会 — the full marks of 2025 without records)
//   A 第一支部, group gA: a1, a2 (cadre). Plan 2025: items in March, April, April.
//       S1 2025-03-10 held 120 min: a1 出席, a2 缺席, o1 列席
//       S2 2025-04-15 held 60 min: a1 迟到, a2 请假
//       S3 2025-04-20 planned (not held): no figures
//       a1: 600 min self-study on 2025-03-05; a2: 60 min on 2025-02-01
//   B 第二支部, group gB: b1. Plan 2025: items in March and July.
//       S4 2025-03-20 held 90 min: b1 出席
//       b1: 2 × 900 min self-study on 2025-05-01 and -02
class TestDashboardService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    qint64 m_o = 0, m_a = 0, m_b = 0, m_gA = 0, m_gB = 0;
    qint64 m_o1 = 0, m_a1 = 0, m_a2 = 0, m_b1 = 0;

    static Date day(int y, int m, int d) { return FigureFixture::day(y, m, d); }

    bool addPlan(qint64 group, const std::vector<int>& months)
    {
        PlanRepository plans(m_ledger->db());
        StudyPlan plan;
        plan.groupId = group;
        plan.year = 2025;
        auto id = plans.insertPlan(plan);
        if (!id)
            return false;
        int no = 0;
        for (int month : months) {
            PlanItem item;
            item.planId = *id;
            item.itemNo = ++no;
            item.month = month;
            item.topic = QStringLiteral("专题%1").arg(no);
            if (!plans.insertItem(item))
                return false;
        }
        return true;
    }

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
        FigureFixture f(m_ledger->db());
        m_o = f.org(QStringLiteral("O"), QStringLiteral("委员会"), 0, OrgKind::Committee);
        m_a = f.org(QStringLiteral("A"), QStringLiteral("第一支部"), m_o);
        m_b = f.org(QStringLiteral("B"), QStringLiteral("第二支部"), m_o);
        m_o1 = f.member(QStringLiteral("M0"), QStringLiteral("欧一"), m_o);
        m_a1 = f.member(QStringLiteral("M1"), QStringLiteral("安一"), m_a);
        m_a2 = f.member(QStringLiteral("M2"), QStringLiteral("安二"), m_a, CadreLevel::Section);
        m_b1 = f.member(QStringLiteral("M3"), QStringLiteral("白一"), m_b);
        m_gA = f.group(QStringLiteral("GA"), QStringLiteral("第一支部学习小组"), m_a);
        m_gB = f.group(QStringLiteral("GB"), QStringLiteral("第二支部学习小组"), m_b);
        f.seat(m_gA, m_a1);
        f.seat(m_gA, m_a2);
        f.seat(m_gB, m_b1);
        const qint64 s1 = f.session(QStringLiteral("S1"), m_gA, day(2025, 3, 10), 120,
                                    QStringLiteral("三月集体学习"));
        const qint64 s2 = f.session(QStringLiteral("S2"), m_gA, day(2025, 4, 15), 60,
                                    QStringLiteral("四月专题研讨"));
        f.session(QStringLiteral("S3"), m_gA, day(2025, 4, 20), 60, QStringLiteral("计划中"),
                  SessionStatus::Planned);
        const qint64 s4 =
            f.session(QStringLiteral("S4"), m_gB, day(2025, 3, 20), 90, QStringLiteral("支部学习"));
        f.attend(s1, m_a1, AttendanceStatus::Present);
        f.attend(s1, m_a2, AttendanceStatus::Absent);
        f.attend(s1, m_o1, AttendanceStatus::Observer);
        f.attend(s2, m_a1, AttendanceStatus::Late);
        f.attend(s2, m_a2, AttendanceStatus::Excused);
        f.attend(s4, m_b1, AttendanceStatus::Present);
        f.speech(s1, m_o1, QStringLiteral("发言一"));
        f.speech(s4, m_o1, QStringLiteral("发言二"));
        f.selfStudy(m_o1, day(2025, 2, 10), 960, QStringLiteral("原著"),
                    QString(6000, QChar(0x5b66)));
        f.selfStudy(m_o1, day(2025, 2, 11), 960, QStringLiteral("原著"));
        f.selfStudy(m_a1, day(2025, 3, 5), 600, QStringLiteral("原著"));
        f.selfStudy(m_a2, day(2025, 2, 1), 60, QStringLiteral("原著"));
        f.selfStudy(m_b1, day(2025, 5, 1), 900, QStringLiteral("原著"));
        f.selfStudy(m_b1, day(2025, 5, 2), 900, QStringLiteral("原著"));
        f.writing(m_o1, WritingKind::Reflection, QStringLiteral("心得一"), day(2025, 6, 1));
        f.writing(m_o1, WritingKind::Reflection, QStringLiteral("心得二"), day(2025, 9, 1));
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(addPlan(m_gA, {3, 4, 4}));
        QVERIFY(addPlan(m_gB, {3, 7}));
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
