#include "DemoRoster.h"

#include "DemoContext.h"
#include "DemoNames.h"
#include "DemoTexts.h"

#include "domain/Organisation.h"
#include "domain/Registers.h"
#include "storage/ActivityWriter.h"
#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"

#include <algorithm>

namespace sl {

namespace {

using boost::gregorian::date_duration;
using boost::gregorian::years;

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// The roles of a branch's officers, by their place after the branch's leaders.
GroupRole officerRole(int officer, int branchSize)
{
    if (officer == 0)
        return GroupRole::Leader;
    if (officer == 1 && branchSize >= 7)
        return GroupRole::Deputy;
    if (officer == 2 && branchSize >= 4)
        return GroupRole::Secretary;
    return GroupRole::Member;
}

int femalePerMille(UnitType type)
{
    switch (type) {
    case UnitType::School:
    case UnitType::Institution:
        return 600;
    case UnitType::Community:
    case UnitType::NewSocial:
        return 550;
    default:
        return 330;
    }
}

} // namespace

DemoRoster::DemoRoster(DemoContext& context, DemoLayout layout, quint32 seed)
    : m_context(context), m_layout(std::move(layout)), m_rng(seed), m_year(m_layout.year)
{
    m_world.year = m_year;
    m_world.district = m_layout.district;
}

Result<DemoWorld> DemoRoster::build()
{
    if (Status s = m_context.beginStage(u8("正在生成组织和专家")); !s)
        return s.error();
    if (Status s = writeOrganisations(); !s)
        return s.error();
    if (Status s = writeExperts(); !s)
        return s.error();
    if (Status s = m_context.beginStage(u8("正在生成党员")); !s)
        return s.error();
    if (Status s = writeMembers(); !s)
        return s.error();
    if (Status s = m_context.beginStage(u8("正在生成学习组")); !s)
        return s.error();
    if (Status s = writeGroups(); !s)
        return s.error();
    return std::move(m_world);
}

Status DemoRoster::writeOrganisations()
{
    OrgRepository repo(m_context.db());
    for (const DemoOrg& o : m_layout.orgs) {
        Organisation org;
        org.extId = o.extId;
        org.name = o.name;
        org.parentId = o.parent >= 0 ? m_orgIds[static_cast<size_t>(o.parent)] : 0;
        org.kind = o.kind;
        org.unitType = o.unitType;
        auto id = repo.insert(org);
        if (!id)
            return id.error();
        m_orgIds.push_back(*id);
        if (Status s = m_context.row(); !s)
            return s;
    }
    return {};
}

Status DemoRoster::writeExperts()
{
    const int count = m_layout.district ? 24 : 8;
    for (int i = 0; i < count; ++i) {
        Expert e;
        e.name = DemoNames::personName(m_rng, m_rng.perMille(300) ? Gender::Female : Gender::Male);
        e.title = DemoTexts::expertTitle(m_rng);
        e.affiliation = DemoTexts::expertAffiliation(m_rng);
        e.fields = DemoTexts::expertFields(m_rng);
        auto id = m_context.writer().insertExpert(e);
        if (!id)
            return id.error();
        m_world.experts.push_back({*id, e.name});
        if (Status s = m_context.row(); !s)
            return s;
    }
    return {};
}

Date DemoRoster::randomDay(int year)
{
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const int days =
        boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)) ? 366
                                                                                              : 365;
    return first + date_duration(m_rng.below(days));
}

