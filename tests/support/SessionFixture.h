#pragma once

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterImportService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"
#include "support/RosterRows.h"

#include <QTest>

// The roster of tests/data (orgs.csv, members-gb18030.csv, groups-en.csv, group-members.csv)
// built through the roster import service, for the tests of plans, sessions and attendance:
// committee D01 with branches B01 and B02; members M001 张三 and M002 李四 in B01, M003 王五 and
// M004 陈喆 in B02; central group G-C01 of D01 (M001 组长 from 2026-01-01, M003 副组长 for 2026,
// M004 列席) and branch group G-B01 of B01 (M001 成员, M002 成员 from 2026-03-01).
namespace session_fixture {

using roster_rows::member;
using roster_rows::org;

inline sl::ImportRow<sl::GroupRecord> group(int line, const char* ext, sl::GroupKind kind,
                                            const char* org)
{
    sl::GroupRecord r;
    r.group.extId = QString::fromUtf8(ext);
    r.group.name = QStringLiteral("学习组") + r.group.extId;
    r.group.kind = kind;
    r.orgRef = QString::fromUtf8(org);
    return {line, r};
}

inline sl::ImportRow<sl::MembershipRecord> seat(int line, const char* group, const char* member,
                                                sl::GroupRole role, sl::Date from = {},
                                                sl::Date to = {})
{
    sl::MembershipRecord r;
    r.groupRef = QString::fromUtf8(group);
    r.memberRef = QString::fromUtf8(member);
    r.membership.role = role;
    r.membership.from = from;
    r.membership.to = to;
    return {line, r};
}

// False when the roster did not go in.
inline bool buildRoster(sl::Ledger& ledger)
{
    using sl::Date;
    using sl::GroupRole;
    sl::RosterImportService roster(ledger);
    auto orgs = roster.importOrgs({org(2, "D01", "", sl::OrgKind::Committee),
                                   org(3, "B01", "D01", sl::OrgKind::Branch),
                                   org(4, "B02", "D01", sl::OrgKind::Branch)});
    auto members =
        roster.importMembers({member(2, "M001", "张三", "B01"), member(3, "M002", "李四", "B01"),
                              member(4, "M003", "王五", "B02"), member(5, "M004", "陈喆", "B02")});
    auto groups = roster.importGroups({group(2, "G-C01", sl::GroupKind::Central, "D01"),
                                       group(3, "G-B01", sl::GroupKind::Branch, "B01")});
    auto seats = roster.importMemberships(
        {seat(2, "G-C01", "M001", GroupRole::Leader, Date(2026, 1, 1)),
         seat(3, "G-C01", "M003", GroupRole::Deputy, Date(2026, 1, 1), Date(2026, 12, 31)),
         seat(4, "G-C01", "M004", GroupRole::Observer), seat(5, "G-B01", "M001", GroupRole::Member),
         seat(6, "G-B01", "M002", GroupRole::Member, Date(2026, 3, 1))});
    return orgs.ok() && orgs->ok() && members.ok() && members->ok() && groups.ok() &&
           groups->ok() && seats.ok() && seats->ok();
}

inline qint64 memberId(sl::Ledger& ledger, const char* ext)
{
    auto m = sl::RosterService(ledger).resolveMember(QString::fromUtf8(ext));
    return m.ok() ? m->id : 0;
}

inline qint64 groupId(sl::Ledger& ledger, const char* ext)
{
    auto g = sl::RosterService(ledger).resolveGroup(QString::fromUtf8(ext));
    return g.ok() ? g->id : 0;
}

inline qint64 orgId(sl::Ledger& ledger, const char* ext)
{
    auto o = sl::RosterService(ledger).resolveOrg(QString::fromUtf8(ext));
    return o.ok() ? o->id : 0;
}

// A held session of a group on a day (90 minutes at 14:30); its id, 0 on failure.
inline qint64 heldSession(sl::Ledger& ledger, const char* group, sl::Date date,
                          sl::SessionStatus status = sl::SessionStatus::Held)
{
    sl::StudySession s;
    s.groupId = groupId(ledger, group);
    s.date = date;
    s.start = QTime(14, 30);
    s.minutes = 90;
    s.topic = QStringLiteral("学习党的二十大精神");
    s.status = status;
    auto id = sl::SessionService(ledger).save(s);
    if (!id)
        qWarning("cannot save the session: %s", qPrintable(id.error().text()));
    return id ? *id : 0;
}

} // namespace session_fixture
