#pragma once

#include "domain/Organisation.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// 党组织: the organisation tree.
class OrgRepository
{
public:
    explicit OrgRepository(Database& db) : m_db(db) {}

    Result<std::vector<Organisation>> all();
    Result<std::optional<Organisation>> byId(qint64 id);
    Result<std::optional<Organisation>> byExtId(const QString& extId);
    Result<std::vector<Organisation>> byName(const QString& name);
    // The organisation and all its descendants.
    Result<std::vector<qint64>> subtreeIds(qint64 rootId);
    Result<qint64> insert(const Organisation& org);
    Status update(const Organisation& org);
    Status remove(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace sl
