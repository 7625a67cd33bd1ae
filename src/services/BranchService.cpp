#include "BranchService.h"

#include "Access.h"
#include "Ledger.h"
#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/EnumTraits.h"
#include "domain/RosterRules.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

#include <algorithm>

namespace sl {

namespace {

Error conflict(const QString& field, const QString& message)
{
    return Error{ErrorCode::Conflict, field, message};
}

QString orgText(const Organisation& o)
{
    return QStringLiteral("党组织 %1 %2").arg(o.extId, o.name);
}

QString groupText(const StudyGroup& g)
{
    return QStringLiteral("学习组 %1 %2").arg(g.extId, g.name);
}

QString membershipText(const GroupMembership& m)
{
    return QStringLiteral("学习组 #%1 成员 #%2 %3")
        .arg(m.groupId)
        .arg(m.memberId)
        .arg(enumZh(m.role));
}

// Writes one audit row for a change of `entity` (create, update or delete).
Status writeAudit(Ledger& ledger, const QString& action, const QString& entity, qint64 id,
                  const QString& text)
{
    return AuditRepository(ledger.db()).record(ledger.actor().accountId, action, entity, id, text);
}

} // namespace

Result<qint64> BranchService::saveOrganisation(const Organisation& org)
{
    Access access(m_ledger);
    if (org.id != 0)
        if (Status s = access.require(Action::RosterWrite, org.id); !s)
            return s.error();
    OrgRepository repo(m_ledger.db());
    std::optional<Organisation> before;
    if (org.id != 0) {
        auto stored = repo.byId(org.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error::notFound(QStringLiteral("id"), tr("no such organisation"));
        before = **stored;
    }
    if (!before || before->parentId != org.parentId) {
        Status allowed = org.parentId == 0 ? access.requireAll(Action::RosterWrite)
                                           : access.require(Action::RosterWrite, org.parentId);
        if (!allowed)
            return Error{allowed.error().code, QStringLiteral("parent_id"),
                         allowed.error().message};
    }
    if (const auto problems = rules::checkOrganisation(org); !problems.empty())
        return problems.front();
    auto same = repo.byExtId(org.extId);
    if (!same)
        return same.error();
    if (*same && (*same)->id != org.id)
        return conflict(QStringLiteral("id"),
                        tr("%1 is the number of %2 already").arg(org.extId, (*same)->name));
    if (org.parentId != 0) {
        auto parent = repo.byId(org.parentId);
        if (!parent)
            return parent.error();
        if (!*parent)
            return Error::notFound(QStringLiteral("parent_id"), tr("no such organisation"));
        if (org.id != 0) {
            auto below = repo.subtreeIds(org.id);
            if (!below)
                return below.error();
            if (std::find(below->begin(), below->end(), org.parentId) != below->end())
                return Error::invalid(QStringLiteral("parent_id"),
                                      tr("makes the organisation its own ancestor"));
        }
    }
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    qint64 id = org.id;
    if (id == 0) {
        auto inserted = repo.insert(org);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(org); !s) {
        return s.error();
    }
    const QString text = before ? audit::Diff()
                                      .field(QStringLiteral("编号"), before->extId, org.extId)
                                      .field(QStringLiteral("名称"), before->name, org.name)
                                      .field(QStringLiteral("上级"), before->parentId, org.parentId)
                                      .text(orgText(org))
                                : audit::created(orgText(org));
    if (Status s =
            writeAudit(m_ledger, before ? QStringLiteral("update") : QStringLiteral("create"),
                       QStringLiteral("organisation"), id, text);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BranchService::removeOrganisation(qint64 id)
{
    if (Status s = Access(m_ledger).require(Action::RosterWrite, id); !s)
        return s;
    OrgRepository repo(m_ledger.db());
    auto gone = repo.byId(id);
    if (!gone)
        return gone.error();
    if (!*gone)
        return Error::notFound(QStringLiteral("id"), tr("no such organisation"));
    auto below = repo.subtreeIds(id);
    if (!below)
        return below.error();
    auto groups = GroupRepository(m_ledger.db()).list({id});
    if (!groups)
        return groups.error();
    if (below->size() > 1 || !groups->empty())
        return conflict(QStringLiteral("id"),
                        tr("%1 still has sub-organisations or study groups").arg((*gone)->name));
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = repo.remove(id); !s)
        return conflict(QStringLiteral("id"),
                        tr("%1 still has members or records").arg((*gone)->name));
    if (Status s = writeAudit(m_ledger, QStringLiteral("delete"), QStringLiteral("organisation"),
                              id, audit::removed(orgText(**gone)));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> BranchService::saveGroup(const StudyGroup& group)
{
    Access access(m_ledger);
    GroupRepository repo(m_ledger.db());
    std::optional<StudyGroup> before;
    if (group.id != 0) {
        auto stored = repo.byId(group.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error::notFound(QStringLiteral("id"), tr("no such study group"));
        before = **stored;
        if (Status s = access.require(Action::RosterWrite, before->orgId); !s)
            return s.error();
    }
    if (Status s = access.require(Action::RosterWrite, group.orgId); !s)
        return Error{s.error().code, QStringLiteral("org_id"), s.error().message};
    if (const auto problems = rules::checkGroup(group); !problems.empty())
        return problems.front();
    auto org = OrgRepository(m_ledger.db()).byId(group.orgId);
    if (!org)
        return org.error();
    if (!*org)
        return Error::notFound(QStringLiteral("org_id"), tr("no such organisation"));
    auto same = repo.byExtId(group.extId);
    if (!same)
        return same.error();
    if (*same && (*same)->id != group.id)
        return conflict(QStringLiteral("id"),
                        tr("%1 is the number of %2 already").arg(group.extId, (*same)->name));
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    qint64 id = group.id;
    if (id == 0) {
        auto inserted = repo.insert(group);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(group); !s) {
        return s.error();
    }
    const QString text = before ? audit::Diff()
                                      .field(QStringLiteral("编号"), before->extId, group.extId)
                                      .field(QStringLiteral("名称"), before->name, group.name)
                                      .field(QStringLiteral("党组织"), before->orgId, group.orgId)
                                      .text(groupText(group))
                                : audit::created(groupText(group));
    if (Status s =
            writeAudit(m_ledger, before ? QStringLiteral("update") : QStringLiteral("create"),
                       QStringLiteral("study_group"), id, text);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BranchService::removeGroup(qint64 id)
{
    GroupRepository repo(m_ledger.db());
    auto gone = repo.byId(id);
    if (!gone)
        return gone.error();
    if (!*gone)
        return Error::notFound(QStringLiteral("id"), tr("no such study group"));
    if (Status s = Access(m_ledger).require(Action::RosterWrite, (*gone)->orgId); !s)
        return s;
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = repo.remove(id); !s)
        return conflict(QStringLiteral("id"),
                        tr("%1 still has sessions or plans").arg((*gone)->name));
    if (Status s = writeAudit(m_ledger, QStringLiteral("delete"), QStringLiteral("study_group"), id,
                              audit::removed(groupText(**gone)));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> BranchService::saveMembership(const GroupMembership& membership)
{
    GroupRepository repo(m_ledger.db());
    auto group = repo.byId(membership.groupId);
    if (!group)
        return group.error();
    if (!*group)
        return Error::notFound(QStringLiteral("group_id"), tr("no such study group"));
    if (Status s = Access(m_ledger).require(Action::RosterWrite, (*group)->orgId); !s)
        return Error{s.error().code, QStringLiteral("group_id"), s.error().message};
    if (const auto problems = rules::checkMembership(membership); !problems.empty())
        return problems.front();
    auto member = MemberRepository(m_ledger.db()).byId(membership.memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(QStringLiteral("member_id"), tr("no such member"));
    auto held = repo.membership(membership.groupId, membership.memberId);
    if (!held)
        return held.error();
    if (*held && (*held)->id != membership.id)
        return conflict(QStringLiteral("member_id"),
                        tr("%1 is in %2 already").arg((*member)->name, (*group)->name));
    std::optional<GroupMembership> before;
    if (membership.id != 0) {
        auto stored = repo.membershipById(membership.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error::notFound(QStringLiteral("id"), tr("no such membership"));
        before = **stored;
    }
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    qint64 id = membership.id;
    if (id == 0) {
        auto inserted = repo.insertMembership(membership);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.updateMembership(membership); !s) {
        return s.error();
    }
    const QString subject = membershipText(membership);
    const QString text =
        before ? audit::Diff()
                     .field(QStringLiteral("角色"), enumZh(before->role), enumZh(membership.role))
                     .field(QStringLiteral("起"), before->from, membership.from)
                     .field(QStringLiteral("止"), before->to, membership.to)
                     .text(subject)
               : audit::created(subject);
    if (Status s =
            writeAudit(m_ledger, before ? QStringLiteral("update") : QStringLiteral("create"),
                       QStringLiteral("membership"), id, text);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BranchService::removeMembership(qint64 id)
{
    GroupRepository repo(m_ledger.db());
    auto gone = repo.membershipById(id);
    if (!gone)
        return gone.error();
    if (!*gone)
        return Error::notFound(QStringLiteral("id"), tr("no such membership"));
    auto group = repo.byId((*gone)->groupId);
    if (!group)
        return group.error();
    if (Status s = Access(m_ledger).require(Action::RosterWrite, *group ? (*group)->orgId : 0); !s)
        return s;
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    if (Status s = repo.removeMembership(id); !s)
        return s;
    if (Status s = writeAudit(m_ledger, QStringLiteral("delete"), QStringLiteral("membership"), id,
                              audit::removed(membershipText(**gone)));
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
