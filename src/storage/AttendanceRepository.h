#pragma once

#include "domain/AttendanceRecords.h"

#include "SessionRepository.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

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
    // Inserts unless an attendance record of the same session and member exists: the new id, or 0
    // (nothing changed).
    Result<qint64> insertNew(const Attendance& record);
    Status update(const Attendance& record);
    Status remove(qint64 id);

    // The make-up ledger ordered by session date, session number and member number.
    Result<std::vector<MakeupRow>> makeup(const MakeupQuery& query);
    Result<qint64> makeupCount(const MakeupQuery& query);
    // The query's records and those still owed, counted in one pass.
    Result<MakeupCounts> makeupCounts(const MakeupQuery& query);

    // The records of every session the query selects, ordered by group number, session date,
    // session number and member number (offset and limit ignored).
    Status scan(const SessionQuery& sessions,
                const std::function<Status(const AttendanceRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
