#pragma once

#include "domain/GroupRecords.h"

#include "domain/Result.h"
#include "domain/StudyGroup.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// 学习组 and their memberships.
class GroupRepository
{
public:
    explicit GroupRepository(Database& db) : m_db(db) {}

    // orgIds empty: every group.
    Result<std::vector<StudyGroup>> list(const std::vector<qint64>& orgIds = {});
    Result<std::optional<StudyGroup>> byId(qint64 id);
    Result<std::optional<StudyGroup>> byExtId(const QString& extId);
    Result<std::vector<StudyGroup>> byName(const QString& name);
    Result<qint64> insert(const StudyGroup& group);
    Status update(const StudyGroup& group);
    // Refused by the foreign keys while sessions, plans or results name the group.
    Status remove(qint64 id);

    // groupId 0: the memberships of every group.
    Result<std::vector<MembershipRow>> memberships(qint64 groupId = 0);
    // The memberships of one member (any group), by start date.
    Result<std::vector<MembershipRow>> membershipsOf(qint64 memberId);
    Result<std::optional<GroupMembership>> membership(qint64 groupId, qint64 memberId);
    Result<qint64> insertMembership(const GroupMembership& m);
    Status updateMembership(const GroupMembership& m);
    Result<std::optional<GroupMembership>> membershipById(qint64 id);
    Status removeMembership(qint64 id);

private:
    Database& m_db;
};

} // namespace sl
