#pragma once

#include "services/RosterImportService.h"

// Rows of the roster import for test fixtures: an organisation named "组织<number>" and a member
// who joined the Party on 2005-07-01.
namespace roster_rows {

inline sl::ImportRow<sl::OrgRecord> org(int line, const char* ext, const char* parent,
                                        sl::OrgKind kind)
{
    sl::OrgRecord r;
    r.org.extId = QString::fromUtf8(ext);
    r.org.name = QStringLiteral("组织") + r.org.extId;
    r.org.kind = kind;
    r.parentRef = QString::fromUtf8(parent);
    return {line, r};
}

inline sl::ImportRow<sl::MemberRecord> member(int line, const char* ext, const char* name,
                                              const char* org)
{
    sl::MemberRecord r;
    r.member.extId = QString::fromUtf8(ext);
    r.member.name = QString::fromUtf8(name);
    r.member.joinDate = sl::Date(2005, 7, 1);
    r.orgRef = QString::fromUtf8(org);
    return {line, r};
}

} // namespace roster_rows
