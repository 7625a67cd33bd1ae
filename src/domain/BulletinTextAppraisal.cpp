// BulletinText: 三、表扬 and 四、存在的问题, the sections that name (or count) members.

#include "BulletinText.h"

#include "BulletinWording.h"
#include "EnumTraits.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sl {

namespace {

const char16_t* const kOrdinals[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};

QString memberNoun(const BulletinData& data)
{
    return data.scope.ref.isGroup() ? QStringLiteral("成员") : QStringLiteral("党员");
}

// A target in 学时: 32 when whole, else one decimal (a prorated 7.9).
QString target(double hours)
{
    const double rounded = std::round(hours * 10.0) / 10.0;
    return wording::number(rounded, rounded == std::floor(rounded) ? 0 : 1);
}

QString named(const BulletinMemberRow& row)
{
    const QString org = row.orgName.trimmed();
    return row.figures.name.trimmed() +
           (org.isEmpty() ? QString() : QStringLiteral("（") + org + QStringLiteral("）"));
}

// 1.王小明（机关第一党支部），考核得分95.2分，排名第1；全年学时42.5学时，……
QString excellentLine(int n, const BulletinMemberRow& row)
{
    const MemberFigures& f = row.figures;
    QString s = QStringLiteral("%1.").arg(n) + named(row) + QStringLiteral("，");
    if (row.finalScore)
        s += QStringLiteral("考核得分%1分，").arg(wording::number(*row.finalScore, 1));
    if (row.rank > 0)
        s += QStringLiteral("排名第%1，").arg(row.rank);
    s += QStringLiteral("全年学时%1学时，出席集体学习%2次")
             .arg(wording::hours(f.totalMinutes()))
             .arg(f.attended());
    if (f.speeches > 0)
        s += QStringLiteral("，交流发言%1次").arg(f.speeches);
    const int writings = f.reflections + f.articles + f.reports;
    if (writings > 0)
        s += QStringLiteral("，撰写心得文章%1篇").arg(writings);
    if (f.awards > 0)
        s += QStringLiteral("（获奖%1篇）").arg(f.awards);
    return s + QStringLiteral("。");
}

QString fullAttendanceLine(int n, const BulletinMemberRow& row)
{
    const MemberFigures& f = row.figures;
    return QStringLiteral("%1.").arg(n) + named(row) +
           QStringLiteral("，出席集体学习%1次，学时%2学时（目标%3学时）。")
               .arg(QString::number(f.attended()), wording::hours(f.totalMinutes()),
                    target(row.hoursTarget));
}

QString gradeSentence(const BulletinData& data)
{
    GradeCounts counts{};
    if (data.grades) {
        counts = *data.grades;
    } else {
        for (const BulletinMemberRow& r : data.members) {
            if (r.grade)
                ++counts[size_t(int(*r.grade))];
        }
    }
    QStringList parts;
    for (const EnumEntry<Grade>& e : EnumTraits<Grade>::entries) {
        const int c = counts[size_t(int(e.value))];
        if (c > 0)
            parts << enumZh(e.value) + QString::number(c) + QStringLiteral("名");
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("经年度学习考核，评定") + wording::joined(parts) + QStringLiteral("。");
}

bool fullAttendanceOnTarget(const BulletinMemberRow& r)
{
    const MemberFigures& f = r.figures;
    return f.expected > 0 && f.attended() == f.expected && f.hours() >= r.hoursTarget;
}

bool farBelowTarget(const BulletinMemberRow& r)
{
    return r.hoursTarget > 0 && r.figures.hours() < r.hoursTarget / 2.0;
}

int distinctOrganisations(const std::vector<const BulletinMemberRow*>& rows)
{
    QSet<QString> orgs;
    for (const BulletinMemberRow* r : rows)
        orgs.insert(r->orgName.trimmed());
    return int(orgs.size());
}

// ，涉及少数党组织 (organisation scope only)
QString organisationsInvolved(const BulletinData& data, int orgs)
{
    if (data.scope.ref.isGroup() || orgs == 0)
        return {};
    return QStringLiteral("，涉及") + wording::share(orgs, std::max(1, int(data.subOrgs.size()))) +
           QStringLiteral("党组织");
}

QString absentProblem(const BulletinData& data)
{
    std::vector<const BulletinMemberRow*> rows;
    int records = 0;
    for (const BulletinMemberRow& r : data.members) {
        if (r.figures.absentNotMadeUp > 0) {
            rows.push_back(&r);
            records += r.figures.absentNotMadeUp;
        }
    }
    if (rows.empty())
        return {};
    if (data.settings.namesInProblems) {
        QStringList names;
        for (const BulletinMemberRow* r : rows)
            names << r->figures.name.trimmed() +
                         QStringLiteral("（%1次）").arg(r->figures.absentNotMadeUp);
        return wording::joined(names) + QStringLiteral("缺席集体学习后未按要求补学");
    }
    return wording::share(int(rows.size()), data.figures.members.total) +
           QStringLiteral("同志缺席集体学习后未按要求补学，共%1人次").arg(records) +
           organisationsInvolved(data, distinctOrganisations(rows));
}

QString hoursProblem(const BulletinData& data)
{
    std::vector<const BulletinMemberRow*> rows;
    for (const BulletinMemberRow& r : data.members) {
        if (farBelowTarget(r))
            rows.push_back(&r);
    }
    if (rows.empty())
        return {};
    if (data.settings.namesInProblems) {
        QStringList names;
        for (const BulletinMemberRow* r : rows)
            names << r->figures.name.trimmed() + QStringLiteral("（%1学时，目标%2学时）")
                                                     .arg(wording::hours(r->figures.totalMinutes()),
                                                          target(r->hoursTarget));
        return wording::joined(names) + QStringLiteral("学时不足目标要求的一半");
    }
    return wording::share(int(rows.size()), data.figures.members.total) +
           QStringLiteral("同志学时不足目标要求的一半，自学主动性不强") +
           organisationsInvolved(data, distinctOrganisations(rows));
}

QString planProblem(const BulletinData& data)
{
    const auto& items = data.planItemsNotDone;
    const int open = std::max(int(items.size()), data.figures.plan.items - data.figures.plan.done);
    if (open <= 0)
        return {};
    QString s = QStringLiteral("学习计划中有%1项学习内容未按期完成").arg(open);
    if (data.settings.namesInProblems && !items.empty()) {
        QStringList named;
        for (const BulletinPlanItem& i : items) {
            QString item;
            if (!data.scope.ref.isGroup())
                item += i.groupName.trimmed();
            if (i.month > 0)
                item += QStringLiteral("%1月").arg(i.month);
            named << item + wording::quoted(i.topic);
        }
        return s + QStringLiteral("（") + wording::joined(named, 5) + QStringLiteral("）");
    }
    if (!data.scope.ref.isGroup()) {
        QSet<QString> groups;
        for (const BulletinPlanItem& i : items)
            groups.insert(i.groupName.trimmed());
        if (!groups.isEmpty())
            s += QStringLiteral("，涉及%1个学习组").arg(groups.size());
    }
    return s;
}

QString laggingProblem(const BulletinData& data)
{
    QStringList names;
    for (const SubOrgFigures& s : data.subOrgs) {
        if (s.isLagging())
            names << s.name.trimmed();
    }
    if (names.isEmpty())
        return {};
    const QString what = QStringLiteral("参学率低于80%或学时达标人数不足60%，学习组织有待加强");
    if (data.settings.namesInProblems)
        return wording::joined(names) + what;
    return wording::share(int(names.size()), int(data.subOrgs.size())) + QStringLiteral("党组织") +
           what;
}

} // namespace

BulletinParagraphs BulletinText::commendation(const BulletinData& data)
{
    BulletinParagraphs out{BulletinParagraph::heading1(QStringLiteral("三、表扬"))};
    std::vector<const BulletinMemberRow*> rows;
    if (data.period.isCalendarYear()) {
        for (const BulletinMemberRow& r : data.members) {
            if (r.grade == Grade::Excellent)
                rows.push_back(&r);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
            return (a->rank > 0 ? a->rank : INT_MAX) < (b->rank > 0 ? b->rank : INT_MAX);
        });
        QString intro = gradeSentence(data);
        if (rows.empty()) {
            out.push_back(BulletinParagraph::body(
                intro + (intro.isEmpty() ? QStringLiteral("本年度尚无考核等次为优秀的同志。")
                                         : QStringLiteral("本年度没有考核等次为优秀的同志。"))));
            return out;
        }
        out.push_back(BulletinParagraph::body(
            intro +
            QStringLiteral("对考核等次为优秀的以下%1名同志予以通报表扬：").arg(rows.size())));
        int n = 0;
        for (const BulletinMemberRow* r : rows)
            out.push_back(BulletinParagraph::body(excellentLine(++n, *r)));
    } else {
        for (const BulletinMemberRow& r : data.members) {
            if (fullAttendanceOnTarget(r))
                rows.push_back(&r);
        }
        if (rows.empty()) {
            out.push_back(BulletinParagraph::body(
                QStringLiteral("本期没有同时做到全勤参加集体学习、学时达到目标要求的同志。")));
            return out;
        }
        out.push_back(BulletinParagraph::body(
            wording::periodName(data.period) +
            QStringLiteral("，以下%1名同志全勤参加集体学习，学时达到目标要求，予以通报表扬：")
                .arg(rows.size())));
        int n = 0;
        for (const BulletinMemberRow* r : rows)
            out.push_back(BulletinParagraph::body(fullAttendanceLine(++n, *r)));
    }
    out.push_back(BulletinParagraph::body(QStringLiteral("希望受到表扬的同志珍惜荣誉、再接再厉，"
                                                         "全体") +
                                          memberNoun(data) +
                                          QStringLiteral("要以他们为榜样，在学懂弄通做实上"
                                                         "下功夫。")));
    return out;
}

