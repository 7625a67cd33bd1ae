#include "Access.h"

#include "Ledger.h"

#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace sl {

namespace {

Error denied(const QString& message)
{
    return Error{ErrorCode::Permission, {}, message};
}

} // namespace

Status Access::requireAdmin() const
{
    const Actor& a = m_ledger.actor();
    if (a.isSingleUser() || a.role == AccountRole::Admin)
        return {};
    return denied(QCoreApplication::translate(
        "sl::Access", "only an administrator may change the rubric and targets"));
}

Status Access::requireSecretaryOf(qint64 orgId) const
{
    const Actor& a = m_ledger.actor();
    if (a.isSingleUser())
        return {};
    if (a.role != AccountRole::Admin && a.role != AccountRole::Secretary)
        return denied(QCoreApplication::translate(
            "sl::Access", "only an administrator or a secretary may adjust an assessment"));
    return requireInScope(orgId);
}

Result<Member> Access::readableMember(qint64 memberId, const QString& notFound) const
{
    auto member = MemberRepository(m_ledger.db()).byId(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(QStringLiteral("member"), notFound);
    if (Status allowed = requireReadMember(memberId, (*member)->orgId); !allowed)
        return allowed.error();
    return **member;
}

Status Access::requireReadMember(qint64 memberId, qint64 memberOrgId) const
{
    const Actor& a = m_ledger.actor();
    if (a.isSingleUser())
        return {};
    if (a.role == AccountRole::Member) {
        if (a.memberId == memberId)
            return {};
        return denied(QCoreApplication::translate("sl::Access",
                                                  "a member account may only see its own records"));
    }
    return requireInScope(memberOrgId);
}

Status Access::requireReadGroup(qint64 groupOrgId) const
{
    const Actor& a = m_ledger.actor();
    if (a.isSingleUser())
        return {};
    if (a.role == AccountRole::Member)
        return denied(QCoreApplication::translate(
            "sl::Access", "a member account may not see a group's assessment"));
    return requireInScope(groupOrgId);
}

Status Access::requireInScope(qint64 orgId) const
{
    const Actor& a = m_ledger.actor();
    if (a.orgId == 0 || a.orgId == orgId)
        return {};
    auto subtree = OrgRepository(m_ledger.db()).subtreeIds(a.orgId);
    if (!subtree)
        return subtree.error();
    if (std::find(subtree->begin(), subtree->end(), orgId) != subtree->end())
        return {};
    return denied(
        QCoreApplication::translate("sl::Access", "outside the organisations of this account"));
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
        return Error::notFound(
            QStringLiteral("org"),
            QCoreApplication::translate("sl::Access", "no organisation with id %1").arg(scope.id));
    info.extId = (*org)->extId;
    info.name = (*org)->name;
    info.orgId = scope.id;
    return info;
}

Result<ScopeInfo> Access::readableScope(const ScopeRef& ref) const
{
    auto info = scope(ref);
    if (!info)
        return info.error();
    if (Status allowed = requireReadGroup(info->orgId); !allowed)
        return allowed.error();
    return info;
}

Result<ScopeInfo> Access::secretaryScope(const ScopeRef& ref) const
{
    auto info = scope(ref);
    if (!info)
        return info.error();
    if (Status allowed = requireSecretaryOf(info->orgId); !allowed)
        return allowed.error();
    return info;
}

} // namespace sl
