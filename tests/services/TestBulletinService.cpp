#include "support/BulletinFiguresFixture.h"
#include "support/TempLedger.h"

#include "services/BulletinService.h"

#include <QTest>

using namespace sl;

// The draft bulletin data over BulletinFiguresFixture (tests/support/BulletinFiguresFixture.h),
// worked by hand below; the JSON figures of every scope and period are in TestCliBulletin.
class TestBulletinService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    BulletinFiguresFixture m_x;

    static Date day(int y, int m, int d) { return FigureFixture::day(y, m, d); }

    Result<BulletinData> document(const ScopeRef& scope, const Period& period)
    {
        return BulletinService(*m_ledger).compose(scope, period, BulletinService::Detail::Document);
    }

    static QString describe(const BulletinSession& s)
    {
        return QStringLiteral("%1 %2 %3 form%4 trigger%5 %6/%7")
            .arg(dates::toIso(s.date), s.groupName, s.topic)
            .arg(int(s.form))
            .arg(s.trigger ? int(*s.trigger) : -1)
            .arg(s.attended)
            .arg(s.expected);
    }
    static QStringList describe(const std::vector<BulletinSession>& sessions)
    {
        QStringList out;
        for (const BulletinSession& s : sessions)
            out << describe(s);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        QVERIFY2(m_x.build(m_ledger->db()), qPrintable(m_x.error));
    }

    void init() { m_ledger->setActor(Actor{}); }

    void figuresAreThoseOfCompose()
    {
        BulletinService service(*m_ledger);
        for (const ScopeRef& scope :
             {ScopeRef::group(m_x.gA), ScopeRef::group(m_x.gC), ScopeRef::organisation(m_x.c),
              ScopeRef::organisation(m_x.a)}) {
            for (const Period& period : {Period::year(2026), Period::half(2026, 1),
                                         Period::quarter(2026, 2), Period::month(2026, 2)}) {
                auto figures = service.figures(scope, period);
                auto composed = service.compose(scope, period, BulletinService::Detail::Figures);
                QVERIFY(figures.ok() && composed.ok());
                QVERIFY(*figures == composed->figures);
            }
        }
        // Organisation A alone is its group GA by sessions and records, with its own members.
        auto a = service.figures(ScopeRef::organisation(m_x.a), Period::year(2026));
        QVERIFY(a.ok());
        QCOMPARE(a->sessions.total, 4);
        QCOMPARE(a->attendance.expected, 11);
        QCOMPARE(a->members.total, 3);
        QCOMPARE(a->selfStudyMinutes, qint64(1980));
    }

    void organisationYearDocument()
    {
        auto d = document(ScopeRef::organisation(m_x.c), Period::year(2026));
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().text()));
        QCOMPARE(d->scope.extId, QStringLiteral("C"));
        QCOMPARE(d->issuingOrgName, QStringLiteral("委员会"));
        QCOMPARE(d->settings.orgId, m_x.c);
        QCOMPARE(d->settings.organName, QStringLiteral("委员会"));
        QCOMPARE(d->serial, 0);
        QVERIFY(d->grades.has_value());
        QCOMPARE(*d->grades, (GradeCounts{1, 1, 1, 2}));

        const QString gA = QStringLiteral("第一支部学习小组");
        const QString gC = QStringLiteral("委员会理论学习中心组");
        // Form and trigger codes: 集体学习 0, 专题研讨 1, 党课 2; 重大决策前 0, 解决突出问题时 1,
        // 谋划长远发展时 2.
        const QString sa1 = QStringLiteral("2026-01-15 %1 学习全会精神 form0 trigger0 2/3").arg(gA);
        const QString sc1 = QStringLiteral("2026-01-20 %1 谋划长远发展 form1 trigger2 2/2").arg(gC);
        const QString sa4 = QStringLiteral("2026-04-08 %1 专题党课 form2 trigger1 2/2").arg(gA);
        QCOMPARE(describe(d->threeMustSessions), (QStringList{sa1, sc1, sa4}));
        // Participation: SC1 and SA4 2/2 (same attended: the earlier first), SA1 2/3, then the
        // halves (SA2 2/4, SC3 1/2, SC2 1/2, SA6 1/2) fall outside the three.
        QCOMPARE(describe(d->bestAttended), (QStringList{sc1, sa4, sa1}));

        // Not done: GA #3 (SA3 only planned), GA #4 (SA5 cancelled), GC #2 (no session).
        QCOMPARE(d->planItemsNotDone.size(), size_t(3));
        QCOMPARE(d->planItemsNotDone[0].groupName, gA);
        QCOMPARE(d->planItemsNotDone[0].month, 3);
        QCOMPARE(d->planItemsNotDone[0].topic, QStringLiteral("专题3"));
        QCOMPARE(d->planItemsNotDone[1].month, 4);
        QCOMPARE(d->planItemsNotDone[2].groupName, gC);
        QCOMPARE(d->planItemsNotDone[2].month, 5);
        QCOMPARE(d->planItemsNotDone[2].topic, QStringLiteral("中心组专题2"));

        // By rank: c1 97.0, a1 72.5, c2 61.0, a2 46.7, a3 30.9 (TestCliBulletin works them out).
        QCOMPARE(d->members.size(), size_t(5));
        const std::vector<std::pair<QString, double>> ranked{{QStringLiteral("M01"), 97.0},
                                                             {QStringLiteral("M11"), 72.5},
                                                             {QStringLiteral("M02"), 61.0},
                                                             {QStringLiteral("M12"), 46.7},
                                                             {QStringLiteral("M13"), 30.9}};
        for (size_t i = 0; i < ranked.size(); ++i) {
            const BulletinMemberRow& row = d->members[i];
            QCOMPARE(row.figures.extId, ranked[i].first);
            QVERIFY(row.finalScore.has_value());
            QCOMPARE(*row.finalScore, ranked[i].second);
            QCOMPARE(row.rank, int(i) + 1);
        }
        QCOMPARE(d->members[0].grade, std::optional<Grade>(Grade::Excellent));
        QCOMPARE(d->members[0].orgName, QStringLiteral("委员会"));
        QCOMPARE(d->members[0].hoursTarget, 56.0);
        QCOMPARE(d->members[1].orgName, QStringLiteral("第一支部"));
        QCOMPARE(d->members[1].hoursTarget, 32.0);
        QCOMPARE(d->members[2].grade, std::optional<Grade>(Grade::BasicPass));

        // The own level C (GC's sessions, c1 c2) and A (GA's sessions, a1 a2 a3).
        QCOMPARE(d->subOrgs.size(), size_t(2));
        const SubOrgFigures& own = d->subOrgs[0];
        QVERIFY(own.ownLevel);
        QCOMPARE(own.sessionsHeld, 3); // SC1 SC3 SC2
        QCOMPARE(own.planItems, 2);
        QCOMPARE(own.expected, 6); // 2 + 2 + 2
        QCOMPARE(own.attended, 4); // SC1 2, SC3 1, SC2 1
        QCOMPARE(own.members, 2);
        QCOMPARE(own.totalMinutes, qint64(5130)); // c1 3450 + c2 1680
        QCOMPARE(own.meetingTarget, 1);           // c1
        QCOMPARE(own.grades, (GradeCounts{1, 0, 1, 0}));
        const SubOrgFigures& branch = d->subOrgs[1];
        QCOMPARE(branch.extId, QStringLiteral("A"));
        QCOMPARE(branch.sessionsHeld, 4);
        QCOMPARE(branch.planItems, 5);
        QCOMPARE(branch.expected, 11);
        QCOMPARE(branch.attended, 7);
        QCOMPARE(branch.members, 3);
        QCOMPARE(branch.totalMinutes, qint64(2490)); // a1 2070 + a2 360 + a3 60
        QCOMPARE(branch.meetingTarget, 1);           // a1
        QCOMPARE(branch.grades, (GradeCounts{0, 1, 0, 2}));
    }

    void quarterDocument()
    {
        auto d = document(ScopeRef::organisation(m_x.c), Period::quarter(2026, 1));
        QVERIFY(d.ok());
        QVERIFY(!d->grades.has_value());
        // SC1 2/2, SA1 2/3, then SA2 2/4 before the earlier SC3 1/2: equal participation, more
        // attended.
        const QStringList best = describe(d->bestAttended);
        QCOMPARE(best.size(), 3);
        QVERIFY2(best[0].startsWith(QStringLiteral("2026-01-20")), qPrintable(best[0]));
        QVERIFY2(best[1].startsWith(QStringLiteral("2026-01-15")), qPrintable(best[1]));
        QVERIFY2(best[2].startsWith(QStringLiteral("2026-02-10")), qPrintable(best[2]));
        QCOMPARE(d->planItemsNotDone.size(), size_t(1)); // GA #3
        // By number, without assessment; targets × 90/365.
        QStringList numbers;
        for (const BulletinMemberRow& row : d->members) {
            numbers << row.figures.extId;
            QVERIFY(!row.finalScore && !row.grade);
            QCOMPARE(row.rank, 0);
        }
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("M01"), QStringLiteral("M02"), QStringLiteral("M11"),
                              QStringLiteral("M12"), QStringLiteral("M13")}));
        QCOMPARE(d->members[0].hoursTarget, 56.0 * 90 / 365);
        QCOMPARE(d->members[2].orgName, QStringLiteral("第一支部"));
        QCOMPARE(d->subOrgs.size(), size_t(2));
        QCOMPARE(d->subOrgs[0].grades, (GradeCounts{0, 0, 0, 0}));
    }

    void groupDocumentIsIssuedByTheGroupsOrganisation()
    {
        auto d = document(ScopeRef::group(m_x.gA), Period::month(2026, 4));
        QVERIFY(d.ok());
        QCOMPARE(d->scope.name, QStringLiteral("第一支部学习小组"));
        QCOMPARE(d->issuingOrgName, QStringLiteral("第一支部"));
        QCOMPARE(d->settings.orgId, m_x.a);
        QVERIFY(d->subOrgs.empty());
        QCOMPARE(d->threeMustSessions.size(), size_t(1)); // SA4
        QCOMPARE(d->members.size(), size_t(2));           // a1 a2; a3's seat ended
    }

    void progressAndCancel()
    {
        BulletinService service(*m_ledger);
        std::vector<double> shares;
        auto d = service.compose(ScopeRef::organisation(m_x.c), Period::year(2026),
                                 BulletinService::Detail::Document, nullptr,
                                 [&](double share) { shares.push_back(share); });
        QVERIFY(d.ok());
        QVERIFY(shares.size() >= 3);
        QCOMPARE(shares.front(), 0.0);
        QCOMPARE(shares.back(), 1.0);
        QVERIFY(std::is_sorted(shares.begin(), shares.end()));

        CancelFlag cancel;
        cancel.cancel();
        auto cancelled = service.compose(ScopeRef::organisation(m_x.c), Period::year(2026),
                                         BulletinService::Detail::Document, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(service.figures(ScopeRef::group(m_x.gA), Period::year(2026), &cancel).error().code,
                 ErrorCode::Cancelled);
    }

    void readAccessAndUnknownScopes()
    {
        BulletinService service(*m_ledger);
        QCOMPARE(service.figures(ScopeRef::group(9999), Period::year(2026)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(service
                     .compose(ScopeRef::organisation(9999), Period::year(2026),
                              BulletinService::Detail::Figures)
                     .error()
                     .code,
                 ErrorCode::NotFound);
        // A period across two years is refused.
        const Period across{day(2025, 12, 1), day(2026, 1, 31)};
        QCOMPARE(service.figures(ScopeRef::group(m_x.gA), across).error().field,
                 QStringLiteral("period"));
        // A member account may not read a whole group; a leader only within their organisation.
        m_ledger->setActor(Actor{7, AccountRole::Member, 0, m_x.a1});
        QCOMPARE(service.figures(ScopeRef::group(m_x.gA), Period::year(2026)).error().code,
                 ErrorCode::Permission);
        m_ledger->setActor(Actor{8, AccountRole::Leader, m_x.a, 0});
        QCOMPARE(service
                     .compose(ScopeRef::organisation(m_x.c), Period::year(2026),
                              BulletinService::Detail::Figures)
                     .error()
                     .code,
                 ErrorCode::Permission);
        QVERIFY(service
                    .compose(ScopeRef::group(m_x.gA), Period::year(2026),
                             BulletinService::Detail::Document)
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestBulletinService)
#include "TestBulletinService.moc"
