// The audit trail (审计日志): every service write leaves its row in the same transaction, naming
// the account, the record and a readable before → after; an import leaves one entry; the trail
// cannot be changed; AuditService reads it with filters, for administrators only.
#include "domain/DateBridge.h"
#include "services/AssessmentService.h"
#include "services/AttendanceService.h"
#include "services/AuditService.h"
#include "services/BulletinService.h"
#include "services/ExpertService.h"
#include "services/ImportSession.h"
#include "services/MakeupService.h"
#include "services/ModelUnitService.h"
#include "services/PlanService.h"
#include "services/RubricService.h"
#include "services/SelfStudyService.h"
#include "services/SpeechService.h"
#include "services/WritingService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "support/RecordsFixture.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sl;
using namespace session_fixture;

namespace {

// One expected row: action, entity, key (-1: any) and fragments its detail must contain.
struct Expected
{
    QString action;
    QString entity;
    qint64 key = -1;
    QStringList fragments;
};

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    Actor m_admin;
    qint64 m_mark = 0; // the last row seen

    std::vector<AuditEntry> newRows()
    {
        auto rows = AuditRepository(m_ledger->db()).page(AuditQuery{}, 0, 1000);
        std::vector<AuditEntry> out;
        if (!rows)
            return out;
        for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
            if (it->id > m_mark)
                out.push_back(*it);
        }
        if (!out.empty())
            m_mark = out.back().id;
        return out;
    }

    // The writes since the last check left exactly `expected`, by the admin account.
    void expect(const char* step, const std::vector<Expected>& expected)
    {
        const auto rows = newRows();
        QVERIFY2(rows.size() == expected.size(),
                 qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                                .arg(QString::fromUtf8(step))
                                .arg(rows.size())
                                .arg(expected.size())));
        for (size_t i = 0; i < rows.size(); ++i) {
            const AuditEntry& e = rows[i];
            const Expected& x = expected[i];
            const QString where = QString::fromUtf8(step) + QStringLiteral(": ") + e.detail;
            QVERIFY2(e.accountId == m_admin.accountId, qPrintable(where));
            QVERIFY2(e.action == x.action,
                     qPrintable(where + QStringLiteral(" action ") + e.action));
            QVERIFY2(e.entity == x.entity,
                     qPrintable(where + QStringLiteral(" entity ") + e.entity));
            if (x.key >= 0)
                QVERIFY2(e.entityId == x.key, qPrintable(where));
            QVERIFY2(!e.at.isEmpty(), qPrintable(where));
            for (const QString& f : x.fragments)
                QVERIFY2(e.detail.contains(f), qPrintable(where + QStringLiteral(" lacks ") + f));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        QVERIFY(buildRoster(*m_ledger));
        m_admin = records_fixture::account(*m_ledger, AccountRole::Admin);
        QVERIFY(m_admin.accountId > 0);
        m_ledger->setActor(m_admin);
        newRows(); // the roster imports of the fixture (single-user mode)
    }

    void triggersRefuseUpdateAndDelete()
    {
        QVERIFY(AuditRepository(m_ledger->db())
                    .record(m_admin.accountId, QStringLiteral("update"), QStringLiteral("member"),
                            1, QStringLiteral("x")));
        const auto before = AuditRepository(m_ledger->db()).page(AuditQuery{}, 0, 1000);
        QVERIFY(before.ok());
        for (const char* sql :
             {"UPDATE audit_log SET detail = 'changed'", "UPDATE audit_log SET account_id = NULL",
              "DELETE FROM audit_log",
              "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"}) {
            QSqlQuery q(m_ledger->db().connection());
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY(q.lastError().text().contains(QStringLiteral("cannot be changed")));
        }
        const auto after = AuditRepository(m_ledger->db()).page(AuditQuery{}, 0, 1000);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size());
        for (size_t i = 0; i < after->size(); ++i) {
            QCOMPARE((*after)[i].detail, (*before)[i].detail);
            QCOMPARE((*after)[i].accountId, (*before)[i].accountId);
        }
        newRows();
    }

    void everyWriteLeavesItsRow()
    {
        Ledger& ledger = *m_ledger;
        const qint64 m1 = memberId(ledger, "M001");
        const qint64 m2 = memberId(ledger, "M002");
        const qint64 gB01 = groupId(ledger, "G-B01");
        const qint64 oB01 = orgId(ledger, "B01");

        // Roster: a member added, changed, removed.
        RosterService roster(ledger);
        Member m;
        m.extId = QStringLiteral("M009");
        m.name = QStringLiteral("赵六");
        m.orgId = oB01;
        m.joinDate = Date(2010, 7, 1);
        m.phone = QStringLiteral("13800000001");
        auto added = roster.saveMember(m);
        QVERIFY2(added.ok(), qPrintable(records_fixture::why(added)));
        expect("member added", {{QStringLiteral("create"),
                                 QStringLiteral("member"),
                                 *added,
                                 {QStringLiteral("新建"), QStringLiteral("M009 赵六")}}});
        m.id = *added;
        m.phone = QStringLiteral("13800000002");
        QVERIFY(roster.saveMember(m));
        expect("member changed", {{QStringLiteral("update"),
                                   QStringLiteral("member"),
                                   *added,
                                   {QStringLiteral("电话 13800000001 → 13800000002")}}});
        QVERIFY(roster.removeMember(*added));
        expect("member removed", {{QStringLiteral("delete"),
                                   QStringLiteral("member"),
                                   *added,
                                   {QStringLiteral("删除 M009 赵六")}}});

        // Organisations, groups and memberships are written by their imports: one entry each.
        RosterImportService imports(ledger);
        {
            const ImportFileName named(QStringLiteral("/tmp/orgs-2026.csv"));
            QVERIFY(imports.importOrgs({roster_rows::org(2, "B03", "D01", OrgKind::Branch)}).ok());
        }
        expect("orgs imported", {{QStringLiteral("import"),
                                  QStringLiteral("orgs"),
                                  0,
                                  {QStringLiteral("orgs-2026.csv"), QStringLiteral("新增 1")}}});
        {
            const ImportFileName named(QStringLiteral("groups.csv"));
            QVERIFY(imports.importGroups({group(2, "G-B03", GroupKind::Branch, "B03")}).ok());
        }
        expect("groups imported", {{QStringLiteral("import"),
                                    QStringLiteral("groups"),
                                    0,
                                    {QStringLiteral("groups.csv")}}});
        {
            const ImportFileName named(QStringLiteral("seats.csv"));
            QVERIFY(imports.importMemberships({seat(2, "G-B03", "M002", GroupRole::Member)}).ok());
        }
        expect("memberships imported", {{QStringLiteral("import"),
                                         QStringLiteral("group-members"),
                                         0,
                                         {QStringLiteral("seats.csv"), QStringLiteral("新增 1")}}});

        // The plan and an item.
        PlanService plans(ledger);
        auto plan = plans.savePlan(gB01, 2026, Date(2026, 1, 10));
        QVERIFY2(plan.ok(), qPrintable(records_fixture::why(plan)));
        expect("plan created", {{QStringLiteral("create"),
                                 QStringLiteral("plan"),
                                 *plan,
                                 {QStringLiteral("2026 年学习计划")}}});
        QVERIFY(plans.savePlan(gB01, 2026, Date(2026, 1, 20)).ok());
        expect("plan changed", {{QStringLiteral("update"),
                                 QStringLiteral("plan"),
                                 *plan,
                                 {QStringLiteral("批准日期 2026-01-10 → 2026-01-20")}}});
        PlanItem item;
        item.planId = *plan;
        item.month = 3;
        item.topic = QStringLiteral("党章学习");
        auto itemId = plans.saveItem(item);
        QVERIFY2(itemId.ok(), qPrintable(records_fixture::why(itemId)));
        expect("item created", {{QStringLiteral("create"),
                                 QStringLiteral("plan_item"),
                                 *itemId,
                                 {QStringLiteral("党章学习")}}});
        item.id = *itemId;
        item.itemNo = 1;
        item.month = 4;
        QVERIFY(plans.saveItem(item).ok());
        expect("item changed", {{QStringLiteral("update"),
                                 QStringLiteral("plan_item"),
                                 *itemId,
                                 {QStringLiteral("月份 3 → 4")}}});

        // A session: created, changed, cancelled.
        SessionService sessions(ledger);
        StudySession s;
        s.groupId = gB01;
        s.date = Date(2026, 6, 10);
        s.start = QTime(14, 30);
        s.minutes = 90;
        s.topic = QStringLiteral("学习党的二十大精神");
        auto sessionId = sessions.save(s);
        QVERIFY2(sessionId.ok(), qPrintable(records_fixture::why(sessionId)));
        expect("session created", {{QStringLiteral("create"),
                                    QStringLiteral("session"),
                                    *sessionId,
                                    {QStringLiteral("学习党的二十大精神")}}});
        s = **sessions.session(*sessionId);
        s.minutes = 120;
        QVERIFY(sessions.save(s).ok());
        expect("session changed", {{QStringLiteral("update"),
                                    QStringLiteral("session"),
                                    *sessionId,
                                    {QStringLiteral("时长 90 → 120 分钟")}}});
        StudySession other = s;
        other.id = 0;
        other.extId.clear();
        other.date = Date(2026, 6, 20);
        other.status = SessionStatus::Planned;
        auto otherId = sessions.save(other);
        QVERIFY2(otherId.ok(), qPrintable(records_fixture::why(otherId)));
        newRows();
        other = **sessions.session(*otherId);
        other.status = SessionStatus::Cancelled;
        QVERIFY(sessions.save(other).ok());
        expect("session cancelled",
               {{QStringLiteral("update"),
                 QStringLiteral("session"),
                 *otherId,
                 {QStringLiteral("状态 计划 → ") + enumZh(SessionStatus::Cancelled)}}});

        // Attendance: recorded, then changed to 请假（病假）.
        AttendanceService attendance(ledger);
        Attendance a;
        a.memberId = m1;
        a.status = AttendanceStatus::Present;
        Attendance b;
        b.memberId = m2;
        b.status = AttendanceStatus::Present;
        QVERIFY(attendance.save(*sessionId, {a, b}));
        expect("attendance recorded", {{QStringLiteral("attendance"),
                                        QStringLiteral("session"),
                                        *sessionId,
                                        {QStringLiteral("M001 张三 出席")}}});
        a.status = AttendanceStatus::Excused;
        a.reason = QStringLiteral("病假");
        QVERIFY(attendance.save(*sessionId, {a, b}));
        expect("attendance changed", {{QStringLiteral("attendance"),
                                       QStringLiteral("session"),
                                       *sessionId,
                                       {QStringLiteral("出席 → 请假（病假）")}}});

        // The make-up of the excused record.
        auto sheet = attendance.sheet(*sessionId);
        QVERIFY(sheet.ok());
        qint64 recordId = 0;
        for (const auto& line : sheet->lines) {
            if (line.recorded && line.memberId == m1)
                recordId = line.record.id;
        }
        QVERIFY(recordId > 0);
        QVERIFY(
            MakeupService(ledger).record(recordId, Date(2026, 6, 15), QStringLiteral("自学补课")));
        expect("make-up", {{QStringLiteral("makeup"),
                            QStringLiteral("attendance"),
                            recordId,
                            {QStringLiteral("补学日期 （空） → 2026-06-15")}}});

        // A speech.
        Speech sp;
        sp.sessionId = *sessionId;
        sp.memberId = m2;
        sp.title = QStringLiteral("谈学习体会");
        auto speechId = SpeechService(ledger).save(sp);
        QVERIFY2(speechId.ok(), qPrintable(records_fixture::why(speechId)));
        expect("speech", {{QStringLiteral("create"),
                           QStringLiteral("speech"),
                           *speechId,
                           {QStringLiteral("谈学习体会")}}});

        // Self-study: logged, then its minutes changed.
        SelfStudyService selfStudy(ledger);
        SelfStudyEntry e;
        e.memberId = m1;
        e.date = Date(2026, 5, 4);
        e.minutes = 30;
        e.material = QStringLiteral("《习近平谈治国理政》");
        auto entryId = selfStudy.log(e);
        QVERIFY2(entryId.ok(), qPrintable(records_fixture::why(entryId)));
        expect("self-study logged", {{QStringLiteral("create"),
                                      QStringLiteral("self_study"),
                                      *entryId,
                                      {QStringLiteral("30 分钟")}}});
        e.id = *entryId;
        e.minutes = 45;
        QVERIFY(selfStudy.edit(e));
        expect("self-study changed", {{QStringLiteral("update"),
                                       QStringLiteral("self_study"),
                                       *entryId,
                                       {QStringLiteral("时长 30 → 45 分钟")}}});

        // A writing and its appraisal.
        WritingService writings(ledger);
        Writing w;
        w.memberId = m1;
        w.title = QStringLiteral("学习心得");
        w.date = Date(2026, 5, 5);
        w.text = QStringLiteral("学习使我进步。");
        auto writingId = writings.save(w);
        QVERIFY2(writingId.ok(), qPrintable(records_fixture::why(writingId)));
        expect("writing", {{QStringLiteral("create"),
                            QStringLiteral("writing"),
                            *writingId,
                            {QStringLiteral("《学习心得》")}}});
        QVERIFY(writings.setAward(*writingId, Award::First));
        expect("appraisal", {{QStringLiteral("appraise"),
                              QStringLiteral("writing"),
                              *writingId,
                              {QStringLiteral("评选 无 → 一等奖")}}});

        // An expert, changed.
        ExpertService experts(ledger);
        Expert x;
        x.name = QStringLiteral("钱教授");
        x.title = QStringLiteral("副教授");
        auto expertId = experts.save(x);
        QVERIFY2(expertId.ok(), qPrintable(records_fixture::why(expertId)));
        x.id = *expertId;
        x.title = QStringLiteral("教授");
        QVERIFY(experts.save(x).ok());
        expect("expert", {{QStringLiteral("create"),
                           QStringLiteral("expert"),
                           *expertId,
                           {QStringLiteral("钱教授")}},
                          {QStringLiteral("update"),
                           QStringLiteral("expert"),
                           *expertId,
                           {QStringLiteral("职称 副教授 → 教授")}}});

        // A model unit, applied for.
        ModelUnit u;
        u.name = QStringLiteral("红色书屋");
        u.orgId = oB01;
        u.year = 2026;
        auto unitId = ModelUnitService(ledger).apply(u, Date(2026, 4, 1));
        QVERIFY2(unitId.ok(), qPrintable(records_fixture::why(unitId)));
        expect("model unit", {{QStringLiteral("create"),
                               QStringLiteral("model_unit"),
                               *unitId,
                               {QStringLiteral("红色书屋")}}});

        // The rubric of the year.
        RubricService rubrics(ledger);
        Rubric r = *rubrics.rubric(2026);
        const double oldTarget = r.hoursTarget;
        r.hoursTarget = oldTarget + 8;
        QVERIFY(rubrics.save(r));
        expect("rubric",
               {{QStringLiteral("update"),
                 QStringLiteral("rubric"),
                 2026,
                 {QStringLiteral("学时目标 %1 → %2").arg(oldTarget).arg(oldTarget + 8)}}});

        // An adjustment and the publication of the group's results.
        AssessmentService assessment(ledger);
        QVERIFY(assessment.setAdjustment(gB01, m1, 2026, 2, QStringLiteral("市级优秀心得")));
        expect("adjustment", {{QStringLiteral("adjust"),
                               QStringLiteral("assessment"),
                               -1,
                               {QStringLiteral("（空） → +2（市级优秀心得）")}}});
        QVERIFY(assessment.publish(ScopeRef::group(gB01), 2026));
        expect("publication", {{QStringLiteral("publish"),
                                QStringLiteral("assessment"),
                                -1,
                                {QStringLiteral("G-B01"), QStringLiteral("2026")}}});

        // The bulletin settings of an organisation and an issued bulletin.
        BulletinService bulletins(ledger);
        BulletinSettings settings = *bulletins.settings(oB01);
        settings.numberPrefix = QStringLiteral("B学通");
        QVERIFY(bulletins.setSettings(settings));
        expect("bulletin settings", {{QStringLiteral("update"),
                                      QStringLiteral("bulletin_settings"),
                                      oB01,
                                      {QStringLiteral("发文字号 （空） → B学通")}}});
        BulletinData draft;
        draft.scope = ScopeInfo{ScopeRef::organisation(oB01), QStringLiteral("B01"),
                                QStringLiteral("组织B01"), oB01};
        draft.issuingOrgName = draft.scope.name;
        draft.period = Period::year(2026);
        draft.settings = settings;
        BulletinService::Renderers renderers;
        renderers.pdf = [](const BulletinData&) -> Result<QByteArray> {
            return QByteArray("%PDF-1.4 test");
        };
        renderers.title = [](const BulletinData&) { return QStringLiteral("关于学习情况的通报"); };
        auto issued = bulletins.issue(draft, Date(2026, 12, 1), renderers);
        QVERIFY2(issued.ok(), qPrintable(records_fixture::why(issued)));
        expect("bulletin issued", {{QStringLiteral("issue"),
                                    QStringLiteral("bulletin"),
                                    issued->id,
                                    {issued->number, QStringLiteral("关于学习情况的通报")}}});

        // A session removed names what went.
        QVERIFY(sessions.remove(*otherId));
        expect("session removed", {{QStringLiteral("delete"),
                                    QStringLiteral("session"),
                                    *otherId,
                                    {QStringLiteral("删除")}}});
    }

    void importIsOneEntryWithFileAndCounts()
    {
        RosterImportService imports(*m_ledger);
        const ImportFileName named(QStringLiteral("/data/members-2026-03.csv"));
        auto report = imports.importMembers({roster_rows::member(2, "M001", "张三", "B01"),
                                             roster_rows::member(3, "M020", "孙七", "B01"),
                                             roster_rows::member(4, "M021", "周八", "B02")});
        QVERIFY(report.ok() && report->ok());
        expect("members imported", {{QStringLiteral("import"),
                                     QStringLiteral("members"),
                                     0,
                                     {QStringLiteral("members-2026-03.csv"),
                                      QStringLiteral("新增 2"), QStringLiteral("未变 1")}}});
        // A file with an error changes nothing and leaves no entry.
        auto failed = imports.importMembers({roster_rows::member(2, "M022", "吴九", "NOPE")});
        QVERIFY(failed.ok() && !failed->ok());
        expect("failed import", {});
    }

    void serviceFiltersAndRefuses()
    {
        AuditService service(*m_ledger);
        auto all = service.count(AuditQuery{});
        QVERIFY(all.ok());
        QVERIFY(*all > 20);

        AuditQuery mine;
        mine.accountId = m_admin.accountId;
        AuditQuery single;
        single.accountId = 0;
        QCOMPARE(*service.count(mine) + *service.count(single), *all);
        QVERIFY(*service.count(single) >= 4); // the fixture's roster imports

        AuditQuery sessions;
        sessions.entity = QStringLiteral("session");
        auto page = service.page(sessions, 0, 3);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), size_t(3));
        for (const AuditEntry& e : *page)
            QCOMPARE(e.entity, QStringLiteral("session"));
        QVERIFY((*page)[0].id > (*page)[1].id); // newest first
        auto next = service.page(sessions, page->back().id, 100);
        QVERIFY(next.ok());
        QCOMPARE(qint64(page->size() + next->size()), *service.count(sessions));

        auto entities = service.entities();
        QVERIFY(entities.ok());
        QVERIFY(std::find(entities->begin(), entities->end(), QStringLiteral("member")) !=
                entities->end());

        AuditQuery today;
        today.from = dates::fromQDate(QDate::currentDate());
        today.to = today.from;
        QCOMPARE(*service.count(today), *all);
        AuditQuery past;
        past.to = Date(2000, 1, 1);
        QCOMPARE(*service.count(past), qint64(0));
        AuditQuery future;
        future.from = dates::fromQDate(QDate::currentDate().addDays(1));
        QCOMPARE(*service.count(future), qint64(0));

        QCOMPARE(service.accountIdByName(QStringLiteral("nobody-here")).error().code,
                 ErrorCode::NotFound);

        // A secretary, a member, a leader and a signed-out session are refused.
        const Actor admin = m_admin;
        for (AccountRole role :
             {AccountRole::Secretary, AccountRole::Member, AccountRole::Leader}) {
            m_ledger->setActor(records_fixture::account(*m_ledger, role));
            QCOMPARE(service.count(AuditQuery{}).error().code, ErrorCode::Permission);
            QCOMPARE(service.page(AuditQuery{}, 0, 10).error().code, ErrorCode::Permission);
        }
        m_ledger->setActor(Actor::nobody());
        QCOMPARE(service.count(AuditQuery{}).error().code, ErrorCode::Permission);
        m_ledger->setActor(Actor{});
        QVERIFY(service.count(AuditQuery{}).ok()); // single-user mode
        m_ledger->setActor(admin);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
