#pragma once

#include "domain/Result.h"

#include <optional>

namespace sl {

class Database;

// The years that hold records (sessions or self-study entries), read through the date indexes
// of both tables (a seek each, however large the ledger).
class RecordYearRepository
{
public:
    explicit RecordYearRepository(Database& db) : m_db(db) {}

    // True when a session or a self-study entry is dated in `year`.
    Result<bool> hasRecords(int year);
    // The latest year of a session or self-study entry not after `notAfter`; none when there
    // are no such records.
    Result<std::optional<int>> latestYear(int notAfter);

private:
    Database& m_db;
};

} // namespace sl
