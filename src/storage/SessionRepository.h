#pragma once

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// What a session list asks for. Every set criterion must hold.
struct SessionQuery
{
    std::vector<qint64> groupIds; // empty: every group (within rootOrgId)
    qint64 rootOrgId = 0;         // groups of the organisation and its descendants; 0: all
    Date from;                    // not set: no lower bound
    Date to;                      // not set: no upper bound
    std::optional<SessionForm> form;
    std::optional<SessionStatus> status;
    std::optional<Trigger> trigger;
    bool withTriggerOnly = false; // only sessions with a "three musts" trigger
    qint64 planItemId = 0;        // only sessions carrying out this plan item
    qint64 expertId = 0;          // only sessions given by this expert
    int offset = 0;
    int limit = -1; // -1: no limit
};

// A session with what lists and files show beside it.
struct SessionRow
{
    StudySession session;
    QString groupExtId;
    QString groupName;
    int planItemNo = 0;         // the number of the plan item it carries out, 0: none
    QString speakerMemberExtId; // when the speaker is a member
};

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
