#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "services/ExpertService.h"
#include "services/PlanService.h"
#include "services/SessionService.h"
#include "storage/ActivityWriter.h"

#include <QFile>
#include <QFileInfo>

using namespace sl;
using namespace session_fixture;

class TestSessionService : public QObject
{
    Q_OBJECT

    static qint64 sessionCount(Ledger& ledger)
    {
        return *ActivityWriter(ledger.db()).countRows(ActivityWriter::Table::Sessions);
    }

    static StudySession draft(Ledger& ledger)
    {
        StudySession s;
        s.groupId = groupId(ledger, "G-C01");
        s.date = Date(2026, 3, 10);
        s.start = QTime(14, 30);
        s.minutes = 90;
        s.form = SessionForm::Seminar;
        s.topic = QStringLiteral("党章党规党纪");
        return s;
    }

private slots:
    void init() { Clock::setToday(Date(2026, 11, 26)); }
    void cleanup() { Clock::setToday(Date()); }

    void secondTuesdaySeriesOf2026ThroughThePreview()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SeriesRequest request;
        request.groupId = groupId(*ledger, "G-C01");
        request.rule = MonthlyRule::nthWeekday(2, Qt::Tuesday);
        request.from = Date(2026, 1, 1);
        request.to = Date(2026, 12, 31);
        request.start = QTime(14, 30);
        request.minutes = 90;
        request.form = SessionForm::PartyDay;
        request.topicTemplate = QStringLiteral("{month}月主题党日");
        SessionService service(*ledger);
        auto preview = service.previewSeries(request);
        QVERIFY(preview.ok());
        const std::vector<Date> expected{Date(2026, 1, 13),  Date(2026, 2, 10),  Date(2026, 3, 10),
                                         Date(2026, 4, 14),  Date(2026, 5, 12),  Date(2026, 6, 9),
                                         Date(2026, 7, 14),  Date(2026, 8, 11),  Date(2026, 9, 8),
                                         Date(2026, 10, 13), Date(2026, 11, 10), Date(2026, 12, 8)};
        QCOMPARE(*preview, expected);
        QCOMPARE(sessionCount(*ledger), qint64(0)); // a preview creates nothing

