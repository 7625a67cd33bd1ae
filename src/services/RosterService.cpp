#include "RosterService.h"

#include "Clock.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/RosterRules.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>

namespace sl {

namespace {

// Resolves a reference by number first, then by unique name.
template <typename T, typename ByExt, typename ByName>
Result<T> resolve(const QString& ref, const QString& what, ByExt byExt, ByName byName)
{
    const QString key = ref.trimmed();
    if (key.isEmpty())
        return Error::invalid(what, QCoreApplication::translate("sl", "is required"));
    auto found = byExt(key);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto named = byName(key);
    if (!named)
        return named.error();
    if (named->size() == 1)
        return named->front();
    if (named->size() > 1)
        return Error::invalid(
            what,
            QCoreApplication::translate("sl", "the name %1 is ambiguous; use the number").arg(key));
    return Error::notFound(
        what, QCoreApplication::translate("sl", "no %1 with number or name %2").arg(what, key));
}

} // namespace

Result<std::vector<Organisation>> RosterService::organisations()
{
    return OrgRepository(m_ledger.db()).all();
}

Result<std::vector<qint64>> RosterService::subtree(qint64 orgId)
{
    return OrgRepository(m_ledger.db()).subtreeIds(orgId);
}

Result<Organisation> RosterService::resolveOrg(const QString& ref)
{
    OrgRepository repo(m_ledger.db());
    return resolve<Organisation>(
        ref, QStringLiteral("organisation"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<Member> RosterService::resolveMember(const QString& ref)
{
    MemberRepository repo(m_ledger.db());
    return resolve<Member>(
        ref, QStringLiteral("member"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<StudyGroup> RosterService::resolveGroup(const QString& ref)
{
    GroupRepository repo(m_ledger.db());
    return resolve<StudyGroup>(
        ref, QStringLiteral("group"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<qint64> RosterService::memberCount(const MemberQuery& query)
{
    return MemberRepository(m_ledger.db()).count(query);
}

Result<std::vector<MemberRow>> RosterService::memberPage(const MemberQuery& query, int offset,
                                                         int limit)
{
    return MemberRepository(m_ledger.db()).page(query, offset, limit);
}

Result<std::optional<Member>> RosterService::member(qint64 id)
{
    return MemberRepository(m_ledger.db()).byId(id);
}

std::vector<Error> RosterService::checkMember(const Member& member)
{
    std::vector<Error> problems = rules::checkMember(member, Clock::today());
    auto org = OrgRepository(m_ledger.db()).byId(member.orgId);
    if (!org)
        problems.push_back(org.error());
    else if (!*org)
        problems.push_back(Error::invalid(
            QStringLiteral("org_id"),
            QCoreApplication::translate("sl::RosterService", "choose an organisation")));
    auto same = MemberRepository(m_ledger.db()).byExtId(member.extId);
    if (!same)
        problems.push_back(same.error());
    else if (*same && (*same)->id != member.id)
        problems.push_back(Error{
            ErrorCode::Conflict, QStringLiteral("id"),
            QCoreApplication::translate("sl::RosterService", "the number %1 belongs to %2 already")
                .arg(member.extId, (*same)->name)});
    return problems;
}

Result<qint64> RosterService::saveMember(const Member& member)
{
    if (Status allowed = m_ledger.requireRosterEdit(); !allowed)
        return allowed.error();
    const std::vector<Error> problems = checkMember(member);
    if (!problems.empty())
        return problems.front();

    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    MemberRepository repo(m_ledger.db());
    Result<std::optional<Member>> before = std::optional<Member>(); // for the audit
    if (member.id != 0)
        before = repo.byId(member.id);
    if (!before)
        return before.error();
    qint64 id = member.id;
    if (id == 0) {
        auto inserted = repo.insert(member);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(member); !s) {
        return s.error();
    }
    const QString action = member.id == 0 ? QStringLiteral("create") : QStringLiteral("update");
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, action, QStringLiteral("member"), id,
                               *before ? audit::memberChange(**before, member)
                                       : audit::created(audit::memberText(member)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RosterService::removeMember(qint64 id)
{
    if (Status allowed = m_ledger.requireRosterEdit(); !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    tx.changes().rosterChanged();
    auto gone = MemberRepository(m_ledger.db()).byId(id); // for the audit
    if (!gone)
        return gone.error();
    if (Status s = MemberRepository(m_ledger.db()).remove(id); !s)
        return s;
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                               QStringLiteral("member"), id,
                               audit::removed(*gone ? audit::memberText(**gone)
                                                    : QStringLiteral("#%1").arg(id)));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<StudyGroup>> RosterService::groups(qint64 orgId)
{
    if (orgId == 0)
        return GroupRepository(m_ledger.db()).list();
    auto ids = subtree(orgId);
    if (!ids)
        return ids.error();
    return GroupRepository(m_ledger.db()).list(*ids);
}

Result<std::vector<MembershipRow>> RosterService::memberships(qint64 groupId)
{
    return GroupRepository(m_ledger.db()).memberships(groupId);
}

} // namespace sl
