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
    GroupMembers,
    SelfStudy,
    Writings,
    Plans,
    Sessions,
    Attendance,
    Speeches
};

// "orgs", "members", "groups", "group-members", "plans", "sessions", "attendance", "speeches",
// "selfstudy", "writings".
std::optional<ImportKind> importKindFromName(const QString& name);
QString importKindName(ImportKind kind);
QStringList importKindNames();

// The columns of a kind, in the order export writes them (FORMATS.md "Import files").
const std::vector<ColumnSpec>& columnsOf(ImportKind kind);
// The Chinese header that export writes for a kind.
QStringList headerOf(ImportKind kind);
// What each column of a kind holds, in the same order (TableFileWriter::open).
std::vector<CellKind> kindsOf(ImportKind kind);

// Whether the kind is a member's own records (selfstudy, writings: ActivityFiles) rather than
// the roster (RosterFiles).
bool isActivityKind(ImportKind kind);

// Whether the kind is a secretary's record of study (plans, sessions, attendance, speeches:
// SessionFiles).
bool isSessionKind(ImportKind kind);

} // namespace sl
