#pragma once

#include "domain/SpeechRecords.h"

#include "SessionRepository.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// 交流发言 at sessions.
class SpeechRepository
{
public:
    explicit SpeechRepository(Database& db) : m_db(db) {}

    // The speeches of a session, by member number and title.
    Result<std::vector<SpeechRow>> forSession(qint64 sessionId);
    Result<std::optional<Speech>> byId(qint64 id);
    Result<std::optional<Speech>> byKey(qint64 sessionId, qint64 memberId, const QString& title);
    Result<qint64> insert(const Speech& speech);
    Status update(const Speech& speech);
    Status remove(qint64 id);

    // The speeches of every session the query selects, ordered by group number, session date,
    // session number, member number and title (offset and limit ignored).
    Status scan(const SessionQuery& sessions, const std::function<Status(const SpeechRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
