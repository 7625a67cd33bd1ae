#pragma once

#include <QString>

// SQL fragments shared by the plan, session and attendance repositories (internal to
// src/storage): the organisation subtree as a sub-select with one bound root id.
namespace sl::sqlv {

// "IN (…)" the ids of an organisation and all its descendants; bind the root id once.
inline QString inOrgSubtree()
{
    return QStringLiteral(" IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM "
                          "organisations c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)");
}

} // namespace sl::sqlv
