#pragma once

#include "domain/Registers.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// 专家资源库: the pool of outside speakers. (The sessions an expert gave are a SessionQuery
// with expertId.)
class ExpertRepository
{
public:
    explicit ExpertRepository(Database& db) : m_db(db) {}

    // Every expert, by name (pinyin order).
    Result<std::vector<Expert>> all();
    Result<std::optional<Expert>> byId(qint64 id);
    Result<std::vector<Expert>> byName(const QString& name);
    Result<qint64> insert(const Expert& expert);
    Status update(const Expert& expert);
    Status remove(qint64 id);
    // Number of sessions (any status) that name the expert as speaker.
    Result<int> sessionCount(qint64 expertId);

private:
    Database& m_db;
};

} // namespace sl
