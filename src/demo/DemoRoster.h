#pragma once

#include "DemoLayout.h"
#include "DemoRandom.h"
#include "DemoWorld.h"

#include "domain/Member.h"
#include "domain/Result.h"

namespace sl {

class DemoContext;

// The roster stage of the demo: writes the organisations and study groups of a DemoLayout, the
// members of every branch (leaders where a 中心组 seats them), the memberships and the expert
// pool, and returns the people and groups the activity stages work on.
class DemoRoster
{
public:
    DemoRoster(DemoContext& context, DemoLayout layout, quint32 seed);

    Result<DemoWorld> build();

private:
    Status writeOrganisations();
    Status writeExperts();
    Status writeMembers();
    Status writeGroups();

    Member makeMember(const DemoBranch& branch, int indexInBranch);
    void makeLeader(Member& m, const DemoLeaderTitle& title);
    Date randomDay(int year);

    DemoContext& m_context;
    DemoLayout m_layout;
    DemoRandom m_rng;
    DemoWorld m_world;
    std::vector<qint64> m_orgIds;
    std::vector<int> m_firstPerson; // per branch: index of its first person
    int m_year = 0;
};

} // namespace sl
