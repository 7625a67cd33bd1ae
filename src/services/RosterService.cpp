#include "RosterService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"
#include "MemberLeavingService.h"

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

// "no member with number or name X": one sentence per kind, so that a translation names the
// kind in its own words (not "没有…的member").
QString noneFound(const QString& what, const QString& key)
{
    if (what == QLatin1String("member"))
        return QCoreApplication::translate("sl", "no member with number or name %1").arg(key);
    if (what == QLatin1String("group"))
        return QCoreApplication::translate("sl", "no group with number or name %1").arg(key);
    return QCoreApplication::translate("sl", "no organisation with number or name %1").arg(key);
}

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
    return Error::notFound(what, noneFound(what, key));
}

// The rows of a member account's list: its own member only, when the query finds it (the query
// is run on the member's own organisation, a branch of a few dozen members).
Result<std::vector<MemberRow>> ownRows(Ledger& ledger, const MemberQuery& query, qint64 own,
                                       int offset, int limit)
{
    std::vector<MemberRow> out;
    auto member = MemberRepository(ledger.db()).byId(own);
    if (!member)
        return member.error();
    if (!*member)
        return out;
    MemberQuery mine = query;
    mine.orgId = (*member)->orgId;
    mine.includeDescendants = false;
    auto rows = MemberRepository(ledger.db()).page(mine, 0, -1);
    if (!rows)
        return rows.error();
    for (const MemberRow& row : *rows) {
        if (row.member.id == own)
            out.push_back(row);
    }
    if (offset > 0 || limit == 0)
        out.clear();
    return out;
}

// A list of members within the account's scope: a root outside it is refused.
Status limitQuery(Ledger& ledger, MemberQuery& query)
{
    const qint64 asked = query.orgId;
    if (Status allowed = Access(ledger).limitRoot(Action::RosterRead, query.orgId); !allowed)
        return allowed;
    if (query.orgId != asked)
        query.includeDescendants = true;
    return {};
}

} // namespace

Result<std::vector<Organisation>> RosterService::organisations()
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    return OrgRepository(m_ledger.db()).all();
}

Result<std::vector<qint64>> RosterService::subtree(qint64 orgId)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    return OrgRepository(m_ledger.db()).subtreeIds(orgId);
}

