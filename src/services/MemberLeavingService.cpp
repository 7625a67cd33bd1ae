#include "MemberLeavingService.h"

#include "Access.h"
#include "Ledger.h"
#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/AuditRecords.h"
#include "domain/EnumTraits.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberLeavingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

namespace sl {

namespace {

QString endsText(const std::vector<GroupMembership>& ends)
{
    return ends.empty() ? QString()
                        : QStringLiteral("，学习组成员资格 %1 项").arg(qsizetype(ends.size()));
}

} // namespace

Result<Member> MemberLeavingService::writable(qint64 memberId)
{
    if (Status s = Access(m_ledger).requireMember(Action::RosterWrite, memberId); !s)
        return s.error();
    auto member = MemberRepository(m_ledger.db()).byId(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(QStringLiteral("member"), tr("no such member"));
    return **member;
}

Result<MemberMove> MemberLeavingService::endMemberships(MemberMove move, const Date& date,
                                                        qint64 orgId)
{
    auto open = MemberLeavingRepository(m_ledger.db()).endableOn(move.before.id, date, orgId);
    if (!open)
        return open.error();
    move.membershipsBefore = *open;
    for (GroupMembership m : *open) {
        m.to = date;
        move.membershipsAfter.push_back(m);
    }
    return move;
}

Result<MemberMove> MemberLeavingService::transfer(qint64 memberId, qint64 toOrgId, const Date& date)
{
    auto member = writable(memberId);
    if (!member)
        return member.error();
    if (!member->isActive())
        return Error{ErrorCode::Conflict, QStringLiteral("member"),
                     tr("%1 has left; reactivate the member first").arg(member->name)};
    if (!dates::isSet(date))
        return Error::invalid(QStringLiteral("date"), tr("enter the date of the transfer"));
    if (toOrgId == member->orgId)
        return Error::invalid(QStringLiteral("org_id"),
                              tr("choose an organisation other than the member's own"));
    auto org = OrgRepository(m_ledger.db()).byId(toOrgId);
    if (!org)
        return org.error();
    if (!*org)
        return Error::invalid(QStringLiteral("org_id"), tr("choose an organisation"));
    if (Status s = Access(m_ledger).require(Action::RosterWrite, toOrgId); !s)
        return Error{s.error().code, QStringLiteral("org_id"), s.error().message};
    MemberMove move{*member, *member, {}, {}};
    move.after.orgId = toOrgId;
    auto ended = endMemberships(move, date, member->orgId);
    if (!ended)
        return ended.error();
    const QString what = QStringLiteral("转出 %1 至 %2，%3%4")
                             .arg(audit::memberText(*member), (*org)->name, dates::toIso(date),
                                  endsText(ended->membershipsAfter));
    if (Status s = write(ended->before, ended->after, ended->membershipsAfter, what); !s)
        return s.error();
    return ended;
}

Result<MemberMove> MemberLeavingService::deactivate(qint64 memberId, const Date& date,
                                                    LeaveReason reason, const QString& note)
{
    auto member = writable(memberId);
    if (!member)
        return member.error();
    if (!member->isActive())
        return Error{ErrorCode::Conflict, QStringLiteral("member"),
                     tr("%1 has left already").arg(member->name)};
    if (!dates::isSet(date))
        return Error::invalid(QStringLiteral("date"), tr("enter the day the member left"));
    MemberMove move{*member, *member, {}, {}};
    move.after.leftOn = date;
    move.after.leaveReason = reason;
    move.after.leaveNote = note.trimmed();
    auto ended = endMemberships(move, date, 0);
    if (!ended)
        return ended.error();
    const QString what = QStringLiteral("停用 %1：%2，%3%4")
                             .arg(audit::memberText(*member), enumZh(reason), dates::toIso(date),
                                  endsText(ended->membershipsAfter));
    if (Status s = write(ended->before, ended->after, ended->membershipsAfter, what); !s)
        return s.error();
    return ended;
}

Result<MemberMove> MemberLeavingService::reactivate(qint64 memberId)
{
    auto member = writable(memberId);
    if (!member)
        return member.error();
    if (member->isActive())
        return Error{ErrorCode::Conflict, QStringLiteral("member"),
                     tr("%1 is active").arg(member->name)};
    MemberMove move{*member, *member, {}, {}};
    move.after.leftOn = Date();
    move.after.leaveReason.reset();
    move.after.leaveNote.clear();
    auto all = GroupRepository(m_ledger.db()).membershipsOf(memberId);
    if (!all)
        return all.error();
    for (const MembershipRow& row : *all) {
        if (row.membership.to != member->leftOn)
            continue;
        move.membershipsBefore.push_back(row.membership);
        move.membershipsAfter.push_back(row.membership);
        move.membershipsAfter.back().to = Date();
    }
    const QString what = QStringLiteral("恢复 %1%2")
                             .arg(audit::memberText(*member), endsText(move.membershipsAfter));
    if (Status s = write(move.before, move.after, move.membershipsAfter, what); !s)
        return s.error();
    return move;
}

Status MemberLeavingService::revert(const MemberMove& move)
{
    if (auto stored = writable(move.after.id); !stored)
        return stored.error();
    return write(move.after, move.before, move.membershipsBefore,
                 audit::memberChange(move.after, move.before));
}

Status MemberLeavingService::reapply(const MemberMove& move)
{
    if (auto stored = writable(move.before.id); !stored)
        return stored.error();
    if (move.after.orgId != move.before.orgId)
        if (Status s = Access(m_ledger).require(Action::RosterWrite, move.after.orgId); !s)
            return s;
    return write(move.before, move.after, move.membershipsAfter,
                 audit::memberChange(move.before, move.after));
}

Status MemberLeavingService::write(const Member& from, const Member& to,
                                   const std::vector<GroupMembership>& ends, const QString& what)
{
    if (to.orgId != from.orgId)
        if (Status s = Access(m_ledger).require(Action::RosterWrite, to.orgId); !s)
            return s;
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = MemberRepository(m_ledger.db()).update(to); !s)
        return s;
    MemberLeavingRepository leaving(m_ledger.db());
    for (const GroupMembership& m : ends)
        if (Status s = leaving.setEnd(m.id, m.to); !s)
            return s;
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("update"),
                               QStringLiteral("member"), to.id, what);
        !s)
        return s;
    return tx.commit();
}

