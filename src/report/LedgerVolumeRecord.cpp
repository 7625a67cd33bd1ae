// The annual volume's own record of a held session (LedgerVolumeDocument::recordFallback).
#include "ChineseText.h"
#include "DocumentComposer.h"
#include "LedgerVolumeDocument.h"

#include "domain/EnumTraits.h"

namespace sl {

namespace {

QString timeSpan(const StudySession& s)
{
    if (!s.start.isValid())
        return QStringLiteral("%1分钟").arg(s.minutes);
    return s.start.toString(QStringLiteral("H:mm")) + QStringLiteral("—") +
           s.start.addSecs(s.minutes * 60).toString(QStringLiteral("H:mm"));
}

QString planItemText(const StudyRecord& r)
{
    if (!r.planItem)
        return QStringLiteral("计划外");
    return QStringLiteral("第%1项（%2月）").arg(r.planItem->itemNo).arg(r.planItem->month) +
           r.planItem->topic;
}

// "陈静（公务出差，3月15日已补学）".
QString absenceText(const RecordAbsence& a)
{
    QStringList notes;
    if (!a.reason.isEmpty())
        notes << a.reason;
    notes << (a.madeUp() ? ChineseText::monthDay(a.makeupDate) + QStringLiteral("已补学")
                         : QStringLiteral("未补学"));
    return a.name + QStringLiteral("（") + notes.join(QStringLiteral("，")) + QStringLiteral("）");
}

QString absences(const std::vector<RecordAbsence>& list)
{
    QStringList out;
    for (const RecordAbsence& a : list)
        out << absenceText(a);
    return out.isEmpty() ? QStringLiteral("无") : out.join(QStringLiteral("、"));
}

} // namespace

void LedgerVolumeDocument::recordFallback(DocumentComposer& c, const StudyRecord& r)
{
    const StudySession& s = r.session;
    c.fields({
        {QStringLiteral("学习组"), r.groupName, true},
        {QStringLiteral("日期"), ChineseText::date(s.date)},
        {QStringLiteral("时间"), timeSpan(s)},
        {QStringLiteral("地点"), s.location},
        {QStringLiteral("形式"), enumZh(s.form)},
        {QStringLiteral("主持人"), s.host},
        {QStringLiteral("记录人"), s.recorder},
        {QStringLiteral("主讲人"), s.speaker},
        {QStringLiteral("学时"), ChineseText::hours(s.minutes)},
        {QStringLiteral("学习主题"), s.topic, true},
        {QStringLiteral("计划专题"), planItemText(r), true},
        {QStringLiteral("应到"), QString::number(r.expected)},
        {QStringLiteral("实到"), QString::number(r.attended)},
        {QStringLiteral("列席"), QString::number(r.observers)},
        {QStringLiteral("补学"),
         QStringLiteral("应补%1人，已补%2人").arg(r.makeupOwed()).arg(r.makeupDone)},
    });
    c.paragraph(QStringLiteral("请假：") + absences(r.excused));
    c.paragraph(QStringLiteral("缺席：") + absences(r.absent));
    const QStringList minutes = s.minutesText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < minutes.size(); ++i)
        c.paragraph(i == 0 ? QStringLiteral("学习纪要：") + minutes[i].trimmed()
                           : minutes[i].trimmed());
    if (!r.speeches.empty()) {
        QStringList speeches;
        for (const RecordSpeech& sp : r.speeches)
            speeches << sp.name + QStringLiteral("《") + sp.title + QStringLiteral("》");
        c.paragraph(QStringLiteral("交流发言：") + speeches.join(QStringLiteral("、")));
    }
    if (!r.materials.isEmpty())
        c.paragraph(QStringLiteral("学习材料：") + r.materials.join(QStringLiteral("、")));
}

} // namespace sl
