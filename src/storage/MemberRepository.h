#pragma once

#include "domain/MemberRecords.h"

#include "domain/Member.h"
#include "domain/Result.h"

#include <Qt>

#include <optional>
#include <vector>

namespace sl {

class Database;

// 党员. Lists are read a page at a time so that 100,000 members open at once.
class MemberRepository
{
public:
    explicit MemberRepository(Database& db) : m_db(db) {}

    Result<qint64> count(const MemberQuery& query);
    Result<std::vector<MemberRow>> page(const MemberQuery& query, int offset, int limit);

    Result<std::optional<Member>> byId(qint64 id);
    Result<std::optional<Member>> byExtId(const QString& extId);
    Result<std::vector<Member>> byName(const QString& name);
    Result<qint64> insert(const Member& member);
    // Inserts unless a member with the same number exists: the new id, or 0 (nothing changed).
    Result<qint64> insertNew(const Member& member);
    Status update(const Member& member);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace sl
