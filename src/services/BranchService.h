#pragma once

#include "domain/Organisation.h"
#include "domain/Result.h"
#include "domain/StudyGroup.h"

#include <QCoreApplication>

namespace sl {

class Ledger;

// Setting up a branch one record at a time (组织与党员 in the window): organisations (moved by
// their parent), study groups and group memberships, each saved or removed with every rule
// checked, the account's reach (Action::RosterWrite) and an audit row in the same transaction.
// A new root organisation needs the whole ledger's reach; an organisation never becomes its own
// ancestor; numbers (编号) stay unique; a member holds one membership per group.
class BranchService
{
    Q_DECLARE_TR_FUNCTIONS(sl::BranchService)

public:
    explicit BranchService(Ledger& ledger) : m_ledger(ledger) {}

    // Inserts (id 0) or updates; returns the id.
    Result<qint64> saveOrganisation(const Organisation& org);
    // Refused ("id", Conflict) while the organisation has sub-organisations, groups or members.
    Status removeOrganisation(qint64 id);

    Result<qint64> saveGroup(const StudyGroup& group);
    // Refused while sessions or plans name the group; its memberships go with it.
    Status removeGroup(qint64 id);

    Result<qint64> saveMembership(const GroupMembership& membership);
    Status removeMembership(qint64 id);

private:
    Ledger& m_ledger;
};

} // namespace sl
