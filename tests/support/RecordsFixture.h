#pragma once

#include "services/Ledger.h"
#include "services/RosterImportService.h"
#include "services/RosterService.h"
#include "storage/Database.h"
#include "support/RosterRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// A small roster for the tests of members' records (self-study, writings): committee D01 with
// branches B01 and B02, members M001 and M002 in B01, M003 in B02. Built through the roster
// import service, in single-user mode.
namespace records_fixture {

using roster_rows::member;
using roster_rows::org;

// Returns false (after a failed QVERIFY in the caller's test) when the roster did not go in.
inline bool buildRoster(sl::Ledger& ledger)
{
    using sl::OrgKind;
    sl::RosterImportService roster(ledger);
    auto orgs = roster.importOrgs({org(2, "D01", "", OrgKind::Committee),
                                   org(3, "B01", "D01", OrgKind::Branch),
                                   org(4, "B02", "D01", OrgKind::Branch)});
    if (!orgs.ok() || !orgs->ok())
        return false;
    auto members =
        roster.importMembers({member(2, "M001", "张三", "B01"), member(3, "M002", "李四", "B01"),
                              member(4, "M003", "王五", "B02")});
    return members.ok() && members->ok();
}

inline qint64 memberId(sl::Ledger& ledger, const char* ext)
{
    auto m = sl::RosterService(ledger).resolveMember(QString::fromUtf8(ext));
    return m.ok() ? m->id : 0;
}

// An account of the role (linked to the member, if any), as the acting account. There is no
// account service yet, so the row is written here; the audit log refers to it.
inline sl::Actor account(sl::Ledger& ledger, sl::AccountRole role, qint64 memberId = 0)
{
    static int counter = 0;
    QSqlQuery q(ledger.db().connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, password_hash, role, member_id, "
                             "created_at) VALUES (?, 'x', ?, ?, '2026-01-01T00:00:00')"));
    q.addBindValue(QStringLiteral("user%1").arg(++counter));
    q.addBindValue(sl::enumCode(role));
    q.addBindValue(memberId > 0 ? QVariant(memberId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        qWarning("cannot add an account: %s", qPrintable(q.lastError().text()));
    sl::Actor a;
    a.accountId = q.lastInsertId().toLongLong();
    a.role = role;
    a.memberId = memberId;
    return a;
}

// The error text of a failed result, for QVERIFY2 (which evaluates its message even when the
// check passes); "" for a result that holds a value.
template <typename R> QString why(const R& result)
{
    return result.ok() ? QString() : result.error().text();
}

} // namespace records_fixture
