#include "LedgerVolumeParts.h"

#include "ChineseText.h"

#include "domain/EnumTraits.h"

#include <array>

namespace sl::volume_parts {

namespace {

using Column = DocumentComposer::Column;

QString count(qint64 n)
{
    return QString::number(n);
}

QString doneText(const VolumePlanItem& item)
{
    if (!item.done())
        return QStringLiteral("未开展");
    QStringList dates;
    for (const Date& d : item.sessionDates)
        dates << ChineseText::monthDay(d);
    return dates.join(QStringLiteral("、"));
}

} // namespace

QString orBlank(const QString& text)
{
    return text.isEmpty() ? QString(QChar::Nbsp) : text;
}

QString numeral(int n)
{
    static const std::array<const char16_t*, 10> digits{u"",   u"一", u"二", u"三", u"四",
                                                        u"五", u"六", u"七", u"八", u"九"};
    if (n < 1 || n > 99)
        return QString::number(n);
    if (n < 10)
        return QString::fromUtf16(digits[size_t(n)]);
    const QString tens = n >= 20 ? QString::fromUtf16(digits[size_t(n / 10)]) : QString();
    return tens + QStringLiteral("十") + QString::fromUtf16(digits[size_t(n % 10)]);
}

QString groupHeading(int n, const QString& groupName)
{
    return QStringLiteral("（%1）").arg(numeral(n)) + groupName;
}

void plan(DocumentComposer& c, const LedgerVolume& volume, const QString& heading)
{
    c.heading1(heading);
    if (volume.plans.empty()) {
        c.paragraph(QStringLiteral("本年度无学习计划。"));
        return;
    }
    const bool several = volume.scope.ref.kind == ScopeKind::Organisation;
    int n = 0;
    for (const VolumePlan& p : volume.plans) {
        if (several)
            c.heading2(groupHeading(++n, p.groupName));
        QString text =
            dates::isSet(p.approvedOn)
                ? QStringLiteral("学习计划于%1审定，").arg(ChineseText::date(p.approvedOn))
                : QStringLiteral("学习计划尚未审定，");
        text +=
            QStringLiteral("共列学习专题%1项，已开展%2项").arg(p.items.size()).arg(p.doneCount());
        const int open = int(p.items.size()) - p.doneCount();
        text += open > 0 ? QStringLiteral("，尚有%1项未开展。").arg(open) : QStringLiteral("。");
        c.paragraph(text);
        if (p.items.empty())
            continue;
        std::vector<QStringList> rows;
        for (const VolumePlanItem& i : p.items)
            rows.push_back({count(i.item.itemNo), QStringLiteral("%1月").arg(i.item.month),
                            orBlank(i.item.topic), enumZh(i.item.form), orBlank(i.item.lead),
                            doneText(i)});
        c.table({{QStringLiteral("序号"), 7, centred},
                 {QStringLiteral("月份"), 8, centred},
                 {QStringLiteral("学习专题"), 37, flushLeft, true, true},
                 {QStringLiteral("形式"), 12, centred, true},
                 {QStringLiteral("领学人"), 12, centred, true},
                 {QStringLiteral("开展情况"), 24, flushLeft, true, true}},
                rows, tablePointSize, tablePaddingPt);
    }
}

void selfStudy(DocumentComposer& c, const LedgerVolume& volume, const QString& heading)
{
    c.heading1(heading);
    if (volume.selfStudy.empty()) {
        c.paragraph(QStringLiteral("本年度无应参加学习的成员。"));
        return;
    }
    qint64 entries = 0, minutes = 0, chars = 0;
    int active = 0;
    for (const SelfStudySummaryRow& r : volume.selfStudy) {
        entries += r.entries;
        minutes += r.minutes;
        chars += r.notesChars;
        active += r.entries > 0 ? 1 : 0;
    }
    c.paragraph(QStringLiteral("本年度%1名成员中%2人记录个人自学，共%3次、%4学时，"
                               "撰写学习笔记%5字。")
                    .arg(count(qint64(volume.selfStudy.size())), count(active), count(entries),
                         ChineseText::hours(minutes), count(chars)));
    std::vector<QStringList> rows;
    int n = 0;
    for (const SelfStudySummaryRow& r : volume.selfStudy)
        rows.push_back({count(++n), orBlank(r.name), orBlank(r.memberExtId), count(r.entries),
                        ChineseText::hours(r.minutes), count(r.notesChars)});
    c.table({{QStringLiteral("序号"), 10, centred},
             {QStringLiteral("姓名"), 20, flushLeft, true, true},
             {QStringLiteral("编号"), 20, centred, true},
             {QStringLiteral("自学次数"), 16, centred},
             {QStringLiteral("学时"), 16, centred},
             {QStringLiteral("笔记字数"), 18, centred}},
            rows, tablePointSize, tablePaddingPt);
}

void writings(DocumentComposer& c, const LedgerVolume& volume, const QString& heading)
{
    c.heading1(heading);
    if (volume.writings.empty()) {
        c.paragraph(QStringLiteral("本年度无心得体会、理论文章和调研报告登记。"));
        return;
    }
    std::array<int, 3> kinds{};
    int awards = 0;
    for (const WritingRegisterRow& w : volume.writings) {
        kinds[size_t(w.kind)] += 1;
        awards += w.award ? 1 : 0;
    }
    QString text = QStringLiteral("本年度登记心得体会%1篇、理论文章%2篇、调研报告%3篇")
                       .arg(count(kinds[size_t(WritingKind::Reflection)]),
                            count(kinds[size_t(WritingKind::Article)]),
                            count(kinds[size_t(WritingKind::Report)]));
    text += awards > 0 ? QStringLiteral("，其中获评%1篇。").arg(awards) : QStringLiteral("。");
    c.paragraph(text);
    std::vector<QStringList> rows;
    int n = 0;
    for (const WritingRegisterRow& w : volume.writings)
        rows.push_back({count(++n), ChineseText::monthDay(w.date), w.memberName, enumZh(w.kind),
                        orBlank(w.title), count(w.chars), orBlank(w.published),
                        orBlank(w.award ? enumZh(*w.award) : QString())});
    c.table({{QStringLiteral("序号"), 7, centred},
             {QStringLiteral("日期"), 11, centred},
             {QStringLiteral("姓名"), 10, flushLeft, true, true},
             {QStringLiteral("类别"), 11, centred, true},
             {QStringLiteral("题目"), 28, flushLeft, true, true},
             {QStringLiteral("字数"), 8, centred},
             {QStringLiteral("发表交流"), 14, flushLeft, true, true},
             {QStringLiteral("评选结果"), 11, centred, true}},
            rows, tablePointSize, tablePaddingPt);
}

void assessment(DocumentComposer& c, const LedgerVolume& volume, const QString& heading)
{
    c.heading1(heading);
    const ScopeAssessment& a = *volume.assessment;
    std::array<int, 4> grades{};
    for (const AssessmentRow& r : a.rows)
        grades[size_t(r.result.grade)] += 1;
    QString text = a.publication ? QStringLiteral("%1年度学习考核结果已于%2公布。")
                                       .arg(volume.year)
                                       .arg(ChineseText::date(dates::fromQDate(
                                           a.publication->publishedAt.toLocalTime().date())))
                                 : QStringLiteral("%1年度学习考核结果尚未公布，以下为当前"
                                                  "考核情况。")
                                       .arg(volume.year);
    text += QStringLiteral("参加考核%1人，评定优秀%2人、合格%3人、基本合格%4人、不合格%5人。")
                .arg(count(qint64(a.rows.size())), count(grades[size_t(Grade::Excellent)]),
                     count(grades[size_t(Grade::Pass)]), count(grades[size_t(Grade::BasicPass)]),
                     count(grades[size_t(Grade::Fail)]));
    c.paragraph(text);
    if (a.rows.empty())
        return;
    std::vector<QStringList> rows;
    for (const AssessmentRow& r : a.rows) {
        QStringList notes;
        if (r.result.adjustment != 0)
            notes << QStringLiteral("调整%1").arg(ChineseText::number(r.result.adjustment, 1));
        if (r.result.vetoed)
            notes << QStringLiteral("缺席未补学");
        rows.push_back({count(r.result.rank), orBlank(r.figures.name), orBlank(r.figures.extId),
                        orBlank(r.orgName), ChineseText::number(r.result.final, 1),
                        enumZh(r.result.grade), orBlank(notes.join(QStringLiteral("；")))});
    }
    c.table({{QStringLiteral("名次"), 8, centred},
             {QStringLiteral("姓名"), 12, flushLeft, true, true},
             {QStringLiteral("编号"), 14, centred, true},
             {QStringLiteral("所在组织"), 24, flushLeft, true, true},
             {QStringLiteral("得分"), 10, centred},
             {QStringLiteral("等次"), 12, centred, true},
             {QStringLiteral("备注"), 20, flushLeft, true, true}},
            rows, tablePointSize, tablePaddingPt);
}

} // namespace sl::volume_parts
