#include "DemoNames.h"

#include <iterator>

namespace sl {

namespace {

struct Surname
{
    const char* text;
    int weight; // rough share among people, in units of 0.05 %
};

// The common surnames, most frequent first, with a rough weight each.
constexpr Surname surnames[] = {
    {"王", 142}, {"李", 140}, {"张", 134}, {"刘", 108}, {"陈", 90}, {"杨", 62}, {"黄", 44},
    {"赵", 40},  {"吴", 38},  {"周", 38},  {"徐", 26},  {"孙", 26}, {"马", 24}, {"朱", 22},
    {"胡", 20},  {"郭", 20},  {"何", 18},  {"高", 18},  {"林", 18}, {"罗", 18}, {"郑", 16},
    {"梁", 14},  {"谢", 12},  {"宋", 12},  {"唐", 10},  {"许", 10}, {"韩", 10}, {"冯", 10},
    {"邓", 10},  {"曹", 10},  {"彭", 8},   {"曾", 8},   {"肖", 8},  {"田", 8},  {"董", 8},
    {"袁", 8},   {"潘", 6},   {"于", 6},   {"蒋", 6},   {"蔡", 6},  {"余", 6},  {"杜", 6},
    {"叶", 6},   {"程", 6},   {"苏", 6},   {"魏", 6},   {"吕", 6},  {"丁", 6},  {"任", 6},
    {"沈", 6},   {"姚", 4},   {"卢", 4},   {"姜", 4},   {"崔", 4},  {"钟", 4},  {"谭", 4},
    {"陆", 4},   {"汪", 4},   {"范", 4},   {"金", 4},   {"石", 4},  {"廖", 4},  {"贾", 4},
    {"夏", 4},   {"韦", 4},   {"付", 4},   {"方", 4},   {"白", 4},  {"邹", 4},  {"孟", 4},
    {"熊", 4},   {"秦", 4},   {"邱", 4},   {"江", 4},   {"尹", 4},  {"薛", 4},  {"闫", 4},
    {"段", 4},   {"雷", 4},   {"侯", 4},   {"龙", 4},   {"史", 4},  {"陶", 2},  {"黎", 2},
    {"贺", 2},   {"顾", 2},   {"毛", 2},   {"郝", 2},   {"龚", 2},  {"邵", 2},  {"万", 2},
    {"钱", 2},   {"严", 2},   {"覃", 2},   {"武", 2},   {"戴", 2},  {"莫", 2},  {"孔", 2},
    {"向", 2},   {"汤", 2},   {"常", 2},   {"温", 2},   {"康", 2},  {"施", 2},  {"文", 2},
    {"牛", 2},   {"樊", 2},   {"葛", 2},   {"邢", 2},   {"安", 2},  {"齐", 2},  {"易", 2},
    {"乔", 2},   {"伍", 2},   {"庞", 2},   {"颜", 2},   {"倪", 2},  {"庄", 2},  {"聂", 2},
    {"章", 2},   {"鲁", 2},   {"岳", 2},   {"翟", 2},   {"殷", 2},  {"詹", 2},  {"申", 2},
    {"欧阳", 1}, {"上官", 1}, {"司马", 1}, {"诸葛", 1},
};

constexpr int totalSurnameWeight()
{
    int sum = 0;
    for (const auto& s : surnames)
        sum += s.weight;
    return sum;
}

// Common characters of given names. Some fit either gender.
constexpr const char* maleChars[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "峰", "建", "国",
    "志", "海", "东", "亮", "成", "兵", "锋", "松", "晨", "博", "毅", "诚", "坤", "洋", "振",
    "文", "卫", "新", "光", "永", "胜", "庆", "德", "忠", "良", "瑞", "彬", "宏", "铭", "哲",
};
constexpr const char* femaleChars[] = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "英", "红", "燕", "萍", "雪",
    "琳", "婷", "慧", "颖", "倩", "洁", "佳", "欣", "悦", "怡", "晶", "璐", "瑶", "婧", "岚",
    "蕾", "薇", "莉", "梅", "兰", "丹", "璇", "菲", "晓", "月", "春", "凤", "华", "云", "莹",
    "琴", "清", "露", "雯", "爽", "妍", "茜", "思", "嘉", "宁", "文", "秋", "蓉", "亚", "珊",
};
constexpr const char* neutralChars[] = {
    "子", "一", "小", "新", "立", "学", "安", "春", "海", "天", "家", "晓", "金", "玉",
    "永", "光", "中", "文", "世", "雨", "长", "正", "保", "振", "书", "嘉", "思", "明",
};

// Fictional place names (streets, communities, villages, schools).
constexpr const char* places[] = {
    "明月", "春晖", "金桥", "桂花", "锦绣", "翠湖", "青山", "杨柳", "和平", "长乐", "清河", "东湖",
    "望江", "凤凰", "丰收", "兴隆", "石桥", "荷塘", "梅园", "湖滨", "南苑", "北辰", "西城", "朝阳",
    "映山", "银杏", "紫荆", "碧水", "云溪", "新华", "光明", "幸福", "育才", "滨江", "龙湾", "松林",
    "白鹭", "新城", "古塘", "双桥", "花港", "芙蓉", "泉水", "枫林", "竹园", "秀水", "安澜", "文昌",
    "振兴", "永安", "红旗", "团结", "建设", "民主", "胜利", "友谊", "迎春", "晨光", "星火", "东方",
};

QString given(DemoRandom& rng, Gender gender)
{
    const auto pickChar = [&]() -> const char* {
        if (rng.perMille(200))
            return rng.pick(neutralChars);
        return gender == Gender::Female ? rng.pick(femaleChars) : rng.pick(maleChars);
    };
    QString out = QString::fromUtf8(pickChar());
    if (rng.perMille(720)) { // two-character given names are the more common
        QString second = QString::fromUtf8(pickChar());
        if (second == out && rng.perMille(800)) // reduplicated names (婷婷) only now and then
            second = QString::fromUtf8(gender == Gender::Female ? rng.pick(femaleChars)
                                                                : rng.pick(maleChars));
        out += second;
    }
    return out;
}

} // namespace

