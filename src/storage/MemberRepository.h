#pragma once

#include "domain/MemberRecords.h"
#include "domain/TextRow.h"

#include "domain/Member.h"
#include "domain/Result.h"

#include <Qt>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace sl {

class Database;
class NativeStatement;

// 党员. Lists are read a page at a time so that 100,000 members open at once.
class MemberRepository
{
public:
    explicit MemberRepository(Database& db) : m_db(db) {}

    Result<qint64> count(const MemberQuery& query);
    Result<std::vector<MemberRow>> page(const MemberQuery& query, int offset, int limit);
    // Every row of the query, in its order, one at a time (an export holds no list); stops at
    // the first visit that fails and returns its error.
    Status scan(const MemberQuery& query, const std::function<Status(const MemberRow&)>& visit);
    // The same rows as stored text, for an export: number, name, gender code, birth and join
    // dates, category code, organisation number, position, cadre level code, phone.
    Status scanText(const MemberQuery& query, const std::function<Status(const TextRow&)>& visit);

    Result<std::optional<Member>> byId(qint64 id);
    Result<std::optional<Member>> byExtId(const QString& extId);
    // The greatest number by length, then text (so that M0000100 comes after M0000099); empty
    // when no member has one.
    Result<QString> highestExtId();
    Result<std::vector<Member>> byName(const QString& name);
    Result<qint64> insert(const Member& member);
    // Inserts unless a member with the same number exists: the new id, or 0 (nothing changed).
    // Run once per row of an import: the statement is compiled once per repository and bound
    // through SQLite's own API.
    Result<qint64> insertNew(const Member& member);
    // Inserts the member again under its own id (the undo of a removal).
    Status restore(const Member& member);
    Status update(const Member& member);
    Status remove(qint64 id);

private:
    // Prepares and runs the query's statement on `q` (the page after query.after, if set).
    Status run(QSqlQuery& q, const MemberQuery& query, int offset, int limit);
    // Runs `sql` with the member's columns bound, then its id.
    Status writeWithId(const QString& sql, const Member& member);

    Database& m_db;
    std::shared_ptr<NativeStatement> m_insertNew;
};

} // namespace sl
