#include "DemoLayout.h"

#include "DemoNames.h"

#include <algorithm>
#include <iterator>

namespace sl {

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// A name pattern with the place filled in where it has a %1.
QString withPlace(const char* pattern, const QString& place)
{
    const QString text = u8(pattern);
    return text.contains(QLatin1String("%1")) ? text.arg(place) : text;
}

// Above this many members the demo is a district rather than one committee.
constexpr int committeeMaxMembers = 400;

// 1 … 99 in Chinese numerals (第三党支部).
QString chineseNumber(int n)
{
    static const QString digits = u8("〇一二三四五六七八九");
    if (n < 10)
        return digits.mid(n, 1);
    const QString tens = n >= 20 ? digits.mid(n / 10, 1) : QString();
    return tens + u8("十") + (n % 10 ? digits.mid(n % 10, 1) : QString());
}

DemoLeaderTitle title(const char* position, CadreLevel level, GroupRole role)
{
    return {u8(position), level, role};
}

// The 中心组 of a street committee (街道党工委).
std::vector<DemoLeaderTitle> streetTitles()
{
    using C = CadreLevel;
    using R = GroupRole;
    return {title("党工委书记", C::County, R::Leader),
            title("党工委副书记、办事处主任", C::County, R::Deputy),
            title("党工委副书记", C::County, R::Deputy),
            title("党工委委员、纪工委书记", C::County, R::Member),
            title("党工委委员、组织委员", C::Section, R::Member),
            title("党工委委员、宣传委员", C::Section, R::Member),
            title("党工委委员、武装部部长", C::Section, R::Member),
            title("人大工委主任", C::County, R::Member),
            title("办事处副主任", C::Section, R::Member),
            title("办事处副主任", C::Section, R::Member),
            title("党政办公室主任", C::Section, R::Secretary)};
}

// The 中心组 of a district committee (区委).
std::vector<DemoLeaderTitle> districtTitles()
{
    using C = CadreLevel;
    using R = GroupRole;
    return {title("区委书记", C::County, R::Leader),
            title("区委副书记、区长", C::County, R::Deputy),
            title("区委副书记", C::County, R::Deputy),
            title("区委常委、纪委书记", C::County, R::Member),
            title("区委常委、组织部部长", C::County, R::Member),
            title("区委常委、宣传部部长", C::County, R::Member),
            title("区委常委、常务副区长", C::County, R::Member),
            title("区委常委、政法委书记", C::County, R::Member),
            title("区委常委、统战部部长", C::County, R::Member),
            title("区委常委、区委办公室主任", C::County, R::Member),
            title("区委办公室副主任", C::Section, R::Secretary)};
}

// The 中心组 of a committee below the district: 7–9 seats; `body` is 党委, or 党工委 for a street
// (whose discipline body is then a 纪工委).
std::vector<DemoLeaderTitle> subCommitteeTitles(DemoRandom& rng, bool street)
{
    using C = CadreLevel;
    using R = GroupRole;
    const QString body = u8(street ? "党工委" : "党委");
    const auto seat = [&](const char* pattern, CadreLevel level, GroupRole role) {
        return DemoLeaderTitle{u8(pattern).arg(body), level, role};
    };
    std::vector<DemoLeaderTitle> out = {
        seat("%1书记", C::Section, R::Leader), seat("%1副书记", C::Section, R::Deputy),
        seat(street ? "%1委员、纪工委书记" : "%1委员、纪委书记", C::Section, R::Member)};
    const int members = rng.between(3, 5);
    for (int i = 0; i < members; ++i)
        out.push_back(seat("%1委员", C::Section, R::Member));
    out.push_back(title("党政办公室主任", C::NotCadre, R::Secretary));
    return out;
}

// A second-level organisation of the district and the unit types of its branches in turn.
struct DistrictUnit
{
    const char* name; // %1: a place name
    const char* shortName;
    OrgKind kind;
    std::vector<UnitType> mix;
};

std::vector<DistrictUnit> districtUnits()
{
    using U = UnitType;
    const std::vector<U> street = {U::Organ,       U::Community,   U::Community, U::Community,
                                   U::Enterprise,  U::NewEconomic, U::NewSocial, U::Community,
                                   U::Institution, U::School};
    const std::vector<U> town = {U::Organ,   U::Village,     U::Village, U::Village,
                                 U::Village, U::Institution, U::School};
    std::vector<DistrictUnit> out = {{"区委机关工委", "区委", OrgKind::Committee, {U::Organ}}};
    for (int i = 0; i < 8; ++i)
        out.push_back({"%1街道党工委", "%1街道", OrgKind::Committee, street});
    out.push_back({"区教育系统党委",
                   "区教育局",
                   OrgKind::Committee,
                   {U::Organ, U::School, U::School, U::School, U::School}});
    out.push_back({"区卫生健康系统党委",
                   "区卫生健康委",
                   OrgKind::Committee,
                   {U::Organ, U::Institution, U::Institution, U::Institution}});
    out.push_back({"区国资系统党委",
                   "区国资委",
                   OrgKind::Committee,
                   {U::Organ, U::Enterprise, U::Enterprise, U::Enterprise}});
    out.push_back({"区非公有制经济组织党委",
                   "区工商联",
                   OrgKind::Committee,
                   {U::Organ, U::NewEconomic, U::NewEconomic, U::Enterprise}});
    out.push_back(
        {"区社会组织党委", "区民政局", OrgKind::Committee, {U::Organ, U::NewSocial, U::NewSocial}});
    for (int i = 0; i < 3; ++i)
        out.push_back({"%1镇党委", "%1镇", OrgKind::Committee, town});
    out.push_back(
        {"区农业农村局党总支", "区农业农村局", OrgKind::GeneralBranch, {U::Organ, U::Institution}});
    out.push_back({"区市场监管局党总支", "区市场监管局", OrgKind::GeneralBranch, {U::Organ}});
    out.push_back({"区文化旅游体育局党总支",
                   "区文化旅游体育局",
                   OrgKind::GeneralBranch,
                   {U::Organ, U::Institution}});
    return out;
}

// The name of a branch of a unit type; `organNo` numbers the organ branches of its parent.
QString branchName(DemoRandom& rng, UnitType type, const QString& owner, const QString& place,
                   int organNo)
{
    static constexpr const char* institutions[] = {
        "社区卫生服务中心", "卫生院", "文化站", "便民服务中心", "图书馆", "疾病预防控制中心"};
    static constexpr const char* schools[] = {"小学", "中学", "实验小学", "幼儿园", "初级中学"};
    static constexpr const char* companies[] = {"实业有限公司", "物流有限公司", "建设集团",
                                                "水务有限公司", "城市发展集团"};
    static constexpr const char* newEconomic[] = {"科技有限公司", "电子商务产业园", "数字产业园",
                                                  "软件有限公司"};
    static constexpr const char* newSocial[] = {"社会工作服务中心", "律师事务所", "行业协会",
                                                "志愿者协会"};
    switch (type) {
    case UnitType::Organ:
        return owner + u8("机关第%1党支部").arg(chineseNumber(organNo));
    case UnitType::Institution:
        return owner + place + u8(rng.pick(institutions)) + u8("党支部");
    case UnitType::School:
        return place + u8(rng.pick(schools)) + u8("党支部");
    case UnitType::Enterprise:
        return place + u8(rng.pick(companies)) + u8("党支部");
    case UnitType::Community:
        return owner + place + u8("社区党支部");
    case UnitType::Village:
        return owner + place + u8("村党支部");
    case UnitType::NewEconomic:
        return place + u8(rng.pick(newEconomic)) + u8("联合党支部");
    case UnitType::NewSocial:
    case UnitType::Other:
        return place + u8(rng.pick(newSocial)) + u8("党支部");
    }
    return owner + u8("党支部");
}

} // namespace

