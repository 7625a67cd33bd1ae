#include "RosterImportService.h"

#include "Access.h"
#include "Clock.h"
#include "ImportSession.h"
#include "Ledger.h"
#include "RosterService.h"

#include "domain/RosterRules.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <unordered_map>

namespace sl {

namespace {

// Resolves a reference that must exist; on failure the error goes to the row's column.
template <typename T>
std::optional<T> resolved(Result<T> found, ImportSession& session, int line, const QString& column)
{
    if (!found) {
        session.error(line, column, found.error().message);
        return std::nullopt;
    }
    return std::move(found).value();
}

// Whether following parents from `start` comes back to it.
bool inCycle(qint64 start, const QHash<qint64, qint64>& parentOf)
{
    qint64 current = parentOf.value(start);
    for (int steps = 0; current != 0 && steps <= parentOf.size(); ++steps) {
        if (current == start)
            return true;
        current = parentOf.value(current);
    }
    return false;
}

// The organisations the rows of a file name, each resolved once.
class OrgRefs
{
public:
    explicit OrgRefs(RosterService& roster) : m_roster(roster) {}

    Result<Organisation> resolve(const QString& ref)
    {
        auto it = m_found.find(ref);
        if (it == m_found.end())
            it = m_found.emplace(ref, m_roster.resolveOrg(ref)).first;
        return it->second;
    }

private:
    RosterService& m_roster;
    std::unordered_map<QString, Result<Organisation>> m_found;
};

} // namespace

Result<ImportReport> RosterImportService::importOrgs(const std::vector<ImportRow<OrgRecord>>& rows,
                                                     const std::vector<RowError>& readErrors)
{
    VectorRows<OrgRecord> source(rows, readErrors);
    return importOrgs(source);
}

Result<ImportReport> RosterImportService::importOrgs(ImportRows<OrgRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("orgs"));
    if (Status s = session.begin(); !s)
        return s.error();
    auto collected = session.collect(rows);
    if (!collected)
        return collected.error();
    const std::vector<ImportRow<OrgRecord>>& rowsOfFile = *collected;
    session.rejectDuplicateKeys(
        rowsOfFile, [](const OrgRecord& r) { return r.org.extId; }, QStringLiteral("id"));

