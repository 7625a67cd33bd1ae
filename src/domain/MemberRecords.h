#pragma once

#include "domain/Member.h"
#include "domain/Result.h"

#include <Qt>

#include <optional>
#include <vector>

// The rows and queries of member lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

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
    // Only the members who have not left (停用): pickers for new records and the members list
    // unless it shows the inactive too.
    bool activeOnly = false;
    SortKey sortKey = SortKey::ExtId;
    Qt::SortOrder order = Qt::AscendingOrder;
    // The last row of the previous page: the next page continues after it (keyset paging, as
    // fast deep in a long list as at its top) for the number, name, organisation and position
    // orders; the other orders use the offset.
    std::optional<MemberRow> after;
};

} // namespace sl
