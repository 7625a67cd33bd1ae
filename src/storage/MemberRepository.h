#pragma once

#include "domain/Member.h"
#include "domain/Result.h"

#include <Qt>

#include <optional>
#include <vector>

namespace sl {

class Database;

// A member with the organisation it belongs to, as lists show it.
struct MemberRow
{
    Member member;
    QString orgExtId;
    QString orgName;
};

// What a member list asks for: an organisation (with or without its descendants), a filter
// text matched against name, number and phone, and an order.
struct MemberQuery
{
    enum class SortKey
    {
        ExtId,
        Name,
        Gender,
        JoinDate,
        Category,
        Org,
        Position,
        CadreLevel
    };

    qint64 orgId = 0; // 0: every organisation
    bool includeDescendants = true;
    QString filter;
    SortKey sortKey = SortKey::ExtId;
    Qt::SortOrder order = Qt::AscendingOrder;
    // The last row of the previous page: the next page continues after it (keyset paging, as
    // fast deep in a long list as at its top) for the number, name, organisation and position
    // orders; the other orders use the offset.
    std::optional<MemberRow> after;
};

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
    Status update(const Member& member);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace sl
