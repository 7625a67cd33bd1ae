#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace sl {

// 学习活动: a collective study session of a group.
struct StudySession
{
    qint64 id = 0;
    QString extId;
    qint64 groupId = 0;
    Date date;
    QTime start;
    int minutes = 60;
    SessionForm form = SessionForm::Collective;
    QString topic;
    std::optional<Trigger> trigger;
    qint64 planItemId = 0;      // 0: not from the plan
    QString speaker;            // 主讲人 as written
    qint64 speakerMemberId = 0; // when the speaker is a member
    qint64 speakerExpertId = 0; // when the speaker is from the expert pool
    QString host;
    QString recorder;
    QString location;
    QString minutesText; // 纪要
    SessionStatus status = SessionStatus::Held;

    bool operator==(const StudySession&) const = default;
};

// 考勤 of one member at one held session, with the make-up study it may owe.
struct Attendance
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason; // 请假事由
    Date makeupDate;
    QString makeupNote;

    bool owesMakeup() const
    {
        return status == AttendanceStatus::Excused || status == AttendanceStatus::Absent;
    }
    bool operator==(const Attendance&) const = default;
};

// 交流发言 by a member at a session.
struct Speech
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 memberId = 0;
    QString title;

    bool operator==(const Speech&) const = default;
};

// A file attached to a session (学习材料), kept in the folder beside the database
// (`<db>.files/<session ext id>/`); storedPath is relative to that `<db>.files` folder.
struct SessionMaterial
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString fileName;   // the name as attached, shown to the user
    QString storedPath; // "<session ext id>/<file name>", relative to `<db>.files`
    QDateTime addedAt;  // UTC

    bool operator==(const SessionMaterial&) const = default;
};

} // namespace sl
