#pragma once

#include "DateBridge.h"
#include "Enums.h"
#include "ScopeAssessment.h"
#include "StudyPlan.h"
#include "StudySession.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The ledger book (学习台账): what the printed sign-in sheets (签到表), session records (学习记录)
// and the annual volume of a group or an organisation are written from. Plain values read from
// the ledger by LedgerBookService; the documents are laid out from them in the report layer.
namespace sl {

// The place of a group role in the member lists of the ledger book (sign-in sheet, attendance
// table, session record): 组长, 副组长, 秘书, 成员, 列席 — the leaders first, the clerk who
// keeps the ledger next, the observers last. Within a role, names in pinyin order.
inline int ledgerRoleRank(GroupRole role)
{
    switch (role) {
    case GroupRole::Leader:
        return 0;
    case GroupRole::Deputy:
        return 1;
    case GroupRole::Secretary:
        return 2;
    case GroupRole::Member:
        return 3;
    case GroupRole::Observer:
        return 4;
    }
    return 5;
}

// ---- 签到表 -------------------------------------------------------------------------------

// One line of a sign-in sheet: a member whose seat in the group holds on the session's date.
struct SigninRow
{
    qint64 memberId = 0;
    QString memberExtId;
    QString name;
    QString position;                   // 职务, as in the member's record
    GroupRole role = GroupRole::Member; // the seat held on the session's date
    bool observer = false;              // 列席: attends, is recorded, is not assessed
    // 备注: "列席" for an observer; on a held session "请假：<reason>" for an excused member.
    QString note;
};

// 签到表 of a planned or held session. The 签到 column is left blank for signatures.
struct SigninSheet
{
    StudySession session; // the header's date, start, place (location) and topic
    QString groupName;
    QString orgName;             // the group's organisation
    std::vector<SigninRow> rows; // by role (ledgerRoleRank), then name in pinyin, then number
};

// ---- 学习记录 -----------------------------------------------------------------------------

// The plan item a session carries out (学习计划 序号, month, 专题).
struct PlanItemRef
{
    qint64 itemId = 0;
    int itemNo = 0;
    int month = 0;
    QString topic;
};

// One attendance record of a session, as the record lists it.
struct RecordAttendance
{
    qint64 memberId = 0;
    QString memberExtId;
    QString name;
    std::optional<GroupRole> role; // the seat on the session's date; nullopt: none (kept record)
    AttendanceStatus status = AttendanceStatus::Present;
};

// A member who was not there (请假 or 缺席), with the make-up study (补学) owed.
struct RecordAbsence
{
    qint64 memberId = 0;
    QString name;
    AttendanceStatus status = AttendanceStatus::Excused; // Excused or Absent
    QString reason;                                      // 请假事由; empty for 缺席
    Date makeupDate;                                     // unset: make-up not done yet
    QString makeupNote;

    bool madeUp() const { return dates::isSet(makeupDate); }
};

// 交流发言 at the session.
struct RecordSpeech
{
    qint64 memberId = 0;
    QString name;
    QString title;
};

// 学习记录 of a held session: its fields, the attendance summary, the minutes, the speeches,
// the materials and the plan item it carries out. (The "session record"; the name
// SessionRecord belongs to a row of the sessions file.)
struct StudyRecord
{
    // Date, start, minutes, form, topic, location, host, recorder, speaker, 纪要 (minutesText)
    // and the three-musts trigger.
    StudySession session;
    QString groupName;
    QString orgName; // the group's organisation

    int expected = 0;   // 应到: records other than 列席
    int attended = 0;   // 实到: 出席, 迟到, 早退
    int observers = 0;  // 列席 records
    int makeupDone = 0; // 请假 / 缺席 records whose make-up is done

    std::vector<RecordAttendance> lines; // every record: by role, then pinyin, then number
    std::vector<RecordAbsence> excused;  // 请假, in the order of lines
    std::vector<RecordAbsence> absent;   // 缺席, in the order of lines
    std::vector<RecordSpeech> speeches;  // by member number, then title
    QStringList materials;               // the attached files' names, as attached
    std::optional<PlanItemRef> planItem;

