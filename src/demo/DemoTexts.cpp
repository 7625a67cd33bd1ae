#include "DemoTexts.h"

#include "DemoStudyTexts.h"

#include <iterator>

namespace sl {

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename C> QString pickText(DemoRandom& rng, const C& list)
{
    return u8(rng.pick(list));
}
constexpr const char* baseTopics[] = {
    "深入学习党的创新理论",
    "学习《中国共产党章程》，增强党章意识",
    "学习贯彻党的二十大精神",
    "从百年党史中汲取奋进力量",
    "学习《中国共产党纪律处分条例》，筑牢纪律防线",
    "学习《中国共产党廉洁自律准则》",
    "完整准确全面贯彻新发展理念",
    "推动高质量发展",
    "持续优化营商环境",
    "提升基层治理能力",
    "推进绿色低碳发展",
    "全面从严治党与作风建设",
    "落实意识形态工作责任制",
    "统筹发展和安全，抓好安全生产",
    "践行以人民为中心的发展思想",
    "大兴调查研究之风",
    "弘扬伟大建党精神",
    "学习宪法，增强法治观念",
    "全面推进乡村振兴",
    "建设人与自然和谐共生的美丽家园",
    "学习民法典，提升依法履职能力",
    "铸牢中华民族共同体意识",
    "做好保密工作，筑牢网络安全防线",
    "学习先进典型，争做合格党员",
    "加强党性修养，坚定理想信念",
    "加快数字政府建设",
    "严肃党内政治生活",
    "发扬斗争精神，增强斗争本领",
    "以科技创新引领产业发展",
    "发展全过程人民民主",
};

constexpr const char* lectureThemes[] = {
    "坚定理想信念，做合格共产党员", "牢记初心使命，勇于担当作为", "从党史中汲取前进力量",
    "严守纪律规矩，永葆清廉本色",   "发挥党员先锋模范作用",       "以自我革命精神推进全面从严治党",
    "践行宗旨，全心全意为人民服务", "传承红色基因，赓续精神血脉",
};

constexpr const char* partyDayThemes[] = {
    "重温入党誓词",     "参观红色教育基地",     "志愿服务进社区",   "学习身边先进典型",
    "清洁家园志愿活动", "走访慰问困难党员群众", "观看红色影片",     "为党员过政治生日",
    "诵读革命家书",     "党员先锋岗亮诺践诺",   "垃圾分类宣传实践", "文明城市创建志愿服务",
};
} // namespace

QString DemoTexts::topic(DemoRandom& rng, SessionForm form, int month)
{
    switch (form) {
    case SessionForm::Collective:
        return pickText(rng, baseTopics);
    case SessionForm::Seminar:
        return u8("专题研讨：") + pickText(rng, baseTopics);
    case SessionForm::PartyLecture:
        return u8("专题党课：") + pickText(rng, lectureThemes);
    case SessionForm::Lecture:
        return u8("专题讲座：") + pickText(rng, baseTopics);
    case SessionForm::ReadingClub:
        return u8("读书会：共读") + DemoStudyTexts::book(rng);
    case SessionForm::Research:
        return u8("调研：") + DemoStudyTexts::researchSubject(rng);
    case SessionForm::PartyDay:
        if (month == 7)
            return u8("主题党日：庆祝建党节，重温入党誓词");
        return u8("主题党日：") + pickText(rng, partyDayThemes);
    case SessionForm::Joint:
        return u8("联学共建：") + pickText(rng, baseTopics);
    }
    return pickText(rng, baseTopics);
}

