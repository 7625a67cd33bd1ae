// BulletinText: 一、基本情况 and 二、主要做法和成效, the sections written from the figures.

#include "BulletinText.h"

#include "BulletinWording.h"
#include "EnumTraits.h"

#include <algorithm>

namespace sl {

namespace {

using wording::percentOf;

// The forms held, most first (ties in the order of SessionForm), with their counts.
std::vector<std::pair<SessionForm, int>> formsUsed(const BulletinFigures& f)
{
    std::vector<std::pair<SessionForm, int>> out;
    for (int i = 0; i < kSessionFormCount; ++i) {
        if (f.sessions.byForm[size_t(i)] > 0)
            out.emplace_back(SessionForm(i), f.sessions.byForm[size_t(i)]);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

QString memberNoun(const BulletinData& data)
{
    return data.scope.ref.isGroup() ? QStringLiteral("成员") : QStringLiteral("党员");
}

QString planSentence(const BulletinData& data)
{
    const BulletinFigures::Plan& p = data.figures.plan;
    if (p.items == 0)
        return wording::periodShort(data.period) + QStringLiteral("学习计划未安排学习内容。");
    QString s = QStringLiteral("学习计划安排学习内容%1项，").arg(p.items);
    if (p.done >= p.items)
        return s + QStringLiteral("已全部完成。");
    if (p.done == 0)
        return s + QStringLiteral("均未完成。");
    return s + QStringLiteral("已完成%1项，完成率%2。").arg(p.done).arg(percentOf(p.done, p.items));
}

QString sessionsParagraph(const BulletinData& data)
{
    const BulletinFigures& f = data.figures;
    QString s = wording::periodName(data.period) + QStringLiteral("，") + data.scope.name.trimmed();
    if (f.sessions.total == 0)
        return s + QStringLiteral("未组织集体学习活动。") + planSentence(data);
    s += QStringLiteral("共组织学习活动%1次").arg(f.sessions.total);
    const auto forms = formsUsed(f);
    if (forms.size() == 1) {
        s += QStringLiteral("，均为") + enumZh(forms.front().first) + QStringLiteral("。");
    } else if (!forms.empty()) {
        QStringList parts;
        for (const auto& [form, count] : forms)
            parts << enumZh(form) + QString::number(count) + QStringLiteral("次");
        s += QStringLiteral("，其中") + wording::joined(parts) + QStringLiteral("。");
    } else {
        s += QStringLiteral("。");
    }
    if (f.sessions.threeMusts > 0)
        s += QStringLiteral("落实“三个必学习”要求开展专题学习%1次。").arg(f.sessions.threeMusts);
    else
        s += QStringLiteral("未按“三个必学习”要求开展专题学习。");
    return s + planSentence(data);
}

QString attendanceParagraph(const BulletinData& data)
{
    const BulletinFigures::Attendance& a = data.figures.attendance;
    if (data.figures.sessions.total == 0)
        return {};
    if (a.expected == 0)
        return QStringLiteral("集体学习未记录考勤。");
    const int attended = a.present + a.late + a.earlyLeave;
    QString s = QStringLiteral("集体学习应参学%1人次，实际参学%2人次，参学率%3")
                    .arg(a.expected)
                    .arg(attended)
                    .arg(wording::percent(a.participationRate()));
    QStringList inside;
    if (a.late > 0)
        inside << QStringLiteral("迟到%1人次").arg(a.late);
    if (a.earlyLeave > 0)
        inside << QStringLiteral("早退%1人次").arg(a.earlyLeave);
    if (!inside.isEmpty())
        s += QStringLiteral("（其中") + wording::joined(inside) + QStringLiteral("）");
    QStringList away;
    if (a.excused > 0)
        away << QStringLiteral("请假%1人次").arg(a.excused);
    if (a.absent > 0)
        away << QStringLiteral("缺席%1人次").arg(a.absent);
    if (!away.isEmpty())
        s += QStringLiteral("；") + wording::joined(away);
    s += QStringLiteral("。");
    const BulletinFigures::Makeup& m = data.figures.makeup;
    if (m.owed == 0)
        return s + QStringLiteral("无请假、缺席情况。");
    s += QStringLiteral("因请假、缺席应补学%1人次，").arg(m.owed);
    if (m.done >= m.owed)
        return s + QStringLiteral("已全部补学。");
    if (m.done == 0)
        return s + QStringLiteral("均未补学。");
    return s + QStringLiteral("已补学%1人次，尚有%2人次未补学。").arg(m.done).arg(m.owed - m.done);
}

QString selfStudyParagraph(const BulletinData& data)
{
    const BulletinFigures& f = data.figures;
    const int n = f.members.total;
    const QString noun = memberNoun(data);
    const QString when = wording::periodShort(data.period);
    if (n == 0)
        return when + QStringLiteral("无参学") + noun +
               QStringLiteral("，未统计个人自学和学习笔记情况。");
    QString s = data.scope.name.trimmed() + QStringLiteral("参学") + noun +
                QStringLiteral("%1名，").arg(n) + when;
    if (f.selfStudyMinutes > 0)
        s += QStringLiteral("个人自学共计%1学时，人均%2学时；")
                 .arg(wording::hours(f.selfStudyMinutes),
                      wording::number(f.selfStudyMinutes / 60.0 / n, 1));
    else
        s += QStringLiteral("未记录个人自学学时；");
    const int meeting = f.members.meetingHoursTarget;
    if (meeting == n)
        s += QStringLiteral("集体学习与个人自学合计学时均达到目标要求。");
    else if (meeting == 0)
        s += QStringLiteral("集体学习与个人自学合计学时均未达到目标要求。");
    else
        s += QStringLiteral("集体学习与个人自学合计学时达到目标要求的%1名，占%2。")
                 .arg(meeting)
                 .arg(percentOf(meeting, n));
    if (f.notesChars > 0)
        s += QStringLiteral("撰写学习笔记%1，人均%2字。")
                 .arg(wording::characters(f.notesChars))
                 .arg(wording::number(double(f.notesChars) / n, 0));
    else
        s += QStringLiteral("未记录学习笔记。");
    return s;
}

QString exchangeParagraph(const BulletinData& data)
{
    const BulletinFigures& f = data.figures;
    QString s = wording::periodShort(data.period);
    if (f.speeches > 0)
        s += QStringLiteral("在集体学习中交流发言%1次；").arg(f.speeches);
    else
        s += QStringLiteral("集体学习中无交流发言记录；");
    const BulletinFigures::Writings& w = f.writings;
    QStringList kinds;
    if (w.reflections > 0)
        kinds << QStringLiteral("心得体会%1篇").arg(w.reflections);
    if (w.articles > 0)
        kinds << QStringLiteral("理论文章%1篇").arg(w.articles);
    if (w.reports > 0)
        kinds << QStringLiteral("调研报告%1篇").arg(w.reports);
    if (kinds.isEmpty())
        return s + QStringLiteral("未撰写心得体会、理论文章和调研报告。");
    s += QStringLiteral("撰写") + wording::joined(kinds);
    if (w.awards > 0)
        s += QStringLiteral("，其中%1篇在评选中获奖").arg(w.awards);
    return s + QStringLiteral("。");
}

QString formParagraph(const BulletinData& data)
{
    const auto forms = formsUsed(data.figures);
    if (forms.empty())
        return {};
    const auto& [form, count] = forms.front();
    QString s = QStringLiteral("坚持以%1为主要形式，%2开展%1%3次，占学习活动总数的%4")
                    .arg(enumZh(form), wording::periodShort(data.period), QString::number(count),
                         percentOf(count, data.figures.sessions.total));
    if (forms.size() == 1)
        return s + QStringLiteral("，学习组织规范有序。");
    QStringList others;
    for (size_t i = 1; i < forms.size(); ++i)
        others << enumZh(forms[i].first);
    return s + QStringLiteral("，并综合运用") + wording::joined(others) +
           QStringLiteral("等形式，增强了学习的吸引力和实效性。");
}

QString threeMustsParagraph(const BulletinData& data)
{
    const auto& sessions = data.threeMustSessions;
    if (sessions.empty())
        return {};
    QStringList triggers;
    for (const EnumEntry<Trigger>& e : EnumTraits<Trigger>::entries) {
        const bool used = std::any_of(sessions.begin(), sessions.end(), [&](const auto& s) {
            return s.trigger && *s.trigger == e.value;
        });
        if (used)
            triggers << enumZh(e.value);
    }
    const int total = std::max(data.figures.sessions.threeMusts, int(sessions.size()));
    QString s = QStringLiteral("认真落实“三个必学习”要求，");
    if (!triggers.isEmpty())
        s += QStringLiteral("在") + wording::joined(triggers);
    s += QStringLiteral("开展专题学习%1次：").arg(total);
    QStringList items;
    for (const BulletinSession& b : sessions) {
        QString item = wording::monthDay(b.date);
        if (!data.scope.ref.isGroup() && !b.groupName.trimmed().isEmpty())
            item += QStringLiteral("，") + b.groupName.trimmed();
        item += QStringLiteral("围绕") + wording::quoted(b.topic) + QStringLiteral("开展学习");
        if (b.trigger)
            item += QStringLiteral("（") + enumZh(*b.trigger) + QStringLiteral("）");
        items << item;
    }
    constexpr int most = 5;
    s += items.mid(0, most).join(QStringLiteral("；"));
    if (items.size() > most || total > int(items.size()))
        s += QStringLiteral("等");
    return s + QStringLiteral("，做到学习与决策、工作紧密结合。");
}

QString attendedParagraph(const BulletinData& data)
{
    QStringList topics;
    QStringList rates;
    for (const BulletinSession& b : data.bestAttended) {
        if (b.expected <= 0)
            continue;
        topics << wording::quoted(b.topic);
        rates << percentOf(b.attended, b.expected);
    }
    if (topics.isEmpty())
        return {};
    if (topics.size() == 1)
        return topics.front() + QStringLiteral("专题学习参学率达到") + rates.front() +
               QStringLiteral("，") + memberNoun(data) + QStringLiteral("参学积极性较高。");
    return topics.join(QString()) + QStringLiteral("等专题学习参学率分别达到") +
           wording::joined(rates) + QStringLiteral("，") + memberNoun(data) +
           QStringLiteral("参学积极性较高。");
}

} // namespace

BulletinParagraphs BulletinText::overview(const BulletinData& data)
{
    BulletinParagraphs out{BulletinParagraph::heading1(QStringLiteral("一、基本情况")),
                           BulletinParagraph::heading2(QStringLiteral("（一）集体学习")),
                           BulletinParagraph::body(sessionsParagraph(data))};
    const QString attendance = attendanceParagraph(data);
    if (!attendance.isEmpty())
        out.push_back(BulletinParagraph::body(attendance));
    out.push_back(BulletinParagraph::heading2(QStringLiteral("（二）个人自学")));
    out.push_back(BulletinParagraph::body(selfStudyParagraph(data)));
    out.push_back(BulletinParagraph::heading2(QStringLiteral("（三）交流研讨和撰写心得")));
    out.push_back(BulletinParagraph::body(exchangeParagraph(data)));
    return out;
}

BulletinParagraphs BulletinText::practices(const BulletinData& data)
{
    BulletinParagraphs out{BulletinParagraph::heading1(QStringLiteral("二、主要做法和成效"))};
    for (const QString& p :
         {formParagraph(data), threeMustsParagraph(data), attendedParagraph(data)}) {
        if (!p.isEmpty())
            out.push_back(BulletinParagraph::body(p));
    }
    const QStringList own = paragraphsOf(data.prose.practices);
    if (out.size() == 1 && own.isEmpty())
        out.push_back(BulletinParagraph::body(wording::periodShort(data.period) +
                                              QStringLiteral("未组织开展集体学习，暂无可总结的"
                                                             "做法和成效。")));
    for (const QString& p : own)
        out.push_back(BulletinParagraph::body(p));
    return out;
}

} // namespace sl