    int makeupOwed() const { return static_cast<int>(excused.size() + absent.size()); }
};

// ---- 年度学习台账 -------------------------------------------------------------------------

// A plan item with how the year carried it out.
struct VolumePlanItem
{
    PlanItem item;
    std::vector<Date> sessionDates; // the held sessions linked to it, by date

    bool done() const { return !sessionDates.empty(); } // at least one held session linked
};

// The annual plan (学习计划) of one group of the scope.
struct VolumePlan
{
    qint64 planId = 0;
    qint64 groupId = 0;
    QString groupExtId;
    QString groupName;
    Date approvedOn;                   // unset: not approved
    std::vector<VolumePlanItem> items; // by number

    int doneCount() const
    {
        int n = 0;
        for (const VolumePlanItem& i : items)
            n += i.done() ? 1 : 0;
        return n;
    }
};

// A row of an attendance table: a member with a seat in the group during the year, or a member
// with records there but no such seat.
struct MatrixMember
{
    qint64 memberId = 0;
    QString memberExtId;
    QString name;
    std::optional<GroupRole> role; // the seat in the group; nullopt: records only
};

// A column of an attendance table: a held session of the group.
struct MatrixSession
{
    qint64 sessionId = 0;
    QString extId;
    Date date;
    QString topic;
};

// A cell: the member's record at the session, if any, and whether its make-up is done.
struct MatrixCell
{
    std::optional<AttendanceStatus> status; // nullopt: no record (not expected, or not taken)
    bool madeUp = false;                    // 请假 / 缺席 with a make-up date (补学 ✓)

    bool operator==(const MatrixCell&) const = default;
};

// 考勤表 of one group for the year: members × held sessions.
struct AttendanceMatrix
{
    qint64 groupId = 0;
    QString groupExtId;
    QString groupName;
    std::vector<MatrixMember> members;   // by role, then pinyin, then number; records-only last
    std::vector<MatrixSession> sessions; // by date, start, number
    std::vector<MatrixCell> cells;       // row-major: members.size() × sessions.size()

    const MatrixCell& cell(size_t row, size_t column) const
    {
        return cells[row * sessions.size() + column];
    }
    std::optional<size_t> rowOf(qint64 memberId) const
    {
        for (size_t i = 0; i < members.size(); ++i) {
            if (members[i].memberId == memberId)
                return i;
        }
        return std::nullopt;
    }
};

// 个人自学 of one member of the scope in the year.
struct SelfStudySummaryRow
{
    qint64 memberId = 0;
    QString memberExtId;
    QString name;
    int entries = 0;
    qint64 minutes = 0;
    qint64 notesChars = 0; // characters of the notes (METRICS.md character count)
};

// A line of the writings register (心得与调研登记).
struct WritingRegisterRow
{
    qint64 writingId = 0;
    qint64 memberId = 0;
    QString memberExtId;
    QString memberName;
    WritingKind kind = WritingKind::Reflection;
    QString title;
    Date date;
    int chars = 0;     // the explicit length, else the count of the text
    QString published; // where it was published or exchanged
    std::optional<Award> award;
};

// 年度学习台账 of a study group, or of an organisation with its descendants, for a year.
struct LedgerVolume
{
    ScopeInfo scope;   // the group or organisation (number, name)
    QString organName; // cover: the issuing organisation (the group's, or the scope itself)
    int year = 0;

    std::vector<VolumePlan> plans;     // the plans of the year of the scope's groups, by group
    std::vector<StudyRecord> sessions; // every held session of the year, by date, start, number
    std::vector<AttendanceMatrix> attendance; // one per group with held sessions, by group number
    // Members(S, year) of METRICS.md: in a group scope by role, then pinyin (as the attendance
    // table); in an organisation scope by member number.
    std::vector<SelfStudySummaryRow> selfStudy;
    std::vector<WritingRegisterRow> writings; // writings of Members(S, year) dated in it, by date
    // The published results when published, else the assessment as it stands; nullopt when no
    // member is assessed.
    std::optional<ScopeAssessment> assessment;
};

} // namespace sl