DemoLayout DemoLayout::plan(DemoRandom& rng, int members, int year)
{
    DemoLayout layout;
    layout.year = year;
    layout.district = members > committeeMaxMembers;
    if (layout.district)
        layout.planDistrict(rng, members);
    else
        layout.planCommittee(rng, members);
    return layout;
}

void DemoLayout::addCentral(int org, int branch, std::vector<DemoLeaderTitle> titles,
                            int observerBranch)
{
    DemoBranch& b = branches[static_cast<size_t>(branch)];
    DemoCentral c;
    c.org = org;
    c.branch = branch;
    c.offset = static_cast<int>(b.leaders.size());
    c.count = static_cast<int>(titles.size());
    c.observerBranch = observerBranch;
    b.leaders.insert(b.leaders.end(), titles.begin(), titles.end());
    centrals.push_back(c);
}

// One street committee (街道党工委) with its branches of different unit types directly below.
void DemoLayout::planCommittee(DemoRandom& rng, int members)
{
    orgs.push_back({u8("D01"), u8("江南街道党工委"), -1, OrgKind::Committee, UnitType::Organ});
    const UnitType types[] = {UnitType::Organ,     UnitType::Institution, UnitType::Enterprise,
                              UnitType::Community, UnitType::School,      UnitType::NewEconomic,
                              UnitType::Village,   UnitType::NewSocial};
    const int count = std::clamp(members / 16, 4, static_cast<int>(std::size(types)));
    const std::vector<DemoLeaderTitle> titles = streetTitles();
    const int leaders = static_cast<int>(titles.size());
    const int rest = members - leaders;
    const QString owner = u8("江南街道");
    for (int i = 0; i < count; ++i) {
        const UnitType type = types[i];
        const QString place = DemoNames::place(rng.below(DemoNames::placeCount()));
        QString name = branchName(rng, type, owner, place, 1);
        if (type == UnitType::Organ)
            name = owner + u8("机关党支部");
        orgs.push_back({QString::asprintf("D01-%02d", i + 1), name, 0, OrgKind::Branch, type});
        DemoBranch b;
        b.org = static_cast<int>(orgs.size()) - 1;
        b.size = rest / count + (i < rest % count ? 1 : 0);
        branches.push_back(b);
    }
    branches[0].size += leaders;
    // The 中心组 sits in the organ branch; a community (or the second) branch's secretary attends.
    addCentral(0, 0, titles, count > 3 ? 3 : 1);
}