QString DemoTexts::triggerTopic(DemoRandom& rng, Trigger trigger)
{
    static constexpr const char* decision[] = {
        "年度重点工作部署前专题学习", "重大项目决策前政策法规学习", "财政预算安排前专题学习",
        "重大改革方案出台前专题学习"};
    static constexpr const char* problem[] = {
        "解决群众急难愁盼问题专题学习", "巡察反馈问题整改专题学习", "化解信访突出问题专题学习",
        "破解发展瓶颈问题专题研讨"};
    static constexpr const char* longTerm[] = {
        "谋划中长期发展规划专题学习", "谋划区域协调发展专题研讨", "谋划人才队伍建设长远规划",
        "谋划城市更新长远发展专题学习"};
    switch (trigger) {
    case Trigger::Decision:
        return pickText(rng, decision);
    case Trigger::Problem:
        return pickText(rng, problem);
    case Trigger::LongTerm:
        return pickText(rng, longTerm);
    }
    return pickText(rng, decision);
}

QString DemoTexts::location(DemoRandom& rng, bool central)
{
    static constexpr const char* centralPlaces[] = {"党委会议室", "机关三楼会议室",
                                                    "党群服务中心多功能厅", "新时代文明实践中心",
                                                    "红色教育基地"};
    static constexpr const char* branchPlaces[] = {
        "党员活动室", "支部会议室", "党群服务站", "新时代文明实践站", "单位会议室", "线上视频会议"};
    return central ? pickText(rng, centralPlaces) : pickText(rng, branchPlaces);
}

QString DemoTexts::sessionMinutes(DemoRandom& rng, const QString& host, const QString& speaker,
                                  const QString& topic)
{
    static constexpr const char* endings[] = {
        "会议要求，要把学习成果转化为推动工作的实际成效。",
        "会议要求，各支部要结合实际抓好学习贯彻落实。",
        "会议强调，要持续加强理论学习，坚持学以致用。",
        "会议要求，党员干部要以学促干，切实发挥先锋模范作用。"};
    return u8("会议由%1主持，%2领学。会议围绕“%3”开展学习，与会同志结合工作实际谈认识、谈体会。")
               .arg(host, speaker, topic) +
           pickText(rng, endings);
}

QString DemoTexts::leaveReason(DemoRandom& rng)
{
    static constexpr const char* reasons[] = {"公务出差",     "因病请假", "参加上级培训",
                                              "外出执行任务", "家中有事", "值班值守",
                                              "参加上级会议", "驻村帮扶"};
    return pickText(rng, reasons);
}

QString DemoTexts::makeupNote(DemoRandom& rng)
{
    static constexpr const char* notes[] = {
        "观看会议录像并提交学习笔记", "自学会议材料，向支部书记汇报学习体会",
        "参加下次集中补学",           "通过线上平台补学",
        "个别补学并撰写心得",         "由支部书记当面传达会议精神"};
    return pickText(rng, notes);
}

QString DemoTexts::speechTitle(DemoRandom& rng)
{
    static constexpr const char* templates[] = {"结合岗位谈%1", "关于%1的学习体会", "%1交流发言",
                                                "把%1落到实处"};
    return u8(rng.pick(templates)).arg(DemoStudyTexts::subject(rng));
}

QString DemoTexts::expertTitle(DemoRandom& rng)
{
    static constexpr const char* titles[] = {"教授", "副教授", "研究员", "副研究员", "高级讲师"};
    return pickText(rng, titles);
}

QString DemoTexts::expertAffiliation(DemoRandom& rng)
{
    static constexpr const char* places[] = {"市委党校",     "省委党校",   "江城大学马克思主义学院",
                                             "市社会科学院", "区委讲师团", "市委党史研究室"};
    return pickText(rng, places);
}

QString DemoTexts::expertFields(DemoRandom& rng)
{
    static constexpr const char* fields[] = {"党史党建", "马克思主义理论", "公共管理",
                                             "法学",     "区域经济",       "生态文明",
                                             "基层治理", "科学社会主义"};
    const int a = rng.below(static_cast<int>(std::size(fields)));
    const int b = (a + 1 + rng.below(3)) % static_cast<int>(std::size(fields));
    return u8(fields[a]) + u8("、") + u8(fields[b]);
}

} // namespace sl
