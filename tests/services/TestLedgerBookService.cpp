#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AssessmentService.h"
#include "services/AttendanceService.h"
#include "services/LedgerBookService.h"
#include "services/PlanService.h"
#include "services/SelfStudyService.h"
#include "services/SpeechService.h"
#include "services/WritingService.h"

#include <QFile>

#include <memory>

using namespace sl;
using namespace session_fixture;

// A fixed ledger: committee D01 with branch B01; the central group G01 of D01 with members of
// every role whose pinyin order differs from their numbers, and the branch group G02 of B01; a
// 2026 plan of G01 with three items; two held, one planned and one cancelled session of G01 and
// one held session of G02; attendance of every status, speeches, a material, self-study and
// writings with an award.
class TestLedgerBookService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_held1 = 0;     // G01 2026-03-10, plan item 1, with the material
    qint64 m_held2 = 0;     // G01 2026-05-12, plan item 2
    qint64 m_planned = 0;   // G01 2026-12-28
    qint64 m_cancelled = 0; // G01 2026-04-01
    qint64 m_branch = 0;    // G02 2026-04-15
    std::vector<qint64> m_items;

    Ledger& ledger() { return **m_ledger; }
    qint64 member(const char* ext) { return memberId(ledger(), ext); }

    bool buildRoster()
    {
        RosterImportService roster(ledger());
        auto orgs = roster.importOrgs(
            {org(2, "D01", "", OrgKind::Committee), org(3, "B01", "D01", OrgKind::Branch)});
        // Numbers and pinyin disagree: 赵 zhao, 王 wang, 李 li, 陈 chen, 张 zhang, 孙 sun,
        // 高 gao, 杨 yang, 刘 liu.
        const std::vector<std::pair<const char*, const char*>> people{
            {"M01", "赵刚"}, {"M02", "王芳"}, {"M03", "李明"}, {"M04", "陈静"}, {"M05", "张伟"},
            {"M06", "孙丽"}, {"M07", "高峰"}, {"M08", "杨洋"}, {"M09", "刘洋"}};
        std::vector<ImportRow<MemberRecord>> rows;
        int line = 2;
        for (const auto& [ext, name] : people) {
            auto row = roster_rows::member(line++, ext, name, "B01");
            row.record.member.position = QStringLiteral("职务") + QString::fromUtf8(ext);
            rows.push_back(row);
        }
        auto members = roster.importMembers(rows);
        auto groups = roster.importGroups({group(2, "G01", GroupKind::Central, "D01"),
                                           group(3, "G02", GroupKind::Branch, "B01")});
        auto seats = roster.importMemberships(
            {seat(2, "G01", "M01", GroupRole::Leader), seat(3, "G01", "M02", GroupRole::Deputy),
             seat(4, "G01", "M03", GroupRole::Member), seat(5, "G01", "M04", GroupRole::Member),
             seat(6, "G01", "M05", GroupRole::Secretary),
             seat(7, "G01", "M06", GroupRole::Observer), seat(8, "G01", "M07", GroupRole::Deputy),
             seat(9, "G01", "M08", GroupRole::Member),
             seat(10, "G01", "M09", GroupRole::Member, Date(2026, 6, 1)),
             seat(11, "G02", "M03", GroupRole::Leader), seat(12, "G02", "M04", GroupRole::Member)});
        return orgs.ok() && orgs->ok() && members.ok() && members->ok() && groups.ok() &&
               groups->ok() && seats.ok() && seats->ok();
    }

    bool buildPlan()
    {
        PlanService plans(ledger());
        auto planId = plans.savePlan(groupId(ledger(), "G01"), 2026, Date(2026, 1, 8));
        if (!planId)
            return false;
        for (int month : {3, 5, 9}) {
            PlanItem item;
            item.planId = *planId;
            item.month = month;
            item.topic = QStringLiteral("%1月专题").arg(month);
            auto id = plans.saveItem(item);
            if (!id)
                return false;
            m_items.push_back(*id);
        }
        return true;
    }

    qint64 session(const char* group, Date date, SessionStatus status, qint64 planItem = 0)
    {
        StudySession s;
        s.groupId = groupId(ledger(), group);
        s.date = date;
        s.start = QTime(9, 0);
        s.minutes = 120;
        s.topic = QStringLiteral("专题学习") + dates::toIso(date);
        s.planItemId = planItem;
        s.trigger = planItem ? std::optional(Trigger::Decision) : std::nullopt;
        s.host = QStringLiteral("赵刚");
        s.recorder = QStringLiteral("张伟");
        s.location = QStringLiteral("三楼会议室");
        s.minutesText = QStringLiteral("会议纪要");
        s.status = status;
        auto id = SessionService(ledger()).save(s);
        if (!id)
            qWarning("session: %s", qPrintable(id.error().text()));
        return id ? *id : 0;
    }

    Attendance record(const char* ext, AttendanceStatus status, const QString& reason = {},
                      Date makeup = {})
    {
        Attendance a;
        a.memberId = member(ext);
        a.status = status;
        a.reason = reason;
        a.makeupDate = makeup;
        if (dates::isSet(makeup))
            a.makeupNote = QStringLiteral("自学原文");
        return a;
    }

    bool buildSessions()
    {
        m_held1 = session("G01", Date(2026, 3, 10), SessionStatus::Held, m_items[0]);
        m_held2 = session("G01", Date(2026, 5, 12), SessionStatus::Held, m_items[1]);
        m_planned = session("G01", Date(2026, 12, 28), SessionStatus::Planned);
        m_cancelled = session("G01", Date(2026, 4, 1), SessionStatus::Cancelled);
        m_branch = session("G02", Date(2026, 4, 15), SessionStatus::Held);
        AttendanceService attendance(ledger());
        using S = AttendanceStatus;
        Status first = attendance.save(
            m_held1, {record("M01", S::Present), record("M07", S::Late),
                      record("M02", S::EarlyLeave), record("M05", S::Present),
                      record("M04", S::Excused, QStringLiteral("公务出差"), Date(2026, 3, 15)),
                      record("M03", S::Absent), record("M08", S::Excused, QStringLiteral("病假")),
                      record("M06", S::Observer)});
        Status second = attendance.save(
            m_held2, {record("M01", S::Present), record("M02", S::Present),
                      record("M03", S::Absent, {}, Date(2026, 5, 20)), record("M04", S::Present),
                      record("M05", S::Present), record("M07", S::Present),
                      record("M08", S::Present), record("M06", S::Observer)});
        Status third =
            attendance.save(m_branch, {record("M03", S::Present), record("M04", S::Present)});
        SpeechService speeches(ledger());
        auto s1 = speeches.save({0, m_held1, member("M01"), QStringLiteral("领学发言")});
        auto s2 = speeches.save({0, m_held1, member("M02"), QStringLiteral("交流体会")});
        const QString file = m_ledger->file(QStringLiteral("学习材料.pdf"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write("%PDF") != 4)
            return false;
        f.close();
        auto material = SessionService(ledger()).attachMaterial(m_held1, file);
        for (const Status& s : {first, second, third}) {
            if (!s)
                qWarning("attendance: %s", qPrintable(s.error().text()));
        }
        return m_held1 && m_held2 && m_planned && m_cancelled && m_branch && first && second &&
               third && s1.ok() && s2.ok() && material.ok();
    }

    bool buildActivities()
    {
        SelfStudyService selfStudy(ledger());
        auto entry = [&](const char* ext, Date date, int minutes, const char* notes) {
            SelfStudyEntry e;
            e.memberId = member(ext);
            e.date = date;
            e.minutes = minutes;
            e.material = QStringLiteral("材料") + dates::toIso(date);
            e.notes = QString::fromUtf8(notes);
            return selfStudy.log(e).ok();
        };
        WritingService writings(ledger());
        Writing reflection;
        reflection.memberId = member("M02");
        reflection.title = QStringLiteral("学习心得");
        reflection.date = Date(2026, 4, 1);
        reflection.text = QStringLiteral("心得正文五个");
        Writing report;
        report.memberId = member("M03");
        report.kind = WritingKind::Report;
        report.title = QStringLiteral("基层调研");
        report.date = Date(2026, 6, 1);
        report.chars = 3000;
        auto r1 = writings.save(reflection);
        auto r2 = writings.save(report);
        return entry("M01", Date(2026, 2, 1), 60, "笔记四字") &&
               entry("M01", Date(2026, 7, 1), 30, "再记两句话") &&
               entry("M01", Date(2025, 12, 30), 45, "去年的") &&
               entry("M04", Date(2026, 8, 8), 40, "") && r1.ok() && r2.ok() &&
               writings.setAward(*r1, Award::First).ok();
    }

    static QStringList names(const std::vector<SigninRow>& rows)
    {
        QStringList out;
        for (const SigninRow& r : rows)
            out << r.name;
        return out;
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        QVERIFY(buildRoster());
        QVERIFY(buildPlan());
        QVERIFY(buildSessions());
        QVERIFY(buildActivities());
    }
    void cleanupTestCase() { Clock::setToday({}); }
    void init() { ledger().setActor(Actor{}); }

    void signinRowsByRoleThenPinyinWithObserversMarked()
    {
        auto sheet = LedgerBookService(ledger()).signinSheet(m_held1);
        QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().text()));
        QCOMPARE(sheet->groupName, QStringLiteral("学习组G01"));
        QCOMPARE(sheet->orgName, QStringLiteral("组织D01"));
        QCOMPARE(sheet->session.location, QStringLiteral("三楼会议室"));
        // 组长, 副组长 (高 before 王), 秘书, 成员 (陈 李 杨), 列席; 刘洋 joins on 06-01.
        QCOMPARE(names(sheet->rows),
                 (QStringList{"赵刚", "高峰", "王芳", "张伟", "陈静", "李明", "杨洋", "孙丽"}));
        QCOMPARE(sheet->rows[1].role, GroupRole::Deputy);
        QCOMPARE(sheet->rows[3].role, GroupRole::Secretary);
        QCOMPARE(sheet->rows[0].position, QStringLiteral("职务M01"));
        QVERIFY(sheet->rows.back().observer);
        QCOMPARE(sheet->rows.back().note, QStringLiteral("列席"));
        for (size_t i = 0; i + 1 < sheet->rows.size(); ++i)
            QVERIFY(!sheet->rows[i].observer);
        // On a held session the excused are noted with their reason.
        QCOMPARE(sheet->rows[4].note, QStringLiteral("请假：公务出差"));
        QCOMPARE(sheet->rows[5].note, QString());
    }

    void signinOfAPlannedSessionListsTheSeatsOnItsDate()
    {
        auto sheet = LedgerBookService(ledger()).signinSheet(m_planned);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->session.status, SessionStatus::Planned);
        QCOMPARE(names(sheet->rows), (QStringList{"赵刚", "高峰", "王芳", "张伟", "陈静", "李明",
                                                  "刘洋", "杨洋", "孙丽"}));
        for (const SigninRow& r : sheet->rows)
            QVERIFY(r.observer || r.note.isEmpty());
    }

    void sessionRecordOfAHeldSession()
    {
        auto record = LedgerBookService(ledger()).sessionRecord(m_held1);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().text()));
        QCOMPARE(record->session.id, m_held1);
        QCOMPARE(record->session.host, QStringLiteral("赵刚"));
        QCOMPARE(record->session.recorder, QStringLiteral("张伟"));
        QCOMPARE(record->session.minutesText, QStringLiteral("会议纪要"));
        QCOMPARE(record->session.trigger, std::optional(Trigger::Decision));
        QCOMPARE(record->groupName, QStringLiteral("学习组G01"));
        QCOMPARE(record->expected, 7); // 列席 is not expected
        QCOMPARE(record->attended, 4); // 出席 ×2, 迟到, 早退
        QCOMPARE(record->observers, 1);
        QCOMPARE(record->makeupDone, 1);
        QCOMPARE(record->makeupOwed(), 3);
        QCOMPARE(record->excused.size(), size_t(2));
        QCOMPARE(record->excused[0].name, QStringLiteral("陈静"));
        QCOMPARE(record->excused[0].reason, QStringLiteral("公务出差"));
        QCOMPARE(record->excused[0].makeupDate, Date(2026, 3, 15));
        QCOMPARE(record->excused[0].makeupNote, QStringLiteral("自学原文"));
        QVERIFY(record->excused[0].madeUp());
        QCOMPARE(record->excused[1].name, QStringLiteral("杨洋"));
        QCOMPARE(record->excused[1].reason, QStringLiteral("病假"));
        QVERIFY(!record->excused[1].madeUp());
        QCOMPARE(record->absent.size(), size_t(1));
        QCOMPARE(record->absent[0].name, QStringLiteral("李明"));
        QCOMPARE(record->absent[0].status, AttendanceStatus::Absent);
        QVERIFY(!record->absent[0].madeUp());
        // Every record, in the order of the sign-in sheet.
        QCOMPARE(record->lines.size(), size_t(8));
        QCOMPARE(record->lines[1].name, QStringLiteral("高峰"));
        QCOMPARE(record->lines[1].status, AttendanceStatus::Late);
        QCOMPARE(record->lines.back().role, std::optional(GroupRole::Observer));
        QCOMPARE(record->speeches.size(), size_t(2));
        QCOMPARE(record->speeches[0].name, QStringLiteral("赵刚"));
        QCOMPARE(record->speeches[0].title, QStringLiteral("领学发言"));
        QCOMPARE(record->materials, QStringList{QStringLiteral("学习材料.pdf")});
        QVERIFY(record->planItem.has_value());
        QCOMPARE(record->planItem->itemNo, 1);
        QCOMPARE(record->planItem->month, 3);
        QCOMPARE(record->planItem->topic, QStringLiteral("3月专题"));
    }

    void refusals()
    {
        LedgerBookService service(ledger());
        auto cancelled = service.signinSheet(m_cancelled);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().field, QStringLiteral("status"));
        QVERIFY(cancelled.error().message.contains(QStringLiteral("取消")));
        auto planned = service.sessionRecord(m_planned);
        QVERIFY(!planned.ok());
        QCOMPARE(planned.error().field, QStringLiteral("status"));
        QVERIFY2(planned.error().message.contains(QStringLiteral("计划")),
                 qPrintable(planned.error().message));
        QCOMPARE(service.sessionRecord(m_cancelled).error().field, QStringLiteral("status"));
        for (auto result :
             {service.signinSheet(999999).error(), service.sessionRecord(999999).error()}) {
            QCOMPARE(result.code, ErrorCode::NotFound);
            QCOMPARE(result.field, QStringLiteral("session_id"));
        }
        QCOMPARE(service.volume(ScopeRef::group(999999), 2026).error().code, ErrorCode::NotFound);
        QCOMPARE(service.volume(ScopeRef::group(groupId(ledger(), "G01")), 1800).error().field,
                 QStringLiteral("year"));
    }

    void readingNeedsAccess()
    {
        LedgerBookService service(ledger());
        const ScopeRef g01 = ScopeRef::group(groupId(ledger(), "G01"));
        // A leader of the branch reads neither the committee's group nor its sessions.
        ledger().setActor(Actor{5, AccountRole::Leader, orgId(ledger(), "B01"), 0});
        QCOMPARE(service.signinSheet(m_held1).error().code, ErrorCode::Permission);
        QCOMPARE(service.sessionRecord(m_held1).error().code, ErrorCode::Permission);
        QCOMPARE(service.volume(g01, 2026).error().code, ErrorCode::Permission);
        QVERIFY(service.signinSheet(m_branch).ok());
        // A member account may not read a whole group's volume.
        ledger().setActor(Actor{6, AccountRole::Member, 0, member("M01")});
        QCOMPARE(service.volume(g01, 2026).error().code, ErrorCode::Permission);
    }

    void volumeOfAGroup()
    {
        std::vector<double> steps;
        auto volume = LedgerBookService(ledger()).volume(
            ScopeRef::group(groupId(ledger(), "G01")), 2026, nullptr,
            [&](double done) { steps.push_back(done); });
        QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : volume.error().text()));
        QCOMPARE(volume->year, 2026);
        QCOMPARE(volume->scope.name, QStringLiteral("学习组G01"));
        QCOMPARE(volume->organName, QStringLiteral("组织D01"));
        QVERIFY(!steps.empty() && steps.back() == 1.0);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));

        // Held sessions only, by date.
        QCOMPARE(volume->sessions.size(), size_t(2));
        QCOMPARE(volume->sessions[0].session.date, Date(2026, 3, 10));
        QCOMPARE(volume->sessions[1].session.date, Date(2026, 5, 12));
        QCOMPARE(volume->sessions[0].expected, 7);
        QCOMPARE(volume->sessions[0].absent.at(0).name, QStringLiteral("李明"));
        QCOMPARE(volume->sessions[0].materials.size(), 1);
        QCOMPARE(volume->sessions[0].speeches.size(), size_t(2));
        QCOMPARE(volume->sessions[1].planItem->itemNo, 2);
        QCOMPARE(volume->sessions[1].makeupDone, 1);

        // The plan: items 1 and 2 carried out, 3 not.
        QCOMPARE(volume->plans.size(), size_t(1));
        const VolumePlan& plan = volume->plans[0];
        QCOMPARE(plan.approvedOn, Date(2026, 1, 8));
        QCOMPARE(plan.items.size(), size_t(3));
        QVERIFY(plan.items[0].done());
        QVERIFY(plan.items[1].done());
        QVERIFY(!plan.items[2].done());
        QCOMPARE(plan.items[0].sessionDates, std::vector<Date>{Date(2026, 3, 10)});
        QCOMPARE(plan.doneCount(), 2);

        // The attendance table: the seats of the year by role, then pinyin.
        QCOMPARE(volume->attendance.size(), size_t(1));
        const AttendanceMatrix& m = volume->attendance[0];
        QStringList rows;
        for (const MatrixMember& r : m.members)
            rows << r.name;
        QCOMPARE(rows, (QStringList{"赵刚", "高峰", "王芳", "张伟", "陈静", "李明", "刘洋", "杨洋",
                                    "孙丽"}));
        QCOMPARE(m.sessions.size(), size_t(2));
        QCOMPARE(m.cells.size(), size_t(18));
        // 李明: 缺席 twice, the second made up; the cells are his records.
        const size_t li = *m.rowOf(member("M03"));
        QCOMPARE(m.cell(li, 0), (MatrixCell{AttendanceStatus::Absent, false}));
        QCOMPARE(m.cell(li, 1), (MatrixCell{AttendanceStatus::Absent, true}));
        const size_t chen = *m.rowOf(member("M04"));
        QCOMPARE(m.cell(chen, 0), (MatrixCell{AttendanceStatus::Excused, true}));
        QCOMPARE(m.cell(chen, 1), (MatrixCell{AttendanceStatus::Present, false}));
        for (size_t column = 0; column < m.sessions.size(); ++column) {
            auto sheet = AttendanceService(ledger()).sheet(m.sessions[column].sessionId);
            for (const SheetLine& line : sheet->lines) {
                if (!line.recorded)
                    continue;
                const MatrixCell& cell = m.cell(*m.rowOf(line.memberId), column);
                QCOMPARE(cell.status, std::optional(line.record.status));
                QCOMPARE(cell.madeUp, dates::isSet(line.record.makeupDate));
            }
        }
        QCOMPARE(m.cell(*m.rowOf(member("M09")), 0).status, std::nullopt); // joined in June

        // Self-study of Members(G, 2026) (列席 excluded), in the table's order.
        QCOMPARE(volume->selfStudy.size(), size_t(8));
        QCOMPARE(volume->selfStudy[0].name, QStringLiteral("赵刚"));
        QCOMPARE(volume->selfStudy[0].entries, 2); // the 2025 entry is not of the year
        QCOMPARE(volume->selfStudy[0].minutes, qint64(90));
        QCOMPARE(volume->selfStudy[0].notesChars, qint64(9));
        QCOMPARE(volume->selfStudy[4].name, QStringLiteral("陈静"));
        QCOMPARE(volume->selfStudy[4].entries, 1);
        QCOMPARE(volume->selfStudy[1].entries, 0);

        // Writings by date, with the award and the length.
        QCOMPARE(volume->writings.size(), size_t(2));
        QCOMPARE(volume->writings[0].memberName, QStringLiteral("王芳"));
        QCOMPARE(volume->writings[0].award, std::optional(Award::First));
        QCOMPARE(volume->writings[0].chars, 6);
        QCOMPARE(volume->writings[1].kind, WritingKind::Report);
        QCOMPARE(volume->writings[1].chars, 3000);

        // The assessment as it stands (not published): the 8 members, no observer.
        QVERIFY(volume->assessment.has_value());
        QVERIFY(!volume->assessment->publication.has_value());
        QCOMPARE(volume->assessment->rows.size(), size_t(8));
        QVERIFY(volume->assessment->row(member("M06")) == nullptr);
    }

    void volumeOfAnOrganisation()
    {
        auto volume = LedgerBookService(ledger()).volume(
            ScopeRef::organisation(orgId(ledger(), "D01")), 2026);
        QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : volume.error().text()));
        QCOMPARE(volume->organName, QStringLiteral("组织D01"));
        QCOMPARE(volume->sessions.size(), size_t(3));
        QCOMPARE(volume->sessions[1].session.id, m_branch); // 04-15, between G01's two
        QCOMPARE(volume->sessions[1].groupName, QStringLiteral("学习组G02"));
        QCOMPARE(volume->sessions[1].orgName, QStringLiteral("组织B01"));
        QCOMPARE(volume->attendance.size(), size_t(2));
        QCOMPARE(volume->attendance[1].groupExtId, QStringLiteral("G02"));
        QCOMPARE(volume->attendance[1].members.size(), size_t(2));
        QCOMPARE(volume->attendance[1].members[0].role, std::optional(GroupRole::Leader));
        QCOMPARE(volume->plans.size(), size_t(1));
        // Members of the subtree by number (the observer too: a member of the organisation).
        QCOMPARE(volume->selfStudy.size(), size_t(9));
        QCOMPARE(volume->selfStudy[0].memberExtId, QStringLiteral("M01"));
        QCOMPARE(volume->selfStudy[8].memberExtId, QStringLiteral("M09"));
        QCOMPARE(volume->writings.size(), size_t(2));
        QVERIFY(volume->assessment.has_value());
    }

    void volumeUsesThePublishedResults()
    {
        const ScopeRef g02 = ScopeRef::group(groupId(ledger(), "G02"));
        QVERIFY(AssessmentService(ledger()).publish(g02, 2026).ok());
        auto volume = LedgerBookService(ledger()).volume(g02, 2026);
        QVERIFY(volume.ok());
        QVERIFY(volume->assessment.has_value());
        QVERIFY(volume->assessment->publication.has_value());
        QCOMPARE(volume->assessment->rows.size(), size_t(2));
        // Another year is not published: assessed as it stands.
        auto other = LedgerBookService(ledger()).volume(g02, 2024);
        QVERIFY(other.ok());
        QVERIFY(other->assessment.has_value() && !other->assessment->publication.has_value());
        QVERIFY(other->sessions.empty() && other->attendance.empty() && other->plans.empty());
    }

    void volumeStopsWhenCancelled()
    {
        CancelFlag cancel;
        cancel.cancel();
        auto volume = LedgerBookService(ledger()).volume(ScopeRef::group(groupId(ledger(), "G01")),
                                                         2026, &cancel);
        QVERIFY(!volume.ok());
        QCOMPARE(volume.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLedgerBookService)
#include "TestLedgerBookService.moc"
