#include "Access.h"

#include "Ledger.h"

#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"
#include "storage/SessionRepository.h"

#include <algorithm>

namespace sl {

Reach Access::reach(Action action) const
{
    const Actor& a = m_ledger.actor();
    if (a.signedOut)
        return Reach::None;
    if (a.isSingleUser())
        return Reach::All;
    return sl::reach(a.role, action);
}

Error Access::denied(Action action, const QString& reason)
{
    return Error{ErrorCode::Permission,
                 {},
                 tr("not allowed: %1 — %2").arg(permissions::name(action), reason)};
}

Error Access::deniedByRole(Action action) const
{
    const Actor& a = m_ledger.actor();
    if (a.signedOut)
        return denied(action, tr("log in first"));
    if (sl::reach(AccountRole::Secretary, action) == Reach::None)
        return denied(action, tr("only an administrator may do this"));
    if (a.role == AccountRole::Leader)
        return denied(action, tr("a leader account only reads"));
    return denied(action, tr("a member account may not do this"));
}

Error Access::deniedOwn(Action action) const
{
    if (m_ledger.actor().memberId == 0)
        return denied(action, tr("this account is not linked to a member"));
    return denied(action, tr("a member account reaches only its own records"));
}

Error Access::deniedScope(Action action) const
{
    return denied(action, tr("outside the organisations of this account"));
}

Status Access::require(Action action) const
{
    if (reach(action) == Reach::None)
        return deniedByRole(action);
    return {};
}

Result<bool> Access::inScope(qint64 orgId) const
{
    const Actor& a = m_ledger.actor();
    if (a.isSingleUser() || a.orgId == 0 || a.orgId == orgId)
        return true;
    if (!m_subtree) {
        auto subtree = OrgRepository(m_ledger.db()).subtreeIds(a.orgId);
        if (!subtree)
            return subtree.error();
        m_subtree = std::move(subtree).value();
    }
    return std::find(m_subtree->begin(), m_subtree->end(), orgId) != m_subtree->end();
}

Status Access::require(Action action, qint64 orgId) const
{
    switch (reach(action)) {
    case Reach::None:
        return deniedByRole(action);
    case Reach::Own:
        return deniedOwn(action);
    case Reach::All:
        return {};
    case Reach::Subtree:
        break;
    }
    if (orgId == 0)
        return {};
    auto in = inScope(orgId);
    if (!in)
        return in.error();
    if (!*in)
        return deniedScope(action);
    return {};
}

Status Access::requireAll(Action action) const
{
    switch (reach(action)) {
    case Reach::None:
        return deniedByRole(action);
    case Reach::Own:
        return deniedOwn(action);
    case Reach::Subtree:
        return m_ledger.actor().orgId == 0 ? Status{} : Status(deniedScope(action));
    case Reach::All:
        break;
    }
    return {};
}

Status Access::requireOwn(Action action, qint64 memberId, qint64 memberOrgId) const
{
    if (reach(action) == Reach::Own) {
        const qint64 own = m_ledger.actor().memberId;
        if (own != 0 && own == memberId)
            return {};
        return deniedOwn(action);
    }
    return require(action, memberOrgId);
}

Status Access::requireMember(Action action, qint64 memberId) const
{
    const Reach r = reach(action);
    if (r == Reach::None)
        return deniedByRole(action);
    if (r == Reach::All)
        return {};
    if (r == Reach::Own)
        return requireOwn(action, memberId, 0);
    if (m_ledger.actor().orgId == 0)
        return {};
    auto member = MemberRepository(m_ledger.db()).byId(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return {};
    return require(action, (*member)->orgId);
}

Status Access::requireGroup(Action action, qint64 groupId, bool unknownReadsNothing) const
{
    const Reach r = reach(action);
    if (r == Reach::None)
        return deniedByRole(action);
    if (r == Reach::All)
        return {};
    auto group = GroupRepository(m_ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group) {
        if (unknownReadsNothing)
            return {};
        return Error::notFound(QStringLiteral("group_id"), tr("no such study group"));
    }
    if (r == Reach::Subtree)
        return require(action, (*group)->orgId);
    const qint64 own = m_ledger.actor().memberId;
    if (own != 0) {
        auto seats = GroupRepository(m_ledger.db()).memberships(groupId);
        if (!seats)
            return seats.error();
        for (const MembershipRow& seat : *seats) {
            if (seat.membership.memberId == own)
                return {};
        }
    }
    return deniedOwn(action);
}

Status Access::requireSession(Action action, qint64 sessionId) const
{
    const Reach r = reach(action);
    if (r == Reach::None)
        return deniedByRole(action);
    if (r == Reach::All)
        return {};
    auto session = SessionRepository(m_ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return {};
    return requireGroup(action, (*session)->groupId);
}

Result<qint64> Access::readRoot(Action action) const
{
    switch (reach(action)) {
    case Reach::None:
        return deniedByRole(action);
    case Reach::Own:
        return deniedOwn(action);
    case Reach::All:
        return qint64(0);
    case Reach::Subtree:
        break;
    }
    return m_ledger.actor().orgId;
}

Status Access::limitRoot(Action action, qint64& rootOrgId) const
{
    auto root = readRoot(action);
    if (!root)
        return root.error();
    if (*root == 0)
        return {};
    if (rootOrgId == 0) {
        rootOrgId = *root;
        return {};
    }
    return require(action, rootOrgId);
}

Status Access::limitMember(Action action, qint64& memberId, qint64& rootOrgId) const
{
    if (reach(action) == Reach::Own) {
        const qint64 own = m_ledger.actor().memberId;
        if (own == 0 || (memberId != 0 && memberId != own))
            return deniedOwn(action);
        memberId = own;
        return {};
    }
    return limitRoot(action, rootOrgId);
}

qint64 Access::ownMember(Action action) const
{
    return reach(action) == Reach::Own ? m_ledger.actor().memberId : 0;
}

Result<Member> Access::readableMember(Action action, qint64 memberId, const QString& notFound) const
{
    if (Status allowed = require(action); !allowed)
        return allowed.error();
    auto member = MemberRepository(m_ledger.db()).byId(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(QStringLiteral("member"), notFound);
    if (Status allowed = requireOwn(action, memberId, (*member)->orgId); !allowed)
        return allowed.error();
    return **member;
}

Result<ScopeInfo> Access::scope(const ScopeRef& scope) const
{
    ScopeInfo info;
    info.ref = scope;
    if (scope.isGroup()) {
        auto group = GroupRepository(m_ledger.db()).byId(scope.id);
        if (!group)
            return group.error();
        if (!*group)
            return Error::notFound(
                QStringLiteral("group"),
                QCoreApplication::translate("sl", "no group with id %1").arg(scope.id));
        info.extId = (*group)->extId;
        info.name = (*group)->name;
        info.orgId = (*group)->orgId;
        return info;
    }
    auto org = OrgRepository(m_ledger.db()).byId(scope.id);
    if (!org)
        return org.error();
    if (!*org)
        return Error::notFound(QStringLiteral("org"),
                               tr("no organisation with id %1").arg(scope.id));
    info.extId = (*org)->extId;
    info.name = (*org)->name;
    info.orgId = scope.id;
    return info;
}

Result<ScopeInfo> Access::scopeFor(Action action, const ScopeRef& ref) const
{
    if (Status allowed = require(action); !allowed)
        return allowed.error();
    auto info = scope(ref);
    if (!info)
        return info.error();
    if (Status allowed = require(action, info->orgId); !allowed)
        return allowed.error();
    return info;
}

} // namespace sl
