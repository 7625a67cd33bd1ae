#include "DemoStudyTexts.h"

#include <algorithm>
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
constexpr const char* subjects[] = {
    "党的创新理论",   "党章党规",   "新发展理念",   "党史学习教育", "调查研究",
    "基层治理",       "作风建设",   "全面从严治党", "群众路线",     "伟大建党精神",
    "先锋模范作用",   "高质量发展", "法治建设",     "生态文明建设", "乡村振兴",
    "统筹发展和安全", "担当作为",   "为民办实事",   "清廉机关建设", "学习型党组织建设",
    "意识形态工作",   "自我革命",   "基层党建",     "改革创新",     "廉洁文化建设",
};

constexpr const char* researchSubjects[] = {
    "社区居家养老服务现状", "优化营商环境",     "老旧小区改造",     "基层党组织标准化建设",
    "农村集体经济发展",     "青年人才引进培养", "社区网格化治理",   "新就业群体党建工作",
    "中小企业融资难题",     "中小学课后服务",   "垃圾分类推进情况", "为基层减负",
    "流动党员教育管理",     "村级组织运转保障", "医疗服务便民举措", "历史文化街区保护",
    "社会组织参与基层治理", "干部队伍结构",     "志愿服务长效机制", "背街小巷环境整治",
};

constexpr const char* books[] = {
    "《习近平谈治国理政》第一卷",
    "《习近平谈治国理政》第二卷",
    "《习近平谈治国理政》第三卷",
    "《习近平谈治国理政》第四卷",
    "《习近平新时代中国特色社会主义思想学习纲要》",
    "《中国共产党简史》",
    "《中国共产党章程》",
    "《论党的自我革命》",
    "《之江新语》",
    "《摆脱贫困》",
    "《共产党宣言》",
    "《毛泽东选集》第一卷",
    "《邓小平文选》第三卷",
    "《中国共产党的九十年》",
    "《中华人民共和国宪法》",
    "《中国共产党纪律处分条例》",
    "《中华人民共和国民法典》",
    "《红星照耀中国》",
};

constexpr const char* videos[] = {
    "专题片《永远在路上》", "专题片《零容忍》", "纪录片《榜样》",     "纪录片《我们走在大路上》",
    "党员教育电视片",       "红色经典影片",     "先进事迹报告会录像", "专家辅导报告视频",
};

constexpr const char* courses[] = {
    "干部网络学院：党史专题课程",   "干部网络学院：法治政府建设专题",
    "干部网络学院：新发展理念专题", "党员教育平台：党章党规专题课",
    "学习平台“每日一课”",           "党员教育平台：基层治理专题课",
    "干部网络学院：调查研究方法",   "干部网络学院：公文写作与办文规范",
};

constexpr const char* otherMaterials[] = {
    "党员先锋岗典型事迹材料", "基层党建工作手册", "上级党组织学习资料汇编",
    "警示教育案例选编",       "本单位学习简报",
};

constexpr const char* openers[] = {
    "通过认真研读，我对党的创新理论有了更加系统的认识。",
    "本次自学围绕学习材料的核心要义展开，边读边思，收获很大。",
    "利用业余时间反复阅读学习材料，并做了重点摘抄。",
    "这次学习让我进一步理解了理论与实践相统一的道理。",
    "结合近期工作实际，我重点学习了材料中关于担当作为的论述。",
    "读完这份材料，深感理论学习只有进行时、没有完成时。",
    "按照支部学习计划，我认真完成了本阶段的自学任务。",
    "学习中我对照原文逐段思考，把握其中的基本观点和方法。",
    "带着工作中遇到的问题学习，感到思路更加清晰。",
    "本次学习以原著为主，辅以辅导读物，理解更加深入。",
    "学习材料语言朴实、道理深刻，读来很受启发。",
    "通过观看和研读，我对党的奋斗历程有了更深的感悟。",
    "在学习中注重学思用贯通、知信行统一。",
    "这次学习内容丰富、针对性强，对做好本职工作很有帮助。",
};