// A district: the committee, up to twenty committees and general branches below it, and
// branches of 30–60 members below those.
void DemoLayout::planDistrict(DemoRandom& rng, int members)
{
    std::vector<int> sizes;
    int left = members;
    while (left > 0) {
        int size = rng.between(30, 60);
        if (left - size < 30)
            size = left;
        sizes.push_back(size);
        left -= size;
    }
    const int branchCount = static_cast<int>(sizes.size());
    const std::vector<DistrictUnit> units = districtUnits();
    const int unitCount = std::clamp(branchCount / 4, 3, static_cast<int>(units.size()));

    orgs.push_back({u8("D01"), u8("江城区委"), -1, OrgKind::Committee, UnitType::Organ});
    std::vector<QString> owners;
    int placeNo = rng.below(DemoNames::placeCount());
    for (int u = 0; u < unitCount; ++u) {
        const DistrictUnit& unit = units[static_cast<size_t>(u)];
        const QString place = DemoNames::place(placeNo++);
        orgs.push_back({QString::asprintf("D01-%02d", u + 1), withPlace(unit.name, place), 0,
                        unit.kind, unit.mix.front()});
        owners.push_back(withPlace(unit.shortName, place));
    }
    // Branches are dealt to the units in turn, each unit cycling through its unit types.
    std::vector<int> perUnit(static_cast<size_t>(unitCount), 0);
    std::vector<int> organs(static_cast<size_t>(unitCount), 0);
    std::vector<int> firstBranch(static_cast<size_t>(unitCount), -1);
    std::vector<int> secondBranch(static_cast<size_t>(unitCount), -1);
    for (int i = 0; i < branchCount; ++i) {
        const int u = i % unitCount;
        const DistrictUnit& unit = units[static_cast<size_t>(u)];
        const int n = perUnit[static_cast<size_t>(u)]++;
        const UnitType type = unit.mix[static_cast<size_t>(n) % unit.mix.size()];
        if (type == UnitType::Organ)
            ++organs[static_cast<size_t>(u)];
        const QString name =
            branchName(rng, type, owners[static_cast<size_t>(u)], DemoNames::place(placeNo++),
                       organs[static_cast<size_t>(u)]);
        orgs.push_back(
            {QString::asprintf("D01-%02d-%03d", u + 1, n + 1), name, u + 1, OrgKind::Branch, type});
        DemoBranch b;
        b.org = static_cast<int>(orgs.size()) - 1;
        b.size = sizes[static_cast<size_t>(i)];
        branches.push_back(b);
        if (n == 0)
            firstBranch[static_cast<size_t>(u)] = i;
        else if (n == 1)
            secondBranch[static_cast<size_t>(u)] = i;
    }
    // The district's 中心组 sits in the first organ branch; the first street's secretary attends.
    addCentral(0, firstBranch[0], districtTitles(), firstBranch[1]);
    for (int u = 0; u < unitCount; ++u) {
        if (units[static_cast<size_t>(u)].kind != OrgKind::Committee)
            continue;
        const int observer = rng.perMille(500) ? secondBranch[static_cast<size_t>(u)] : -1;
        const bool street = QByteArray(units[static_cast<size_t>(u)].name).contains("街道");
        addCentral(u + 1, firstBranch[static_cast<size_t>(u)], subCommitteeTitles(rng, street),
                   observer);
    }
}

} // namespace sl
