#pragma once

#include "exchange/HeaderMap.h"

#include <QString>

#include <optional>
#include <vector>

namespace sl {

// The kinds of import and export file of FORMATS.md that this build handles.
enum class ImportKind
{
    Orgs,
    Members,
    Groups,
    GroupMembers
};

// "orgs", "members", "groups", "group-members".
std::optional<ImportKind> importKindFromName(const QString& name);
QString importKindName(ImportKind kind);
QStringList importKindNames();

// The columns of a kind, in the order export writes them (FORMATS.md "Import files").
const std::vector<ColumnSpec>& columnsOf(ImportKind kind);

} // namespace sl
