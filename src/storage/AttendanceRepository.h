#pragma once

#include "SessionRepository.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// An attendance record with the numbers of its session and member, as sheets and files show it.
struct AttendanceRow
{
    Attendance record;
    QString sessionExtId;
    QString memberExtId;
    QString memberName;
};

// What the make-up ledger (补学台账) asks for: the 请假 and 缺席 records of held sessions.
struct MakeupQuery
{
    enum class State
    {
        Any,   // every record owing make-up study
        Owing, // without a make-up date yet
        Done,  // with a make-up date
    };
    qint64 memberId = 0;          // 0: every member
    std::vector<qint64> groupIds; // empty: every group (within rootOrgId)
    qint64 rootOrgId = 0;         // groups of the organisation subtree; 0: all
    Date from;                    // session dates; not set: open
    Date to;
    State state = State::Any;
    int offset = 0;
    int limit = -1; // -1: no limit
};

// One line of the make-up ledger.
struct MakeupRow
{
    Attendance record;
    QString memberExtId;
    QString memberName;
    qint64 groupId = 0;
    QString groupExtId;
    QString groupName;
    QString sessionExtId;
    Date sessionDate;
    SessionForm form = SessionForm::Collective;
    QString topic;
};

// 考勤 and the make-up study it may owe.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& db) : m_db(db) {}

    // The records of a session, by member number.
    Result<std::vector<AttendanceRow>> forSession(qint64 sessionId);
    Result<std::optional<Attendance>> byId(qint64 id);
    Result<std::optional<Attendance>> byKey(qint64 sessionId, qint64 memberId);
    Result<qint64> insert(const Attendance& record);
    Status update(const Attendance& record);
    Status remove(qint64 id);

    // The make-up ledger ordered by session date, session number and member number.
    Result<std::vector<MakeupRow>> makeup(const MakeupQuery& query);
    Result<qint64> makeupCount(const MakeupQuery& query);

    // The records of every session the query selects, ordered by group number, session date,
    // session number and member number (offset and limit ignored).
    Status scan(const SessionQuery& sessions,
                const std::function<Status(const AttendanceRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