    // First pass: every organisation of the file exists (new ones without a parent yet), so
    // that a parent may come later in the file than its children.
    OrgRepository repo(m_ledger.db());
    struct Pending
    {
        const ImportRow<OrgRecord>* row;
        std::optional<Organisation> before;
        qint64 id;
    };
    std::vector<Pending> pending;
    for (const auto& row : rowsOfFile) {
        if (!session.next())
            break;
        const auto problems = rules::checkOrganisation(row.record.org);
        if (!problems.empty()) {
            session.errors(row.line, problems);
            continue;
        }
        auto existing = repo.byExtId(row.record.org.extId);
        if (!existing)
            return existing.error();
        qint64 id = *existing ? (**existing).id : 0;
        if (!*existing) {
            Organisation fresh = row.record.org;
            fresh.parentId = 0;
            auto inserted = repo.insert(fresh);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        pending.push_back({&row, *existing, id});
    }

    // Second pass: parents, then the tree must stay a tree.
    RosterService roster(m_ledger);
    for (const Pending& p : pending) {
        Organisation org = p.row->record.org;
        org.id = p.id;
        org.parentId = 0;
        if (!p.row->record.parentRef.isEmpty()) {
            auto parent = resolved(roster.resolveOrg(p.row->record.parentRef), session, p.row->line,
                                   QStringLiteral("parent_id"));
            if (!parent)
                continue;
            org.parentId = parent->id;
        }
        // The account's scope: the organisation changed and its (new) parent.
        if (p.before && !session.require(p.row->line, QStringLiteral("id"),
                                         Access(m_ledger).require(session.action(), p.id)))
            continue;
        if ((!p.before || p.before->parentId != org.parentId) &&
            !session.require(p.row->line, QStringLiteral("parent_id"),
                             org.parentId == 0
                                 ? Access(m_ledger).requireAll(session.action())
                                 : Access(m_ledger).require(session.action(), org.parentId)))
            continue;
        const bool changed = !p.before || !(org == *p.before);
        if (changed) {
            if (Status s = repo.update(org); !s)
                return s.error();
        }
        session.count(p.before.has_value(), changed);
    }
    auto all = repo.all();
    if (!all)
        return all.error();
    QHash<qint64, qint64> parentOf;
    for (const Organisation& o : *all)
        parentOf.insert(o.id, o.parentId);
    for (const Pending& p : pending) {
        if (inCycle(p.id, parentOf))
            session.error(p.row->line, QStringLiteral("parent_id"),
                          tr("makes the organisation its own ancestor"));
    }
    return session.finish();
}

Result<ImportReport>
RosterImportService::importMembers(const std::vector<ImportRow<MemberRecord>>& rows,
                                   const std::vector<RowError>& readErrors)
{
    VectorRows<MemberRecord> source(rows, readErrors);
    return importMembers(source);
}

Result<ImportReport> RosterImportService::importMembers(ImportRows<MemberRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("members"));
    if (Status s = session.begin(); !s)
        return s.error();
    RosterService roster(m_ledger);
    OrgRefs orgs(roster);
    const Access access(m_ledger);
    MemberRepository repo(m_ledger.db());
    const Date today = Clock::today();
    const Status ran = session.each(rows, [&](const ImportRow<MemberRecord>& row) -> Status {
        session.rejectDuplicateKey(row.line, row.record.member.extId, QStringLiteral("id"));
        Member member = row.record.member;
        const auto problems = rules::checkMember(member, today);
        session.errors(row.line, problems);
        auto org =
            resolved(orgs.resolve(row.record.orgRef), session, row.line, QStringLiteral("org_id"));
        if (!problems.empty() || !org)
            return {};
        member.orgId = org->id;
        if (!session.require(row.line, QStringLiteral("org_id"),
                             access.require(session.action(), member.orgId)))
            return {};
        // A new member goes straight in; one whose number exists is looked up.
        auto added = repo.insertNew(member);
        if (!added)
            return added.error();
        if (*added != 0) {
            session.count(false, true);
            return {};
        }
        auto existing = repo.byExtId(member.extId);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::database(QStringLiteral("a member was neither added nor found"));
        if (!session.require(row.line, QStringLiteral("id"),
                             access.require(session.action(), (**existing).orgId)))
            return {};
        member.id = (**existing).id;
        const bool changed = !(member == **existing);
        if (changed) {
            if (Status s = repo.update(member); !s)
                return s.error();
        }
        session.count(true, changed);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

Result<ImportReport>
RosterImportService::importGroups(const std::vector<ImportRow<GroupRecord>>& rows,
                                  const std::vector<RowError>& readErrors)
{
    VectorRows<GroupRecord> source(rows, readErrors);
    return importGroups(source);
}

Result<ImportReport> RosterImportService::importGroups(ImportRows<GroupRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("groups"));
    if (Status s = session.begin(); !s)
        return s.error();
    RosterService roster(m_ledger);
    GroupRepository repo(m_ledger.db());
    const Status ran = session.each(rows, [&](const ImportRow<GroupRecord>& row) -> Status {
        session.rejectDuplicateKey(row.line, row.record.group.extId, QStringLiteral("id"));
        StudyGroup group = row.record.group;
        const auto problems = rules::checkGroup(group);
        session.errors(row.line, problems);
        auto org = resolved(roster.resolveOrg(row.record.orgRef), session, row.line,
                            QStringLiteral("org_id"));
        if (!problems.empty() || !org)
            return {};
        if (group.kind == GroupKind::Central && org->kind != OrgKind::Committee) {
            session.error(row.line, QStringLiteral("kind"),
                          tr("a central study group (中心组) belongs to a Party committee (党委)"));
            return {};
        }
        group.orgId = org->id;
        auto existing = repo.byExtId(group.extId);
        if (!existing)
            return existing.error();
        if (!session.require(row.line, QStringLiteral("org_id"),
                             Access(m_ledger).require(session.action(), group.orgId)) ||
            (*existing &&
             !session.require(row.line, QStringLiteral("id"),
                              Access(m_ledger).require(session.action(), (**existing).orgId))))
            return {};
        if (*existing)
            group.id = (**existing).id;
        const bool changed = !*existing || !(group == **existing);
        if (!*existing) {
            if (auto id = repo.insert(group); !id)
                return id.error();
        } else if (changed) {
            if (Status s = repo.update(group); !s)
                return s.error();
        }
        session.count(existing->has_value(), changed);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

Result<ImportReport>
RosterImportService::importMemberships(const std::vector<ImportRow<MembershipRecord>>& rows,
                                       const std::vector<RowError>& readErrors)
{
    VectorRows<MembershipRecord> source(rows, readErrors);
    return importMemberships(source);
}

Result<ImportReport> RosterImportService::importMemberships(ImportRows<MembershipRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("group-members"));
    if (Status s = session.begin(); !s)
        return s.error();
    RosterService roster(m_ledger);
    GroupRepository repo(m_ledger.db());
    const Status ran = session.each(rows, [&](const ImportRow<MembershipRecord>& row) -> Status {
        session.rejectDuplicateKey(row.line,
                                   row.record.groupRef + QChar(0x1f) + row.record.memberRef,
                                   QStringLiteral("member_id"));
        GroupMembership m = row.record.membership;
        const auto problems = rules::checkMembership(m);
        session.errors(row.line, problems);
        auto group = resolved(roster.resolveGroup(row.record.groupRef), session, row.line,
                              QStringLiteral("group_id"));
        auto member = resolved(roster.resolveMember(row.record.memberRef), session, row.line,
                               QStringLiteral("member_id"));
        if (!problems.empty() || !group || !member)
            return {};
        if (!session.require(row.line, QStringLiteral("group_id"),
                             Access(m_ledger).require(session.action(), group->orgId)))
            return {};
        m.groupId = group->id;
        m.memberId = member->id;
        auto existing = repo.membership(m.groupId, m.memberId);
        if (!existing)
            return existing.error();
        if (*existing)
            m.id = (**existing).id;
        const bool changed = !*existing || !(m == **existing);
        if (!*existing) {
            if (auto id = repo.insertMembership(m); !id)
                return id.error();
        } else if (changed) {
            if (Status s = repo.updateMembership(m); !s)
                return s.error();
        }
        session.count(existing->has_value(), changed);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

} // namespace sl
