#pragma once

#include "domain/SessionRecords.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// 学习活动 and their attached materials.
class SessionRepository
{
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    Result<std::optional<StudySession>> byId(qint64 id);
    Result<std::optional<StudySession>> byExtId(const QString& extId);
    Result<qint64> insert(const StudySession& session);
    Status update(const StudySession& session);
    Status remove(qint64 id);

    // Ordered by date, start time and number.
    Result<std::vector<SessionRow>> list(const SessionQuery& query);
    Result<qint64> count(const SessionQuery& query);
    // Every session the query selects (offset and limit ignored), ordered by group number, date,
    // start time and number, one at a time.
    Status scan(const SessionQuery& query, const std::function<Status(const SessionRow&)>& visit);

    // Number of attendance records and of speeches of a session.
    Result<int> attendanceCount(qint64 sessionId);
    Result<int> speechCount(qint64 sessionId);

    Result<std::vector<SessionMaterial>> materials(qint64 sessionId);
    Result<std::optional<SessionMaterial>> material(qint64 id);
    Result<qint64> insertMaterial(const SessionMaterial& material);
    Status removeMaterial(qint64 id);

private:
    Database& m_db;
};

} // namespace sl