Member DemoRoster::makeMember(const DemoBranch& branch, int index)
{
    const DemoOrg& org = m_layout.orgs[static_cast<size_t>(branch.org)];
    const int officer = index - static_cast<int>(branch.leaders.size());
    const bool isOfficer = officer >= 0 && officerRole(officer, branch.size) != GroupRole::Member;
    // A committee has a few probationary members for sure: the newest of each branch but one.
    const bool newest =
        !m_layout.district && index == branch.size - 1 && branch.org > 1 && officer >= 3;
    const bool elderly =
        (org.unitType == UnitType::Community || org.unitType == UnitType::Village) && !isOfficer &&
        !newest && m_rng.perMille(250);
    Member m;
    m.orgId = m_orgIds[static_cast<size_t>(branch.org)];
    m.gender = m_rng.perMille(femalePerMille(org.unitType)) ? Gender::Female : Gender::Male;
    m.name = DemoNames::personName(m_rng, *m.gender);
    m.birthDate = randomDay(m_year - (elderly ? m_rng.between(61, 85) : m_rng.between(23, 60)));
    const Date earliest = m.birthDate + years(18);
    const Date latest(static_cast<unsigned short>(m_year - 1), 12, 31);
    const bool probationary = newest || (!isOfficer && !elderly && m_rng.perMille(30));
    if (probationary) {
        const Date from = std::max(earliest, Date(static_cast<unsigned short>(m_year - 1), 7, 1));
        m.joinDate = from + date_duration(m_rng.below(int((latest - from).days()) + 1));
    } else {
        const int span = std::min(int((latest - earliest).days()), 365 * 22);
        m.joinDate = earliest + date_duration(m_rng.below(std::max(span, 0) + 1));
    }
    m.category = probationary ? MemberCategory::Probationary : MemberCategory::Full;
    m.position = elderly ? u8("退休党员") : DemoNames::position(m_rng, org.unitType);
    m.cadreLevel = org.unitType == UnitType::Organ && !elderly && m_rng.perMille(150)
                       ? CadreLevel::Section
                       : CadreLevel::NotCadre;
    if (isOfficer) {
        static const char* officers[] = {"党支部书记", "党支部副书记", "党支部宣传委员"};
        m.position = u8(officers[officer]);
    }
    m.phone = DemoNames::phone(m_rng);
    return m;
}

// A leader is older, joined the Party long ago and holds a cadre level.
void DemoRoster::makeLeader(Member& m, const DemoLeaderTitle& title)
{
    m.birthDate = randomDay(m_year - m_rng.between(42, 58));
    m.joinDate = m.birthDate + years(m_rng.between(20, 28)) + date_duration(m_rng.below(365));
    m.category = MemberCategory::Full;
    m.position = title.position;
    m.cadreLevel = title.level;
    if (m_rng.perMille(800) && m.gender == Gender::Female)
        m.gender = Gender::Male; // leaders are still mostly men
    m.name = DemoNames::personName(m_rng, *m.gender);
}

Status DemoRoster::writeMembers()
{
    ActivityWriter& writer = m_context.writer();
    int number = 0;
    for (const DemoBranch& branch : m_layout.branches) {
        m_firstPerson.push_back(static_cast<int>(m_world.people.size()));
        for (int i = 0; i < branch.size; ++i) {
            Member m = makeMember(branch, i);
            const bool leader = i < static_cast<int>(branch.leaders.size());
            if (leader)
                makeLeader(m, branch.leaders[static_cast<size_t>(i)]);
            m.extId = QString::asprintf("M%07d", ++number);
            auto id = writer.insertMember(m);
            if (!id)
                return id.error();
            DemoPerson p;
            p.id = *id;
            p.name = m.name;
            p.joinDate = m.joinDate;
            const int r = m_rng.below(100);
            p.diligence = leader   ? (r < 50 ? DemoDiligence::High : DemoDiligence::Normal)
                          : r < 15 ? DemoDiligence::Low
                          : r < 80 ? DemoDiligence::Normal
                                   : DemoDiligence::High;
            p.leader = leader;
            m_world.people.push_back(std::move(p));
            if (Status s = m_context.row(); !s)
                return s;
        }
    }
    return {};
}

