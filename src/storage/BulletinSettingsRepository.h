#pragma once

#include "domain/Bulletin.h"
#include "domain/Result.h"

#include <optional>

namespace sl {

class Database;

// The settings of each issuing organisation (table `bulletin_settings`, one row per
// organisation).
class BulletinSettingsRepository
{
public:
    explicit BulletinSettingsRepository(Database& db) : m_db(db) {}

    // The stored settings of the organisation, if any.
    Result<std::optional<BulletinSettings>> find(qint64 orgId);
    // Inserts or replaces the row of settings.orgId.
    Status save(const BulletinSettings& settings);

private:
    Database& m_db;
};

} // namespace sl
