#pragma once

#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "services/PlanService.h"
#include "services/SelfStudyService.h"
#include "services/SpeechService.h"
#include "services/WritingService.h"

#include <QFile>

#include <vector>

// A fixed ledger for the annual volume (学习台账): committee D01 with branch B01, nine members
// whose pinyin order differs from their numbers; the central group G01 of D01 with members of
// every role (M09 刘洋 joins on 2026-06-01) and the branch group G02 of B01. G01 holds twelve
// sessions in 2026, one a month on the second Tuesday or so (`heldDates`), besides a planned and
// a cancelled one; G02 holds one on 04-15. G01's 2026 plan has four items, three carried out
// (months 3, 5 and 9). Attendance has every status; 李明 (M03) is 缺席 on 03-10, 缺席 made up
// on 05-12, 请假 on 08-11 and 出席 otherwise; speeches, a material, self-study and writings
// with an award.
namespace volume_fixture {

using namespace session_fixture;

inline const std::vector<sl::Date>& heldDates()
{
    using sl::Date;
    static const std::vector<Date> dates{Date(2026, 1, 13),  Date(2026, 2, 10),  Date(2026, 3, 10),
                                         Date(2026, 4, 14),  Date(2026, 5, 12),  Date(2026, 6, 9),
                                         Date(2026, 7, 14),  Date(2026, 8, 11),  Date(2026, 9, 8),
                                         Date(2026, 10, 13), Date(2026, 11, 10), Date(2026, 12, 8)};
    return dates;
}

// 李明's marks in G01's attendance table, session by session.
inline QStringList liMingMarks()
{
    QStringList marks;
    for (size_t i = 0; i < heldDates().size(); ++i)
        marks << QStringLiteral("出");
    marks[2] = QStringLiteral("缺");
    marks[4] = QStringLiteral("缺补");
    marks[7] = QStringLiteral("假");
    return marks;
}

inline QString topicOf(const sl::Date& date)
{
    return QStringLiteral("专题学习") + sl::dates::toIso(date);
}

class Builder
{
public:
    explicit Builder(sl::Ledger& ledger) : m_ledger(ledger) {}

    bool build() { return roster() && plan() && sessions() && activities(); }

private:
    qint64 member(const char* ext) { return memberId(m_ledger, ext); }

    bool roster()
    {
        using sl::GroupRole;
        sl::RosterImportService roster(m_ledger);
        auto orgs = roster.importOrgs(
            {org(2, "D01", "", sl::OrgKind::Committee), org(3, "B01", "D01", sl::OrgKind::Branch)});
        const std::vector<std::pair<const char*, const char*>> people{
            {"M01", "赵刚"}, {"M02", "王芳"}, {"M03", "李明"}, {"M04", "陈静"}, {"M05", "张伟"},
            {"M06", "孙丽"}, {"M07", "高峰"}, {"M08", "杨洋"}, {"M09", "刘洋"}};
        std::vector<sl::ImportRow<sl::MemberRecord>> rows;
        int line = 2;
        for (const auto& [ext, name] : people)
            rows.push_back(roster_rows::member(line++, ext, name, "B01"));
        auto members = roster.importMembers(rows);
        auto groups = roster.importGroups({group(2, "G01", sl::GroupKind::Central, "D01"),
                                           group(3, "G02", sl::GroupKind::Branch, "B01")});
        auto seats = roster.importMemberships(
            {seat(2, "G01", "M01", GroupRole::Leader), seat(3, "G01", "M02", GroupRole::Deputy),
             seat(4, "G01", "M03", GroupRole::Member), seat(5, "G01", "M04", GroupRole::Member),
             seat(6, "G01", "M05", GroupRole::Secretary),
             seat(7, "G01", "M06", GroupRole::Observer), seat(8, "G01", "M07", GroupRole::Deputy),
             seat(9, "G01", "M08", GroupRole::Member),
             seat(10, "G01", "M09", GroupRole::Member, sl::Date(2026, 6, 1)),
             seat(11, "G02", "M03", GroupRole::Leader), seat(12, "G02", "M04", GroupRole::Member)});
        return orgs.ok() && orgs->ok() && members.ok() && members->ok() && groups.ok() &&
               groups->ok() && seats.ok() && seats->ok();
    }

    bool plan()
    {
        sl::PlanService plans(m_ledger);
        auto planId = plans.savePlan(groupId(m_ledger, "G01"), 2026, sl::Date(2026, 1, 8));
        if (!planId)
            return false;
        for (int month : {3, 5, 9, 11}) {
            sl::PlanItem item;
            item.planId = *planId;
            item.month = month;
            item.topic = QStringLiteral("%1月专题").arg(month);
            item.lead = QStringLiteral("赵刚");
            auto id = plans.saveItem(item);
            if (!id)
                return false;
            m_items.push_back(*id);
        }
        return true;
    }

