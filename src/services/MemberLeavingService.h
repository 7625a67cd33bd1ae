#pragma once

#include "domain/Member.h"
#include "domain/Result.h"
#include "domain/StudyGroup.h"

#include <QCoreApplication>

#include <vector>

namespace sl {

class Ledger;

// A member's change of place, as made and as it is undone: the member before and after, and
// the group memberships it ended (or opened again) with their ends before and after.
struct MemberMove
{
    Member before;
    Member after;
    std::vector<GroupMembership> membershipsBefore;
    std::vector<GroupMembership> membershipsAfter;
};

// A member removed, with what its undo puts back.
struct RemovedMember
{
    Member member;
    std::vector<GroupMembership> memberships;
    std::vector<qint64> linkedAccounts; // accounts whose link to the member the removal dropped
};

// A member who leaves (issue 14 item 8): transferred to another organisation (转出/调动) or
// deactivated (停用) with a date and a reason, their history kept; reactivated; removed only
// when they have no records. Each change is checked against the account's reach
// (Action::RosterWrite on the member's organisation, and on the new one of a transfer) and
// audited in the same transaction; each returns what its undo needs.
// - transfer: the organisation changes; the open memberships of groups of the old organisation
//   end on the date (the last day in the group);
// - deactivate: the member's open memberships end on the date, so that no later session
//   expects them; the member stays listed, inactive;
// - reactivate: the state is cleared and the memberships that ended on the leaving day open
//   again.
class MemberLeavingService
{
    Q_DECLARE_TR_FUNCTIONS(sl::MemberLeavingService)

public:
    explicit MemberLeavingService(Ledger& ledger) : m_ledger(ledger) {}

    Result<MemberMove> transfer(qint64 memberId, qint64 toOrgId, const Date& date);
    Result<MemberMove> deactivate(qint64 memberId, const Date& date, LeaveReason reason,
                                  const QString& note);
    Result<MemberMove> reactivate(qint64 memberId);
    // Writes the member and memberships as `move` had them before (undo) or after (redo).
    Status revert(const MemberMove& move);
    Status reapply(const MemberMove& move);

    // The member's records (attendance, self-study, writings, speeches, assessment).
    Result<qint64> recordCount(qint64 memberId);
    // Removes a member without records (Conflict on "id", with the count, otherwise).
    Result<RemovedMember> remove(qint64 memberId);
    // Puts a removed member back under its id, with its memberships.
    Status restore(const RemovedMember& removed);

private:
    // The member as stored, the account allowed to change it.
    Result<Member> writable(qint64 memberId);
    Result<MemberMove> endMemberships(MemberMove move, const Date& date, qint64 orgId);
    Status write(const Member& from, const Member& to, const std::vector<GroupMembership>& ends,
                 const QString& what);

    Ledger& m_ledger;
};

} // namespace sl