QString DemoNames::personName(DemoRandom& rng, Gender gender)
{
    static constexpr int total = totalSurnameWeight();
    int r = rng.below(total);
    const char* surname = surnames[0].text;
    for (const auto& s : surnames) {
        if (r < s.weight) {
            surname = s.text;
            break;
        }
        r -= s.weight;
    }
    return QString::fromUtf8(surname) + given(rng, gender);
}

QString DemoNames::phone(DemoRandom& rng)
{
    static constexpr int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150,
                                       151, 152, 153, 155, 156, 157, 158, 159, 177, 180,
                                       181, 182, 183, 185, 186, 187, 188, 189, 191, 199};
    const int prefix = rng.pick(prefixes);
    const int a = rng.below(10000);
    const int b = rng.below(10000);
    return QString::asprintf("%d%04d%04d", prefix, a, b);
}

QString DemoNames::place(int index)
{
    const int n = placeCount();
    return QString::fromUtf8(places[((index % n) + n) % n]);
}

int DemoNames::placeCount()
{
    return static_cast<int>(std::size(places));
}

QString DemoNames::position(DemoRandom& rng, UnitType unitType)
{
    static constexpr const char* organ[] = {"科员", "一级科员",     "四级主任科员", "副科长",
                                            "科长", "办公室副主任", "综合科科员",   "财务科科员"};
    static constexpr const char* institution[] = {"医生",     "主治医师", "护士",   "护士长",
                                                  "科室主任", "会计",     "技术员", "档案管理员"};
    static constexpr const char* school[] = {"教师",     "班主任", "教研组长", "教导主任",
                                             "年级组长", "校医",   "后勤主任"};
    static constexpr const char* enterprise[] = {"工程师",   "技术员",   "项目经理", "财务主管",
                                                 "车间主任", "销售经理", "质检员",   "安全员"};
    static constexpr const char* community[] = {"社区工作者", "网格员", "居委会委员",
                                                "退休党员",   "楼栋长", "物业服务中心主任"};
    static constexpr const char* village[] = {"村民委员会委员",     "种植户",
                                              "合作社负责人",       "退休党员",
                                              "村务监督委员会委员", "返乡创业青年"};
    static constexpr const char* newEconomic[] = {"软件工程师", "产品经理",   "运营专员",
                                                  "技术总监",   "数据分析师", "人力资源专员"};
    static constexpr const char* newSocial[] = {"社会工作者", "项目主管",       "律师",
                                                "注册会计师", "行业协会秘书长", "志愿服务队队长"};
    const auto text = [&](const auto& list) { return QString::fromUtf8(rng.pick(list)); };
    switch (unitType) {
    case UnitType::Organ:
        return text(organ);
    case UnitType::Institution:
        return text(institution);
    case UnitType::School:
        return text(school);
    case UnitType::Enterprise:
        return text(enterprise);
    case UnitType::Community:
        return text(community);
    case UnitType::Village:
        return text(village);
    case UnitType::NewEconomic:
        return text(newEconomic);
    case UnitType::NewSocial:
    case UnitType::Other:
        return text(newSocial);
    }
    return text(organ);
}

} // namespace sl
