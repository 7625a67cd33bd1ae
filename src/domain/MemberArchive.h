#pragma once

#include "Assessment.h"
#include "DateBridge.h"
#include "Enums.h"
#include "Member.h"
#include "MemberFigures.h"
#include "Rubric.h"
#include "SelfStudyEntry.h"

#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace sl {

// A member's seat in a study group, with the group's name.
struct MembershipEntry
{
    qint64 groupId = 0;
    QString groupExtId;
    QString groupName;
    GroupKind groupKind = GroupKind::Branch;
    GroupRole role = GroupRole::Member;
    Date from;
    Date to;
};

// A member's attendance record at a held session, with what the session was.
struct AttendanceEntry
{
    qint64 attendanceId = 0;
    qint64 sessionId = 0;
    QString sessionExtId;
    qint64 groupId = 0;
    QString groupName;
    Date date;
    QTime start;
    int minutes = 0;
    SessionForm form = SessionForm::Collective;
    QString topic;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason; // 请假事由
    Date makeupDate;
    QString makeupNote;

    // 请假 or 缺席 without a make-up date: make-up study still owed.
    bool owesMakeup() const
    {
        return (status == AttendanceStatus::Excused || status == AttendanceStatus::Absent) &&
               !dates::isSet(makeupDate);
    }
};

// A speech with the session it was given at.
struct SpeechEntry
{
    qint64 sessionId = 0;
    Date date;
    QString groupName;
    QString sessionTopic;
    QString title;
};

// A self-study entry with the character count of its notes.
struct SelfStudyLine
{
    SelfStudyEntry entry;
    int notesChars = 0;
};

// A writing as the archive lists it: its length, not its text.
struct WritingEntry
{
    qint64 id = 0;
    WritingKind kind = WritingKind::Reflection;
    QString title;
    Date date;
    int chars = 0; // the explicit length, else the count of the text
    QString published;
    std::optional<Award> award;
};

// The assessment of the member in one of their groups.
struct ArchiveAssessment
{
    qint64 groupId = 0;
    QString groupName;
    GroupRole role = GroupRole::Member;
    int assessedMembers = 0; // members ranked in the group
    MemberFigures figures;   // in the group's scope
    AssessmentResult result;
};

// 学习档案: everything one member did in one calendar year (BULLETIN.md "Member archive").
struct MemberArchive
{
    int year = 0;
    Member member;
    QString orgName;
    std::vector<MembershipEntry> memberships;   // seats that hold during the year
    std::vector<AttendanceEntry> sessions;      // every held session with a record, by date
    std::vector<SpeechEntry> speeches;          // by date
    std::vector<SelfStudyLine> selfStudy;       // by date
    std::vector<WritingEntry> writings;         // by date
    MemberFigures totals;                       // member-wide figures of the year (every group)
    Rubric rubric;                              // the rubric and targets of the year
    std::vector<ArchiveAssessment> assessments; // one per assessed group (role not 列席)

    double hoursTarget() const { return rubric.hoursTargetFor(member.cadreLevel); }
    int notesTarget() const { return rubric.notesTargetFor(member.cadreLevel); }
};

} // namespace sl