Result<qint64> MemberLeavingService::recordCount(qint64 memberId)
{
    if (Status s = Access(m_ledger).requireMember(Action::RosterRead, memberId); !s)
        return s.error();
    return MemberLeavingRepository(m_ledger.db()).recordCount(memberId);
}

Result<RemovedMember> MemberLeavingService::remove(qint64 memberId)
{
    auto member = writable(memberId);
    if (!member)
        return member.error();
    auto count = MemberLeavingRepository(m_ledger.db()).recordCount(memberId);
    if (!count)
        return count.error();
    if (*count > 0)
        return Error{ErrorCode::Conflict, QStringLiteral("id"),
                     tr("%1 has %2 records (attendance, self-study, writings, speeches, "
                        "assessment): transfer or deactivate the member instead")
                         .arg(member->name)
                         .arg(*count)};
    auto memberships = GroupRepository(m_ledger.db()).membershipsOf(memberId);
    if (!memberships)
        return memberships.error();
    auto accounts = MemberLeavingRepository(m_ledger.db()).linkedAccounts(memberId);
    if (!accounts)
        return accounts.error();
    RemovedMember removed{*member, {}, std::move(*accounts)};
    for (const MembershipRow& row : *memberships)
        removed.memberships.push_back(row.membership);
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = MemberRepository(m_ledger.db()).remove(memberId); !s)
        return s.error();
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                               QStringLiteral("member"), memberId,
                               audit::removed(audit::memberText(*member)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return removed;
}

Status MemberLeavingService::restore(const RemovedMember& removed)
{
    const Member& m = removed.member;
    if (Status s = Access(m_ledger).require(Action::RosterWrite, m.orgId); !s)
        return s;
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = MemberRepository(m_ledger.db()).restore(m); !s)
        return Error{ErrorCode::Conflict, QStringLiteral("id"),
                     tr("%1 cannot be put back: %2").arg(m.name, s.error().message)};
    GroupRepository groups(m_ledger.db());
    for (const GroupMembership& gm : removed.memberships)
        if (auto inserted = groups.insertMembership(gm); !inserted)
            return inserted.error();
    for (const qint64 account : removed.linkedAccounts)
        if (Status s = MemberLeavingRepository(m_ledger.db()).relinkAccount(account, m.id); !s)
            return s;
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("create"),
                        QStringLiteral("member"), m.id, audit::created(audit::memberText(m)));
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
