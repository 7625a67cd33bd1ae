#pragma once

#include "DemoRandom.h"

#include "domain/Enums.h"

#include <QString>

#include <vector>

namespace sl {

// A seat of a 中心组 held by a leader: the leader's position, cadre level and role.
struct DemoLeaderTitle
{
    QString position;
    CadreLevel level = CadreLevel::Section;
    GroupRole role = GroupRole::Member;
};

struct DemoOrg
{
    QString extId;
    QString name;
    int parent = -1; // index into DemoLayout::orgs
    OrgKind kind = OrgKind::Branch;
    UnitType unitType = UnitType::Organ;
};

// A 党支部 with its members; the first `leaders.size()` of them sit in a 中心组.
struct DemoBranch
{
    int org = 0;
    int size = 0;
    std::vector<DemoLeaderTitle> leaders;
};

// A 中心组: its committee, the branch and position where its leaders are, and the branch whose
// leader attends as observer (列席), if any.
struct DemoCentral
{
    int org = 0;
    int branch = 0;
    int offset = 0;
    int count = 0;
    int observerBranch = -1;
};

// The shape of the demo committee, planned before anything is written: the organisation tree
// (in insertion order, parents first), the branches with their sizes and the 中心组.
class DemoLayout
{
public:
    static DemoLayout plan(DemoRandom& rng, int members, int year);

    int year = 0;
    bool district = false;
    std::vector<DemoOrg> orgs;
    std::vector<DemoBranch> branches;
    std::vector<DemoCentral> centrals;

private:
    void planCommittee(DemoRandom& rng, int members);
    void planDistrict(DemoRandom& rng, int members);
    void addCentral(int org, int branch, std::vector<DemoLeaderTitle> titles, int observerBranch);
};

} // namespace sl
