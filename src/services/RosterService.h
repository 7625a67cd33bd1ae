#pragma once

#include <QCoreApplication>

#include "domain/GroupRecords.h"
#include "domain/Member.h"
#include "domain/MemberRecords.h"
#include "domain/Organisation.h"
#include "domain/Result.h"
#include "domain/StudyGroup.h"
#include "domain/TextRow.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// Organisations, members, study groups and memberships: reading, saving with every rule
// checked, and resolving the IDs that files and the command line use (FORMATS.md: the
// external number where it has one, else the name where that is unique).
class RosterService
{
    Q_DECLARE_TR_FUNCTIONS(sl::RosterService)

public:
    explicit RosterService(Ledger& ledger) : m_ledger(ledger) {}

    Result<std::vector<Organisation>> organisations();
    // The organisation a secretary's or leader's account works in (the root of what it may
    // read), 0 when it has none: views start there.
    qint64 accountOrgId() const;
    Result<std::vector<qint64>> subtree(qint64 orgId);
    Result<Organisation> resolveOrg(const QString& ref);
    Result<Member> resolveMember(const QString& ref);
    Result<StudyGroup> resolveGroup(const QString& ref);

    Result<qint64> memberCount(const MemberQuery& query);
    Result<std::vector<MemberRow>> memberPage(const MemberQuery& query, int offset, int limit);
    // Every member of the query that the account may read, one at a time (the export).
    Status scanMembers(const MemberQuery& query,
                       const std::function<Status(const MemberRow&)>& visit);
    // The same members as stored text (MemberRepository::scanText's columns), for an export.
    Status scanMemberText(const MemberQuery& query,
                          const std::function<Status(const TextRow&)>& visit);
    Result<std::optional<Member>> member(qint64 id);

    // Every rule a member must keep, including that its organisation exists and its number is
    // not taken by another member. Returns all problems, each naming its field.
    std::vector<Error> checkMember(const Member& member);
    // The number to suggest for a new member: the one after the greatest in use, when that ends
    // in digits and the next is free; empty otherwise.
    Result<QString> suggestMemberExtId();
    // Inserts (id 0) or updates a member; refused with the first problem when any.
    // An update keeps the member's leaving (停用) as stored: MemberLeavingService changes it.
    Result<qint64> saveMember(const Member& member);
    // Refused (Conflict) while the member has records: MemberLeavingService::remove.
    Status removeMember(qint64 id);

    Result<std::vector<StudyGroup>> groups(qint64 orgId = 0);
    Result<std::vector<MembershipRow>> memberships(qint64 groupId = 0);
    // One member's places in study groups (any group), by start date.
    Result<std::vector<MembershipRow>> membershipsOf(qint64 memberId);

private:
    Ledger& m_ledger;
};

} // namespace sl
