#pragma once

#include "domain/Result.h"

#include <unordered_set>

namespace sl {

class Database;

// An organisation's subtree as sets of ids, for the statements that read a period's roll-up
// rows of the whole ledger once and keep those of the scope in C++: seeking each member's or
// each group's rows costs more than that scan once the scope is a large part of the ledger.
// Internal to src/storage.
struct ScopeSets
{
    std::unordered_set<qint64> orgs;   // the organisation and its descendants
    std::unordered_set<qint64> groups; // the study groups of those organisations
    // The subtree holds at least a quarter of the ledger's organisations: scanning the whole
    // ledger's rows is the better plan.
    bool large = false;
};

Result<ScopeSets> readScopeSets(Database& db, qint64 orgId);

} // namespace sl