BulletinParagraphs BulletinText::problems(const BulletinData& data)
{
    BulletinParagraphs out{BulletinParagraph::heading1(QStringLiteral("四、存在的问题"))};
    QStringList found;
    if (data.figures.sessions.total == 0)
        found << wording::periodShort(data.period) +
                     QStringLiteral("未组织开展集体学习活动，学习制度落实不到位");
    for (const QString& p :
         {absentProblem(data), hoursProblem(data), planProblem(data), laggingProblem(data)}) {
        if (!p.isEmpty())
            found << p;
    }
    if (found.isEmpty()) {
        out.push_back(BulletinParagraph::body(
            wording::periodShort(data.period) +
            QStringLiteral("学习总体情况良好，未发现缺学未补、学时明显不足和学习计划未落实等"
                           "问题。")));
        return out;
    }
    if (found.size() == 1) {
        out.push_back(BulletinParagraph::body(QStringLiteral("对照学习制度要求，还存在不足：") +
                                              found.front() + QStringLiteral("。")));
        return out;
    }
    out.push_back(
        BulletinParagraph::body(QStringLiteral("对照学习制度要求，还存在一些问题和不足。")));
    for (int i = 0; i < found.size(); ++i)
        out.push_back(BulletinParagraph::body(QString::fromUtf16(kOrdinals[i]) +
                                              QStringLiteral("是") + found[i] +
                                              QStringLiteral("。")));
    return out;
}

} // namespace sl
