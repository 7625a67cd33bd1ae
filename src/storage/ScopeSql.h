#pragma once

#include <QString>

// The organisation subtree in SQL, spelled once for every repository (internal to src/storage).
namespace sl::sqlv {

// "WITH RECURSIVE name(id) AS (…) ": the ids of an organisation and all its descendants as a
// common table expression; bind the root id once.
inline QString orgSubtreeCte(const QString& name)
{
    return QStringLiteral("WITH RECURSIVE %1(id) AS (SELECT ? UNION SELECT c.id FROM "
                          "organisations c JOIN %1 ON c.parent_id = %1.id) ")
        .arg(name);
}

// "SELECT id FROM …": the same ids as a query of their own; bind the root id once.
inline QString orgSubtreeSelect()
{
    return orgSubtreeCte(QStringLiteral("sub")) + QStringLiteral("SELECT id FROM sub");
}

// " IN (…)" the ids of an organisation and all its descendants; bind the root id once.
inline QString inOrgSubtree()
{
    return QStringLiteral(" IN (") + orgSubtreeSelect() + QStringLiteral(")");
}

} // namespace sl::sqlv