Result<Organisation> RosterService::resolveOrg(const QString& ref)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    OrgRepository repo(m_ledger.db());
    return resolve<Organisation>(
        ref, QStringLiteral("organisation"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<Member> RosterService::resolveMember(const QString& ref)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    MemberRepository repo(m_ledger.db());
    return resolve<Member>(
        ref, QStringLiteral("member"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<StudyGroup> RosterService::resolveGroup(const QString& ref)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    GroupRepository repo(m_ledger.db());
    return resolve<StudyGroup>(
        ref, QStringLiteral("group"), [&](const QString& k) { return repo.byExtId(k); },
        [&](const QString& k) { return repo.byName(k); });
}

Result<qint64> RosterService::memberCount(const MemberQuery& query)
{
    if (const qint64 own = Access(m_ledger).ownMember(Action::RosterRead); own != 0) {
        auto rows = ownRows(m_ledger, query, own, 0, -1);
        if (!rows)
            return rows.error();
        return qint64(rows->size());
    }
    MemberQuery scoped = query;
    if (Status allowed = limitQuery(m_ledger, scoped); !allowed)
        return allowed.error();
    return MemberRepository(m_ledger.db()).count(scoped);
}

qint64 RosterService::accountOrgId() const
{
    const Actor& actor = m_ledger.actor();
    return actor.isSingleUser() || actor.signedOut ? 0 : actor.orgId;
}

Result<std::vector<MemberRow>> RosterService::memberPage(const MemberQuery& query, int offset,
                                                         int limit)
{
    if (const qint64 own = Access(m_ledger).ownMember(Action::RosterRead); own != 0)
        return ownRows(m_ledger, query, own, offset, limit);
    MemberQuery scoped = query;
    if (Status allowed = limitQuery(m_ledger, scoped); !allowed)
        return allowed.error();
    return MemberRepository(m_ledger.db()).page(scoped, offset, limit);
}

Status RosterService::scanMembers(const MemberQuery& query,
                                  const std::function<Status(const MemberRow&)>& visit)
{
    if (const qint64 own = Access(m_ledger).ownMember(Action::RosterRead); own != 0) {
        auto rows = ownRows(m_ledger, query, own, 0, -1);
        if (!rows)
            return rows.error();
        for (const MemberRow& row : *rows) {
            if (Status s = visit(row); !s)
                return s;
        }
        return {};
    }
    MemberQuery scoped = query;
    if (Status allowed = limitQuery(m_ledger, scoped); !allowed)
        return allowed;
    return MemberRepository(m_ledger.db()).scan(scoped, visit);
}

Status RosterService::scanMemberText(const MemberQuery& query,
                                     const std::function<Status(const TextRow&)>& visit)
{
    if (const qint64 own = Access(m_ledger).ownMember(Action::RosterRead); own != 0) {
        // A member's own account reads its own row only.
        auto member = MemberRepository(m_ledger.db()).byId(own);
        if (!member)
            return member.error();
        if (!*member)
            return {};
        MemberQuery mine = query;
        mine.orgId = (*member)->orgId;
        mine.includeDescendants = false;
        const QByteArray extId = (*member)->extId.toUtf8();
        return MemberRepository(m_ledger.db()).scanText(mine, [&](const TextRow& row) {
            return row.at(0) == QByteArrayView(extId) ? visit(row) : Status();
        });
    }
    MemberQuery scoped = query;
    if (Status allowed = limitQuery(m_ledger, scoped); !allowed)
        return allowed;
    return MemberRepository(m_ledger.db()).scanText(scoped, visit);
}

Result<std::optional<Member>> RosterService::member(qint64 id)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    auto found = MemberRepository(m_ledger.db()).byId(id);
    if (found && *found) {
        if (Status allowed = Access(m_ledger).requireOwn(Action::RosterRead, id, (*found)->orgId);
            !allowed)
            return allowed.error();
    }
    return found;
}

Result<QString> RosterService::suggestMemberExtId()
{
    MemberRepository members(m_ledger.db());
    auto highest = members.highestExtId();
    if (!highest)
        return highest.error();
    const QString next = rules::nextExtId(*highest);
    if (next.isEmpty())
        return QString();
    auto taken = members.byExtId(next);
    if (!taken)
        return taken.error();
    return *taken ? QString() : next;
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
    if (Status allowed = Access(m_ledger).require(Action::RosterWrite, member.orgId); !allowed)
        return allowed.error();
    if (member.id != 0) {
        if (Status allowed = Access(m_ledger).requireMember(Action::RosterWrite, member.id);
            !allowed)
            return allowed.error();
    }
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
    // Leaving (停用) is MemberLeavingService's: an edit keeps the state as stored.
    Member saved = member;
    if (*before) {
        saved.leftOn = (*before)->leftOn;
        saved.leaveReason = (*before)->leaveReason;
        saved.leaveNote = (*before)->leaveNote;
    }
    qint64 id = member.id;
    if (id == 0) {
        auto inserted = repo.insert(saved);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(saved); !s) {
        return s.error();
    }
    const QString action = member.id == 0 ? QStringLiteral("create") : QStringLiteral("update");
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, action, QStringLiteral("member"), id,
                               *before ? audit::memberChange(**before, saved)
                                       : audit::created(audit::memberText(saved)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RosterService::removeMember(qint64 id)
{
    // Refused while the member has records (MemberLeavingService: transfer or deactivate).
    auto removed = MemberLeavingService(m_ledger).remove(id);
    return removed ? Status() : Status(removed.error());
}

Result<std::vector<StudyGroup>> RosterService::groups(qint64 orgId)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    if (orgId == 0)
        return GroupRepository(m_ledger.db()).list();
    auto ids = subtree(orgId);
    if (!ids)
        return ids.error();
    return GroupRepository(m_ledger.db()).list(*ids);
}

Result<std::vector<MembershipRow>> RosterService::memberships(qint64 groupId)
{
    if (Status allowed = Access(m_ledger).require(Action::RosterRead); !allowed)
        return allowed.error();
    return GroupRepository(m_ledger.db()).memberships(groupId);
}

Result<std::vector<MembershipRow>> RosterService::membershipsOf(qint64 memberId)
{
    if (Status allowed = Access(m_ledger).requireMember(Action::RosterRead, memberId); !allowed)
        return allowed.error();
    return GroupRepository(m_ledger.db()).membershipsOf(memberId);
}

} // namespace sl