constexpr const char* reflections[] = {
    "理想信念是共产党人精神上的钙，必须常补常新。",
    "要坚持以人民为中心，把群众的急难愁盼作为工作的着力点。",
    "只有把理论学深悟透，才能在实际工作中把准方向。",
    "干部要敢于担当、善于作为，在急难险重任务中经受考验。",
    "调查研究是谋事之基、成事之道，没有调查就没有发言权。",
    "全面从严治党永远在路上，必须严守纪律规矩。",
    "要把学习成果转化为推动工作的思路举措和实际成效。",
    "基层是落实各项政策的最后一公里，必须把工作做细做实。",
    "新发展理念是一个整体，必须完整、准确、全面贯彻。",
    "作风建设关系党的形象，要坚决反对形式主义、官僚主义。",
    "要时刻牢记初心使命，始终保持为民务实清廉的政治本色。",
    "学习不能满足于读过、看过，更要在思考中深化认识。",
    "党员干部要在岗位上发挥先锋模范作用。",
    "要增强系统观念，统筹发展和安全，善于抓主要矛盾。",
    "办好群众身边的小事，就是践行宗旨的具体体现。",
    "守住底线、不碰红线，是每一名党员的基本要求。",
    "面对新形势新任务，必须不断提高专业能力和本领。",
    "团结协作是做好工作的重要保证，要形成齐抓共管的合力。",
    "历史是最好的教科书，要从党的奋斗历程中汲取智慧和力量。",
    "制度的生命力在于执行，要把制度优势转化为治理效能。",
    "联系群众要放下架子、扑下身子，多听真话、多察实情。",
    "改革创新是发展的动力，要敢于破除思维定势。",
    "要把严的基调、严的措施、严的氛围长期坚持下去。",
    "对照先进找差距，才能明确努力方向。",
    "做好本职工作就是对学习成效最好的检验。",
    "要善于运用科学的思想方法分析问题、解决问题。",
    "生态环境保护是功在当代、利在千秋的事业。",
    "安全生产责任重于泰山，任何时候都不能松懈。",
    "要坚持问题导向，以钉钉子精神抓好各项任务落实。",
    "廉洁自律要从小事做起，从一点一滴做起。",
    "青年党员更要勤学善思，在实践中增长才干。",
    "要自觉用党的创新理论武装头脑、指导实践、推动工作。",
};

constexpr const char* resolutions[] = {
    "对照检查，我在理论学习的系统性上还有差距，今后要持之以恒。",
    "下一步，我将把学习体会运用到具体工作中，努力做出新的成绩。",
    "今后要坚持每天挤出时间学习，做到学有所得、学有所用。",
    "我将以此次学习为契机，进一步改进工作作风，提升服务水平。",
    "我要在岗位上当好表率，带动身边同志共同学习、共同进步。",
    "今后还要多读原著、悟原理，把学习不断引向深入。",
    "反思自身，在调查研究方面做得还不够，今后要多到基层一线去。",
    "我将认真梳理工作中的短板弱项，逐项研究改进措施。",
    "学习永无止境，我要把学习作为一种习惯、一种追求。",
    "在今后的工作中，我将坚持用学习成果检验工作成效。",
};

constexpr const char* reflectionTemplates[] = {"学习%1的心得体会", "%1学习心得", "深化%1的几点体会",
                                               "从%1中汲取奋进力量"};
constexpr const char* reportTemplates[] = {"关于%1的调研报告", "%1调研报告", "关于%1的调查与思考"};
constexpr const char* articleTemplates[] = {"浅谈%1", "论%1的实践要求", "以%1推动工作落实",
                                            "%1的时代内涵与实践路径"};

template <typename T, typename S> int combos(const T& templates, const S& fills)
{
    return static_cast<int>(std::size(templates) * std::size(fills));
}