    qint64 session(const char* group, sl::Date date, sl::SessionStatus status, qint64 item = 0)
    {
        sl::StudySession s;
        s.groupId = groupId(m_ledger, group);
        s.date = date;
        s.start = QTime(9, 0);
        s.minutes = 120;
        s.topic = topicOf(date);
        s.planItemId = item;
        s.host = QStringLiteral("赵刚");
        s.recorder = QStringLiteral("张伟");
        s.speaker = QStringLiteral("王芳");
        s.location = QStringLiteral("三楼会议室");
        s.minutesText =
            QStringLiteral("会议传达学习了有关精神。\n与会同志结合工作实际交流了体会。");
        s.status = status;
        auto id = sl::SessionService(m_ledger).save(s);
        if (!id)
            qWarning("session: %s", qPrintable(id.error().text()));
        return id ? *id : 0;
    }

    sl::Attendance record(const char* ext, sl::AttendanceStatus status, const QString& reason = {},
                          sl::Date makeup = {})
    {
        sl::Attendance a;
        a.memberId = member(ext);
        a.status = status;
        a.reason = reason;
        a.makeupDate = makeup;
        if (sl::dates::isSet(makeup))
            a.makeupNote = QStringLiteral("自学原文");
        return a;
    }

    bool sessions()
    {
        using S = sl::AttendanceStatus;
        sl::AttendanceService attendance(m_ledger);
        std::vector<qint64> held;
        for (size_t i = 0; i < heldDates().size(); ++i) {
            const sl::Date d = heldDates()[i];
            const qint64 item = i == 2 ? m_items[0] : i == 4 ? m_items[1] : i == 8 ? m_items[2] : 0;
            const qint64 id = session("G01", d, sl::SessionStatus::Held, item);
            if (!id)
                return false;
            held.push_back(id);
            std::vector<sl::Attendance> records{
                record("M01", S::Present), record("M02", i == 1 ? S::EarlyLeave : S::Present),
                record("M05", S::Present), record("M06", S::Observer),
                record("M07", i % 3 == 0 ? S::Late : S::Present)};
            if (i == 2)
                records.push_back(record("M03", S::Absent));
            else if (i == 4)
                records.push_back(record("M03", S::Absent, {}, sl::Date(2026, 5, 20)));
            else if (i == 7)
                records.push_back(record("M03", S::Excused, QStringLiteral("公务出差")));
            else
                records.push_back(record("M03", S::Present));
            records.push_back(i == 2 ? record("M04", S::Excused, QStringLiteral("公务出差"),
                                              sl::Date(2026, 3, 15))
                                     : record("M04", S::Present));
            records.push_back(i == 2 ? record("M08", S::Excused, QStringLiteral("病假"))
                                     : record("M08", S::Present));
            if (d >= sl::Date(2026, 6, 1))
                records.push_back(record("M09", S::Present));
            if (sl::Status s = attendance.save(id, records); !s) {
                qWarning("attendance: %s", qPrintable(s.error().text()));
                return false;
            }
        }
        const qint64 planned = session("G01", sl::Date(2026, 12, 28), sl::SessionStatus::Planned);
        const qint64 cancelled = session("G01", sl::Date(2026, 4, 1), sl::SessionStatus::Cancelled);
        const qint64 branch = session("G02", sl::Date(2026, 4, 15), sl::SessionStatus::Held);
        sl::Status third =
            attendance.save(branch, {record("M03", S::Present), record("M04", S::Present)});
        sl::SpeechService speeches(m_ledger);
        auto s1 = speeches.save({0, held[0], member("M01"), QStringLiteral("领学发言")});
        auto s2 = speeches.save({0, held[2], member("M02"), QStringLiteral("交流体会")});
        return planned && cancelled && branch && third && s1.ok() && s2.ok();
    }

    bool activities()
    {
        sl::SelfStudyService selfStudy(m_ledger);
        auto entry = [&](const char* ext, sl::Date date, int minutes, const char* notes) {
            sl::SelfStudyEntry e;
            e.memberId = member(ext);
            e.date = date;
            e.minutes = minutes;
            e.material = QStringLiteral("材料") + sl::dates::toIso(date);
            e.notes = QString::fromUtf8(notes);
            return selfStudy.log(e).ok();
        };
        sl::WritingService writings(m_ledger);
        sl::Writing reflection;
        reflection.memberId = member("M02");
        reflection.title = QStringLiteral("学习心得");
        reflection.date = sl::Date(2026, 4, 1);
        reflection.text = QStringLiteral("心得正文五个");
        sl::Writing report;
        report.memberId = member("M03");
        report.kind = sl::WritingKind::Report;
        report.title = QStringLiteral("基层调研");
        report.date = sl::Date(2026, 6, 1);
        report.chars = 3000;
        auto r1 = writings.save(reflection);
        auto r2 = writings.save(report);
        return entry("M01", sl::Date(2026, 2, 1), 60, "笔记四字") &&
               entry("M01", sl::Date(2026, 7, 1), 30, "再记两句话") &&
               entry("M04", sl::Date(2026, 8, 8), 40, "") && r1.ok() && r2.ok() &&
               writings.setAward(*r1, sl::Award::First).ok();
    }

    sl::Ledger& m_ledger;
    std::vector<qint64> m_items;
};

} // namespace volume_fixture
