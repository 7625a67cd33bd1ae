#pragma once

#include "domain/DateBridge.h"
#include "domain/Result.h"
#include "domain/StudyGroup.h"

#include <vector>

namespace sl {

class Database;

// What a member's leaving (转出, 停用) and removal need of the database beyond the member's own
// row: the records that keep a member from being deleted, the group memberships that a leaving
// ends, and the accounts whose link a deletion drops.
class MemberLeavingRepository
{
public:
    explicit MemberLeavingRepository(Database& db) : m_db(db) {}

    // The member's records: attendance, self-study, writings, speeches given, assessment
    // adjustments and published results.
    Result<qint64> recordCount(qint64 memberId);
    // The member's memberships still held after `date` that can end on it (begun on or before
    // it): of the groups of organisation `orgId`, or of every group when 0.
    Result<std::vector<GroupMembership>> endableOn(qint64 memberId, const Date& date, qint64 orgId);
    // Sets the last day of membership `id` (not set: open).
    Status setEnd(qint64 membershipId, const Date& to);
    // The accounts linked to the member (their link goes when the member is deleted).
    Result<std::vector<qint64>> linkedAccounts(qint64 memberId);
    // Links account `accountId` to the member again, unless it was linked to another meanwhile.
    Status relinkAccount(qint64 accountId, qint64 memberId);

private:
    Database& m_db;
};

} // namespace sl