template <typename T, typename S> QString combo(const T& templates, const S& fills, int index)
{
    const int n = static_cast<int>(std::size(fills));
    return u8(templates[static_cast<size_t>(index / n)]).arg(u8(fills[size_t(index % n)]));
}

// Appends `count` different reflections in random order.
void appendReflections(DemoRandom& rng, QString& out, int count)
{
    constexpr int n = static_cast<int>(std::size(reflections));
    static_assert(n <= 64);
    quint64 used = 0;
    for (int i = 0; i < std::min(count, n); ++i) {
        int r = rng.below(n);
        while (used & (quint64(1) << r))
            r = (r + 1) % n;
        used |= quint64(1) << r;
        out += u8(reflections[r]);
    }
}
} // namespace

QString DemoStudyTexts::subject(DemoRandom& rng)
{
    return pickText(rng, subjects);
}

QString DemoStudyTexts::researchSubject(DemoRandom& rng)
{
    return pickText(rng, researchSubjects);
}

QString DemoStudyTexts::book(DemoRandom& rng)
{
    return pickText(rng, books);
}

QString DemoStudyTexts::material(DemoRandom& rng, Medium medium, int year)
{
    switch (medium) {
    case Medium::Book:
        return pickText(rng, books);
    case Medium::Article: {
        struct Paper
        {
            const char* pattern; // %1 the year, %2 the issue or month
            int last;
        };
        static constexpr Paper papers[] = {{"《求是》%1年第%2期重要文章", 24},
                                           {"《人民日报》%1年%2月评论员文章", 12},
                                           {"《学习时报》%1年第%2期理论文章", 48},
                                           {"《光明日报》%1年%2月理论版文章", 12}};
        const Paper& paper = rng.pick(papers);
        return u8(paper.pattern).arg(year).arg(rng.between(1, paper.last));
    }
    case Medium::AudioVideo:
        return pickText(rng, videos);
    case Medium::OnlineCourse:
        return pickText(rng, courses);
    case Medium::Other:
        return pickText(rng, otherMaterials);
    }
    return pickText(rng, books);
}

QString DemoStudyTexts::note(DemoRandom& rng, int sentences)
{
    QString out = pickText(rng, openers);
    appendReflections(rng, out, sentences - 2);
    if (sentences > 1)
        out += pickText(rng, resolutions);
    return out;
}

int DemoStudyTexts::titleCount(WritingKind kind)
{
    switch (kind) {
    case WritingKind::Reflection:
        return combos(reflectionTemplates, subjects);
    case WritingKind::Report:
        return combos(reportTemplates, researchSubjects);
    case WritingKind::Article:
        return combos(articleTemplates, subjects);
    }
    return 1;
}

QString DemoStudyTexts::writingTitle(WritingKind kind, int index)
{
    switch (kind) {
    case WritingKind::Reflection:
        return combo(reflectionTemplates, subjects, index);
    case WritingKind::Report:
        return combo(reportTemplates, researchSubjects, index);
    case WritingKind::Article:
        return combo(articleTemplates, subjects, index);
    }
    return {};
}

QString DemoStudyTexts::writingText(DemoRandom& rng, int paragraphs)
{
    QString out;
    for (int p = 0; p < paragraphs; ++p) {
        if (p > 0)
            out += QLatin1Char('\n');
        out += u8("　　"); // the customary two-character indent
        out += p == 0 ? note(rng, 1) : QString();
        appendReflections(rng, out, rng.between(4, 7));
        if (p == paragraphs - 1)
            out += pickText(rng, resolutions);
    }
    return out;
}

QString DemoStudyTexts::publishedIn(DemoRandom& rng)
{
    static constexpr const char* venues[] = {"单位内刊",           "组织部学习园地专栏",
                                             "《江城日报》理论版", "学习平台地方频道",
                                             "机关党建网站",       "支部学习交流会"};
    if (rng.perMille(550))
        return {};
    return pickText(rng, venues);
}

} // namespace sl
