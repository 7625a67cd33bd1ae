#pragma once

#include "domain/ModelUnitRecords.h"

#include "domain/Registers.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// 示范点与品牌活动 and their status history.
class ModelUnitRepository
{
public:
    explicit ModelUnitRepository(Database& db) : m_db(db) {}

    // Ordered by year (newest first), then name.
    Result<std::vector<ModelUnitRow>> list(const ModelUnitQuery& query);
    Result<std::optional<ModelUnit>> byId(qint64 id);
    Result<qint64> insert(const ModelUnit& unit);
    Status update(const ModelUnit& unit); // every column, the status included
    Status remove(qint64 id);             // with its history

    // The history of a unit, oldest first.
    Result<std::vector<ModelUnitChange>> history(qint64 unitId);
    Result<qint64> insertChange(const ModelUnitChange& change);
    Status removeChange(qint64 changeId);

private:
    Database& m_db;
};

} // namespace sl
