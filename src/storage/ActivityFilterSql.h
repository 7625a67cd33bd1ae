#pragma once

#include "ScopeSql.h"
#include "SqlValues.h"
#include "domain/ActivityFilter.h"

#include <QStringList>
#include <QVariantList>

// The WHERE clause of an ActivityFilter, shared by the self-study and writing repositories
// (internal to src/storage). `alias` is the table alias of the activity table; the members
// table must be joined as `m`.
namespace sl::sqlv {

struct FilterClause
{
    QString sql; // "" or " WHERE …"
    QVariantList values;
};

inline FilterClause whereOf(const ActivityFilter& filter, const QString& alias)
{
    FilterClause out;
    QStringList parts;
    if (dates::isSet(filter.from)) {
        parts << alias + QStringLiteral(".date >= ?");
        out.values << date(filter.from);
    }
    if (dates::isSet(filter.to)) {
        parts << alias + QStringLiteral(".date <= ?");
        out.values << date(filter.to);
    }
    if (filter.rootOrgId > 0) {
        parts << QStringLiteral("m.org_id") + inOrgSubtree();
        out.values << filter.rootOrgId;
    }
    if (filter.groupId > 0) {
        parts << QStringLiteral(
            "m.id IN (SELECT gm.member_id FROM group_memberships gm WHERE gm.group_id = ?)");
        out.values << filter.groupId;
    }
    if (!parts.isEmpty())
        out.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return out;
}

} // namespace sl::sqlv