Status DemoRoster::writeGroups()
{
    GroupRepository groups(m_context.db());
    ActivityWriter& writer = m_context.writer();
    const Date longAgo(static_cast<unsigned short>(m_year - 3), 1, 1);
    const Date lastTerm(static_cast<unsigned short>(m_year - 2), 1, 1);

    // The 中心组 first, then one 支部学习组 per branch.
    std::vector<DemoGroup> planned;
    std::vector<StudyGroup> rows;
    for (const DemoCentral& c : m_layout.centrals) {
        const DemoOrg& org = m_layout.orgs[static_cast<size_t>(c.org)];
        rows.push_back({0, org.extId + u8("-C"), org.name + u8("理论学习中心组"),
                        GroupKind::Central, m_orgIds[static_cast<size_t>(c.org)]});
        DemoGroup g;
        g.central = true;
        const DemoBranch& b = m_layout.branches[static_cast<size_t>(c.branch)];
        const int first = m_firstPerson[static_cast<size_t>(c.branch)] + c.offset;
        for (int k = 0; k < c.count; ++k) {
            const GroupRole role = b.leaders[static_cast<size_t>(c.offset + k)].role;
            g.seats.push_back({first + k, role, lastTerm});
            if (role == GroupRole::Secretary)
                g.recorder = first + k;
        }
        g.host = first;
        if (&c == &m_layout.centrals.front() && c.count > 9) // a member appointed this year
            g.seats[9].from =
                Date(static_cast<unsigned short>(m_year), 5, 1) + date_duration(m_rng.below(25));
        if (c.observerBranch >= 0) {
            const auto& ob = m_layout.branches[static_cast<size_t>(c.observerBranch)];
            const int observer = m_firstPerson[static_cast<size_t>(c.observerBranch)] +
                                 static_cast<int>(ob.leaders.size());
            g.seats.push_back({observer, GroupRole::Observer, lastTerm});
        }
        planned.push_back(std::move(g));
    }
    for (size_t bi = 0; bi < m_layout.branches.size(); ++bi) {
        const DemoBranch& b = m_layout.branches[bi];
        const DemoOrg& org = m_layout.orgs[static_cast<size_t>(b.org)];
        rows.push_back({0, org.extId + u8("-G"), org.name + u8("学习组"), GroupKind::Branch,
                        m_orgIds[static_cast<size_t>(b.org)]});
        DemoGroup g;
        const int first = m_firstPerson[bi];
        const int leaders = static_cast<int>(b.leaders.size()); // they sit in a 中心组
        g.host = g.recorder = first + leaders;
        for (int i = 0; i < b.size; ++i) {
            const int person = first + i;
            const GroupRole role =
                i < leaders ? GroupRole::Member : officerRole(i - leaders, b.size);
            Date from = std::max(m_world.people[static_cast<size_t>(person)].joinDate, longAgo);
            if (role == GroupRole::Member && i >= leaders && m_rng.perMille(20))
                from = Date(static_cast<unsigned short>(m_year), 3, 1) +
                       date_duration(m_rng.below(200)); // moved here during the year
            if (role == GroupRole::Secretary || (role == GroupRole::Deputy && g.recorder == g.host))
                g.recorder = person;
            g.seats.push_back({person, role, from});
        }
        planned.push_back(std::move(g));
    }

    for (size_t i = 0; i < rows.size(); ++i) {
        auto id = groups.insert(rows[i]);
        if (!id)
            return id.error();
        planned[i].id = *id;
        if (Status s = m_context.row(); !s)
            return s;
        for (const DemoSeat& seat : planned[i].seats) {
            GroupMembership gm;
            gm.groupId = *id;
            gm.memberId = m_world.people[static_cast<size_t>(seat.person)].id;
            gm.role = seat.role;
            gm.from = seat.from;
            auto mid = writer.insertMembership(gm);
            if (!mid)
                return mid.error();
            if (Status s = m_context.row(); !s)
                return s;
        }
    }
    m_world.groups = std::move(planned);
    return {};
}

} // namespace sl
