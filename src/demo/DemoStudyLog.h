#pragma once

#include "DemoRandom.h"
#include "DemoWorld.h"

#include "domain/Result.h"

#include <vector>

namespace sl {

class DemoContext;

// The personal study of the demo year, for the people of a DemoWorld: each member's self-study
// log (about 1–3 entries a month, most with notes) and writings (with awards now and then), as
// much as the member's diligence brings.
class DemoStudyLog
{
public:
    DemoStudyLog(DemoContext& context, const DemoWorld& world, quint32 seed);

    Status build();

private:
    void buildPools();
    Status writeSelfStudy(const DemoPerson& person);
    Status writeWritings(const DemoPerson& person);
    Date randomDay();

    DemoContext& m_context;
    const DemoWorld& m_world;
    DemoRandom m_rng;
    int m_year = 0;
    std::vector<std::vector<QString>> m_materials; // per Medium
    std::vector<QString> m_shortNotes;             // the district's notes
    std::vector<std::vector<QString>> m_titles;    // per WritingKind
};

} // namespace sl
