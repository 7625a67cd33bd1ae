#include "StudyRecordDocument.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "SessionText.h"

#include <QTextDocument>

namespace sl {

namespace {

// Section headings at the record's level.
class Sections
{
public:
    Sections(DocumentComposer& c, int level) : m_c(c), m_level(level) {}

    void next(const QString& text)
    {
        static const char16_t* numerals[] = {u"一", u"二", u"三", u"四", u"五",
                                             u"六", u"七", u"八", u"九", u"十"};
        const QString n = QString::fromUtf16(numerals[m_n++ % 10]);
        if (m_level == 1)
            m_c.heading1(n + QStringLiteral("、") + text);
        else
            m_c.heading2(QStringLiteral("（") + n + QStringLiteral("）") + text);
    }

private:
    DocumentComposer& m_c;
    int m_level;
    int m_n = 0;
};

QString planItemText(const StudyRecord& r)
{
    if (!r.planItem)
        return QStringLiteral("计划外学习");
    const PlanItemRef& p = *r.planItem;
    QString text =
        QStringLiteral("%1年度学习计划第%2项").arg(int(r.session.date.year())).arg(p.itemNo);
    if (p.month > 0)
        text += QStringLiteral("（%1月）").arg(p.month);
    return text + QStringLiteral("：") + p.topic;
}

void fields(DocumentComposer& c, const StudyRecord& r)
{
    const StudySession& s = r.session;
    c.fields({{QStringLiteral("学习组"), r.groupName},
              {QStringLiteral("日期"), ChineseText::date(s.date)},
              {QStringLiteral("时间"), sessiontext::timeSpan(s)},
              {QStringLiteral("时长"), QStringLiteral("%1分钟").arg(s.minutes)},
              {QStringLiteral("形式"), enumZh(s.form)},
              {QStringLiteral("地点"), s.location},
              {QStringLiteral("学习主题"), s.topic, true},
              {QStringLiteral("主持人"), s.host},
              {QStringLiteral("记录人"), s.recorder},
              {QStringLiteral("主讲人"), s.speaker},
              {QStringLiteral("必学情形"),
               s.trigger ? enumZh(*s.trigger) + QStringLiteral("必学") : QStringLiteral("无")},
              {QStringLiteral("计划事项"), planItemText(r), true}},
             12);
}

QString makeupText(const RecordAbsence& a)
{
    if (!a.madeUp())
        return QStringLiteral("未补学");
    QString text = ChineseText::date(a.makeupDate) + QStringLiteral("已补学");
    if (!a.makeupNote.trimmed().isEmpty())
        text += QStringLiteral("：") + a.makeupNote.trimmed();
    return text;
}

QString absences(const std::vector<RecordAbsence>& list)
{
    QStringList parts;
    for (const RecordAbsence& a : list) {
        QString detail = makeupText(a);
        if (!a.reason.trimmed().isEmpty())
            detail = QStringLiteral("事由：") + a.reason.trimmed() + QStringLiteral("，") + detail;
        parts << a.name + QStringLiteral("（") + detail + QStringLiteral("）");
    }
    return parts.join(QStringLiteral("；"));
}

void attendance(DocumentComposer& c, const StudyRecord& r)
{
    int late = 0, early = 0;
    QStringList present, observers;
    for (const RecordAttendance& l : r.lines) {
        switch (l.status) {
        case AttendanceStatus::Late:
            ++late;
            present << l.name + QStringLiteral("（迟到）");
            break;
        case AttendanceStatus::EarlyLeave:
            ++early;
            present << l.name + QStringLiteral("（早退）");
            break;
        case AttendanceStatus::Present:
            present << l.name;
            break;
        case AttendanceStatus::Observer:
            observers << l.name;
            break;
        case AttendanceStatus::Excused:
        case AttendanceStatus::Absent:
            break;
        }
    }
    QString text = QStringLiteral("应到%1人，实到%2人").arg(r.expected).arg(r.attended);
    if (late + early > 0)
        text += QStringLiteral("（其中迟到%1人、早退%2人）").arg(late).arg(early);
    text += QStringLiteral("，请假%1人，缺席%2人")
                .arg(qsizetype(r.excused.size()))
                .arg(qsizetype(r.absent.size()));
    if (r.observers > 0)
        text += QStringLiteral("，另有列席%1人").arg(r.observers);
    c.paragraph(text + QStringLiteral("。"));
    if (r.lines.empty()) {
        c.paragraph(QStringLiteral("本次学习未登记考勤。"));
        return;
    }
    const QString sep = QStringLiteral("、");
    if (!present.isEmpty())
        c.paragraph(QStringLiteral("出席：") + present.join(sep) + QStringLiteral("。"));
    if (!observers.isEmpty())
        c.paragraph(QStringLiteral("列席：") + observers.join(sep) + QStringLiteral("。"));
    if (!r.excused.empty())
        c.paragraph(QStringLiteral("请假：") + absences(r.excused) + QStringLiteral("。"));
    if (!r.absent.empty())
        c.paragraph(QStringLiteral("缺席：") + absences(r.absent) + QStringLiteral("。"));
    if (r.makeupOwed() > 0)
        c.paragraph(QStringLiteral("补学：应补学%1人，已补学%2人，未补学%3人。")
                        .arg(r.makeupOwed())
                        .arg(r.makeupDone)
                        .arg(r.makeupOwed() - r.makeupDone));
}

void minutes(DocumentComposer& c, const StudyRecord& r)
{
    const QStringList paragraphs = r.session.minutesText.split(QLatin1Char('\n'));
    bool any = false;
    for (const QString& p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        c.paragraph(p.trimmed());
        any = true;
    }
    if (!any)
        c.paragraph(QStringLiteral("未记录学习纪要。"));
}

void speeches(DocumentComposer& c, const StudyRecord& r)
{
    if (r.speeches.empty()) {
        c.paragraph(QStringLiteral("本次学习无交流发言。"));
        return;
    }
    c.paragraph(QStringLiteral("交流发言%1人次：").arg(qsizetype(r.speeches.size())));
    int n = 0;
    for (const RecordSpeech& s : r.speeches)
        c.paragraph(QStringLiteral("%1. %2：%3").arg(QString::number(++n), s.name, s.title));
}

void materials(DocumentComposer& c, const StudyRecord& r)
{
    if (r.materials.isEmpty()) {
        c.paragraph(QStringLiteral("本次学习未附学习材料。"));
        return;
    }
    int n = 0;
    for (const QString& m : r.materials)
        c.paragraph(QStringLiteral("%1. %2").arg(QString::number(++n), m));
}

} // namespace

QString StudyRecordDocument::title(const StudyRecord& record)
{
    return record.groupName + ChineseText::date(record.session.date) + QStringLiteral("学习记录");
}

QString StudyRecordDocument::heading(const StudyRecord& record)
{
    return ChineseText::monthDay(record.session.date) + QStringLiteral("　") + record.session.topic;
}

void StudyRecordDocument::compose(DocumentComposer& c, const StudyRecord& record, int headingLevel)
{
    Sections sections(c, headingLevel == 1 ? 1 : 2);
    fields(c, record);
    sections.next(QStringLiteral("出勤情况"));
    attendance(c, record);
    sections.next(QStringLiteral("学习纪要"));
    minutes(c, record);
    sections.next(QStringLiteral("交流发言"));
    speeches(c, record);
    sections.next(QStringLiteral("学习材料"));
    materials(c, record);
    c.blankLine();
    c.plain(QStringLiteral("主持人签字：____________　　记录人签字：____________"));
}

std::unique_ptr<QTextDocument> StudyRecordDocument::build(const StudyRecord& record)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title(record));
    DocumentComposer c(*document);
    c.title(QStringLiteral("学习记录"));
    c.subtitle(record.groupName);
    c.blankLine();
    compose(c, record, 1);
    return document;
}

} // namespace sl
