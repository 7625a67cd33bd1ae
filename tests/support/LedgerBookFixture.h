#pragma once

#include "support/SessionFixture.h"

#include "services/AttendanceService.h"
#include "services/PlanService.h"
#include "services/SpeechService.h"

#include <QFile>
#include <QStringList>

#include <utility>
#include <vector>

// The fixed ledger of the ledger book's documents (as tests/services/TestLedgerBookService):
// committee D01 with branch B01, group 学习组G01 of D01 whose members' numbers and pinyin
// disagree, members of every role (孙丽 列席); a 2026 plan with an item of March; a held session
// on 2026-03-10 carrying the item out (重大决策前) with every attendance status, two speeches
// and a material, and a planned session on 2026-12-28. `dir` holds the material's file.
namespace ledger_book_fixture {

struct Ids
{
    qint64 held = 0;    // 2026-03-10
    qint64 planned = 0; // 2026-12-28
    QString heldExt;
    QString plannedExt;
};

// The sign-in order of the held session: 组长, 副组长 (高 before 王), 秘书, 成员 (陈 李 杨), 列席.
inline QStringList heldOrder()
{
    return {QStringLiteral("赵刚"), QStringLiteral("高峰"), QStringLiteral("王芳"),
            QStringLiteral("张伟"), QStringLiteral("陈静"), QStringLiteral("李明"),
            QStringLiteral("杨洋"), QStringLiteral("孙丽")};
}

inline bool buildRoster(sl::Ledger& ledger)
{
    using namespace session_fixture;
    using sl::GroupRole;
    sl::RosterImportService roster(ledger);
    auto orgs = roster.importOrgs(
        {org(2, "D01", "", sl::OrgKind::Committee), org(3, "B01", "D01", sl::OrgKind::Branch)});
    const std::vector<std::pair<const char*, const char*>> people{
        {"M01", "赵刚"}, {"M02", "王芳"}, {"M03", "李明"}, {"M04", "陈静"}, {"M05", "张伟"},
        {"M06", "孙丽"}, {"M07", "高峰"}, {"M08", "杨洋"}, {"M09", "刘洋"}};
    std::vector<sl::ImportRow<sl::MemberRecord>> rows;
    int line = 2;
    for (const auto& [ext, name] : people) {
        auto row = roster_rows::member(line++, ext, name, "B01");
        row.record.member.position = QStringLiteral("职务") + QString::fromUtf8(ext);
        rows.push_back(row);
    }
    auto members = roster.importMembers(rows);
    auto groups = roster.importGroups({group(2, "G01", sl::GroupKind::Central, "D01")});
    auto seats = roster.importMemberships(
        {seat(2, "G01", "M01", GroupRole::Leader), seat(3, "G01", "M02", GroupRole::Deputy),
         seat(4, "G01", "M03", GroupRole::Member), seat(5, "G01", "M04", GroupRole::Member),
         seat(6, "G01", "M05", GroupRole::Secretary), seat(7, "G01", "M06", GroupRole::Observer),
         seat(8, "G01", "M07", GroupRole::Deputy), seat(9, "G01", "M08", GroupRole::Member),
         seat(10, "G01", "M09", GroupRole::Member, sl::Date(2026, 6, 1))});
    return orgs.ok() && orgs->ok() && members.ok() && members->ok() && groups.ok() &&
           groups->ok() && seats.ok() && seats->ok();
}

inline sl::Attendance record(sl::Ledger& ledger, const char* ext, sl::AttendanceStatus status,
                             const QString& reason = {}, sl::Date makeup = {})
{
    sl::Attendance a;
    a.memberId = session_fixture::memberId(ledger, ext);
    a.status = status;
    a.reason = reason;
    a.makeupDate = makeup;
    if (sl::dates::isSet(makeup))
        a.makeupNote = QStringLiteral("自学原文");
    return a;
}

// Ids with held 0 when the ledger could not be built.
inline Ids build(sl::Ledger& ledger, const QString& dir)
{
    using sl::Date;
    using S = sl::AttendanceStatus;
    Ids ids;
    if (!buildRoster(ledger))
        return ids;
    sl::PlanService plans(ledger);
    auto planId = plans.savePlan(session_fixture::groupId(ledger, "G01"), 2026, Date(2026, 1, 8));
    if (!planId)
        return ids;
    sl::PlanItem item;
    item.planId = *planId;
    item.month = 3;
    item.topic = QStringLiteral("学习贯彻全会精神");
    auto itemId = plans.saveItem(item);
    if (!itemId)
        return ids;
    auto session = [&](Date date, sl::SessionStatus status, qint64 planItem) {
        sl::StudySession s;
        s.groupId = session_fixture::groupId(ledger, "G01");
        s.date = date;
        s.start = QTime(9, 0);
        s.minutes = 120;
        s.topic = QStringLiteral("专题学习") + sl::dates::toIso(date);
        s.planItemId = planItem;
        s.trigger = planItem ? std::optional(sl::Trigger::Decision) : std::nullopt;
        s.host = QStringLiteral("赵刚");
        s.recorder = QStringLiteral("张伟");
        s.speaker = QStringLiteral("高峰");
        s.location = QStringLiteral("三楼会议室");
        s.minutesText = QStringLiteral("会议传达了全会精神。\n与会同志结合工作谈了体会。");
        s.status = status;
        auto id = sl::SessionService(ledger).save(s);
        return id ? *id : 0;
    };
    const qint64 held = session(Date(2026, 3, 10), sl::SessionStatus::Held, *itemId);
    ids.planned = session(Date(2026, 12, 28), sl::SessionStatus::Planned, 0);
    if (!held || !ids.planned)
        return ids;
    auto saved = sl::AttendanceService(ledger).save(
        held, {record(ledger, "M01", S::Present), record(ledger, "M07", S::Late),
               record(ledger, "M02", S::EarlyLeave), record(ledger, "M05", S::Present),
               record(ledger, "M04", S::Excused, QStringLiteral("公务出差"), Date(2026, 3, 15)),
               record(ledger, "M03", S::Absent),
               record(ledger, "M08", S::Excused, QStringLiteral("病假")),
               record(ledger, "M06", S::Observer)});
    sl::SpeechService speeches(ledger);
    auto s1 = speeches.save(
        {0, held, session_fixture::memberId(ledger, "M01"), QStringLiteral("领学发言")});
    auto s2 = speeches.save(
        {0, held, session_fixture::memberId(ledger, "M02"), QStringLiteral("交流体会")});
    const QString file = dir + QStringLiteral("/学习材料汇编.pdf");
    QFile f(file);
    if (!saved || !s1.ok() || !s2.ok() || !f.open(QIODevice::WriteOnly) || f.write("%PDF") != 4)
        return ids;
    f.close();
    if (!sl::SessionService(ledger).attachMaterial(held, file).ok())
        return ids;
    ids.held = held;
    auto heldSession = sl::SessionService(ledger).session(held);
    auto plannedSession = sl::SessionService(ledger).session(ids.planned);
    if (heldSession.ok() && *heldSession && plannedSession.ok() && *plannedSession) {
        ids.heldExt = (*heldSession)->extId;
        ids.plannedExt = (*plannedSession)->extId;
    }
    return ids;
}

} // namespace ledger_book_fixture