        auto created = service.createSeries(request);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QCOMPARE(created->size(), size_t(12));
        SessionQuery query;
        query.groupIds = {request.groupId};
        auto rows = service.list(query);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(12));
        QCOMPARE(rows->at(1).session.date, Date(2026, 2, 10));
        QCOMPARE(rows->at(1).session.extId, QStringLiteral("G-C01-20260210-1"));
        QCOMPARE(rows->at(1).session.topic, QStringLiteral("2月主题党日"));
        QCOMPARE(rows->at(1).session.status, SessionStatus::Planned);
    }

    void badSeriesCreatesNothing()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SeriesRequest request;
        request.groupId = groupId(*ledger, "G-C01");
        request.rule = MonthlyRule::firstWorkingDay();
        request.from = Date(2026, 1, 1);
        request.to = Date(2026, 12, 31);
        request.minutes = 2000;
        request.topicTemplate = QStringLiteral("学习");
        auto created = SessionService(*ledger).createSeries(request);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, QStringLiteral("minutes"));
        QCOMPARE(sessionCount(*ledger), qint64(0));
    }

    void savedSessionGetsNumberAndSpeakerName()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        StudySession s = draft(*ledger);
        s.speakerMemberId = memberId(*ledger, "M003");
        auto first = service.save(s);
        auto second = service.save(s);
        QVERIFY(first.ok() && second.ok());
        auto stored = service.session(*second);
        QCOMPARE((*stored)->extId, QStringLiteral("G-C01-20260310-2"));
        QCOMPARE((*stored)->speaker, QStringLiteral("王五"));
        QCOMPARE((*stored)->speakerMemberId, memberId(*ledger, "M003"));
    }

    void everyRuleIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("minutes 0") << "minutes0"
                                   << "minutes";
        QTest::newRow("minutes 1441") << "minutes1441"
                                      << "minutes";
        QTest::newRow("unknown group") << "group"
                                       << "group_id";
        QTest::newRow("item of another year") << "planItem"
                                              << "plan_item";
        QTest::newRow("taken number") << "extId"
                                      << "id";
        QTest::newRow("no topic") << "topic"
                                  << "topic";
    }

    void everyRuleIsRefusedAndNothingChanges()
    {
        QFETCH(QString, rule);
        QFETCH(QString, field);
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        PlanService plans(*ledger);
        auto plan2025 = plans.savePlan(groupId(*ledger, "G-C01"), 2025, Date());
        QVERIFY(plan2025.ok());
        PlanItem item;
        item.planId = *plan2025;
        item.month = 3;
        item.topic = QStringLiteral("去年的专题");
        auto itemId = plans.saveItem(item);
        QVERIFY(itemId.ok());
        StudySession taken = draft(*ledger);
        taken.extId = QStringLiteral("C2603");
        QVERIFY(service.save(taken).ok());
        const qint64 before = sessionCount(*ledger);

        StudySession s = draft(*ledger);
        if (rule == QLatin1String("minutes0"))
            s.minutes = 0;
        else if (rule == QLatin1String("minutes1441"))
            s.minutes = 1441;
        else if (rule == QLatin1String("group"))
            s.groupId = 9999;
        else if (rule == QLatin1String("planItem"))
            s.planItemId = *itemId; // the 2025 plan, a 2026 session
        else if (rule == QLatin1String("extId"))
            s.extId = QStringLiteral("C2603");
        else
            s.topic.clear();
        auto saved = service.save(s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, field);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(sessionCount(*ledger), before);
    }

    void heldSessionWithAttendanceStaysHeld()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 id = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        Attendance a;
        a.memberId = memberId(*ledger, "M001");
        QVERIFY(AttendanceService(*ledger).save(id, {a}).ok());
        SessionService service(*ledger);
        StudySession s = **service.session(id);
        s.status = SessionStatus::Cancelled;
        auto saved = service.save(s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, QStringLiteral("status"));
        QCOMPARE((*service.session(id))->status, SessionStatus::Held);
    }

    void fromPlanItemAndThePlanView()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        PlanService plans(*ledger);
        const qint64 group = groupId(*ledger, "G-C01");
        auto planId = plans.savePlan(group, 2026, Date(2026, 1, 10));
        QVERIFY(planId.ok());
        PlanItem item;
        item.planId = *planId;
        item.month = 6;
        item.topic = QStringLiteral("新发展理念");
        item.form = SessionForm::Seminar;
        item.lead = QStringLiteral("张三");
        item.trigger = Trigger::Decision;
        auto itemId = plans.saveItem(item);
        QVERIFY(itemId.ok());
        SessionService service(*ledger);
        auto drafted = service.draftFromPlanItem(*itemId, Date(2026, 6, 9));
        QVERIFY(drafted.ok());
        QCOMPARE(drafted->topic, item.topic);
        QCOMPARE(drafted->form, SessionForm::Seminar);
        QCOMPARE(drafted->trigger, std::optional(Trigger::Decision));
        QCOMPARE(drafted->speaker, QStringLiteral("张三"));
        QCOMPARE(drafted->status, SessionStatus::Held); // before today
        auto progress = plans.progress(group, 2026);
        QVERIFY(!progress->front().done());
        auto id = service.save(*drafted);
        QVERIFY(id.ok());
        progress = plans.progress(group, 2026);
        QCOMPARE(progress->size(), size_t(1));
        QVERIFY(progress->front().done());
        QCOMPARE(progress->front().firstSessionId, *id);
        QCOMPARE(progress->front().firstSessionDate, Date(2026, 6, 9));
    }

    void listFiltersByFormStatusAndTrigger()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        StudySession a = draft(*ledger);
        a.trigger = Trigger::Problem;
        StudySession b = draft(*ledger);
        b.form = SessionForm::PartyLecture;
        b.status = SessionStatus::Planned;
        b.date = Date(2026, 12, 8);
        StudySession c = draft(*ledger);
        c.groupId = groupId(*ledger, "G-B01");
        QVERIFY(service.save(a) && service.save(b) && service.save(c));
        SessionQuery query;
        query.withTriggerOnly = true;
        QCOMPARE(service.list(query)->size(), size_t(1));
        query = {};
        query.form = SessionForm::PartyLecture;
        QCOMPARE(service.list(query)->size(), size_t(1));
        query = {};
        query.status = SessionStatus::Held;
        QCOMPARE(*service.count(query), qint64(2));
        query = {};
        query.groupIds = {groupId(*ledger, "G-B01")};
        QCOMPARE(service.list(query)->size(), size_t(1));
        query = {};
        query.from = Date(2026, 12, 1);
        QCOMPARE(service.list(query)->front().session.form, SessionForm::PartyLecture);
    }

    void listFiltersByMemberAndMissingAttendance()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        SessionService service(*ledger);
        StudySession central = draft(*ledger); // G-C01, 2026-03-10
        StudySession branch = draft(*ledger);
        branch.groupId = groupId(*ledger, "G-B01");
        branch.date = Date(2026, 2, 10); // before M002 joined G-B01 (2026-03-01)
        StudySession later = branch;
        later.date = Date(2026, 4, 10);
        auto centralId = service.save(central);
        QVERIFY(centralId && service.save(branch) && service.save(later));

        // The sessions of the groups a member sat in on their dates.
        SessionQuery query;
        query.memberId = memberId(*ledger, "M001"); // G-C01 and G-B01
        QCOMPARE(*service.count(query), qint64(3));
        query.memberId = memberId(*ledger, "M002"); // G-B01 from March
        auto rows = service.list(query);
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().session.date, Date(2026, 4, 10));
        query.memberId = memberId(*ledger, "M003"); // G-C01 in 2026
        QCOMPARE(*service.count(query), qint64(1));

        // Held sessions that have no attendance record yet.
        query = {};
        query.withoutAttendanceOnly = true;
        QCOMPARE(*service.count(query), qint64(3));
        Attendance present;
        present.memberId = memberId(*ledger, "M001");
        QVERIFY(AttendanceService(*ledger).save(*centralId, {present}).ok());
        QCOMPARE(*service.count(query), qint64(2));
        for (const SessionRow& row : *service.list(query))
            QVERIFY(row.session.id != *centralId);
    }

    void materialsAreCopiedBesideTheDatabase()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 id = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        const QString source = ledger.file(QStringLiteral("讲稿.txt"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("学习材料");
        f.close();
        SessionService service(*ledger);
        auto first = service.attachMaterial(id, source);
        auto second = service.attachMaterial(id, source);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
        QVERIFY(second.ok());
        auto materials = service.materials(id);
        QCOMPARE(materials->size(), size_t(2));
        const QString folder = SessionService::filesFolder(ledger.path());
        QCOMPARE(folder, QFileInfo(ledger.path()).absoluteFilePath() + QStringLiteral(".files"));
        const QString copy = service.materialPath(materials->at(0));
        QVERIFY(copy.startsWith(folder + QStringLiteral("/G-C01-20260310-1/")));
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(materials->at(1).storedPath, QStringLiteral("G-C01-20260310-1/讲稿 (2).txt"));
        QVERIFY(service.removeMaterial(materials->at(0).id).ok());
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(service.remove(id).ok());
        QVERIFY(!QFileInfo::exists(service.materialPath(materials->at(1))));
        QVERIFY(!service.attachMaterial(id, source).ok()); // the session is gone
    }

    void expertSpeakerAndSessionsGiven()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        ExpertService experts(*ledger);
        Expert e;
        e.name = QStringLiteral("李教授");
        e.title = QStringLiteral("教授");
        e.affiliation = QStringLiteral("市委党校");
        auto expertId = experts.save(e);
        QVERIFY(expertId.ok());
        StudySession s = draft(*ledger);
        s.speakerExpertId = *expertId;
        QVERIFY(SessionService(*ledger).save(s).ok());
        auto given = experts.sessionsGiven(*expertId);
        QCOMPARE(given->size(), size_t(1));
        QCOMPARE(given->front().session.speaker, QStringLiteral("李教授"));
        auto removed = experts.remove(*expertId);
        QVERIFY(!removed.ok()); // the pool keeps an expert who gave sessions
        QCOMPARE(removed.error().code, ErrorCode::Conflict);
    }

    void memberAccountMayNotChangeSessions()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        Actor member;
        member.accountId = 1;
        member.role = AccountRole::Member;
        member.memberId = memberId(*ledger, "M001");
        ledger->setActor(member);
        auto saved = SessionService(*ledger).save(draft(*ledger));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Permission);
        QCOMPARE(sessionCount(*ledger), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
