#include "ArchiveDocument.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "RowPages.h"

#include <QTextDocument>

namespace sl {

namespace {

using Column = DocumentComposer::Column;

QString count(int n)
{
    return QString::number(n);
}

QString seatDates(const MembershipEntry& m)
{
    const bool from = dates::isSet(m.from);
    const bool to = dates::isSet(m.to);
    if (from && to)
        return ChineseText::date(m.from) + QStringLiteral("至") + ChineseText::date(m.to);
    if (from)
        return ChineseText::date(m.from) + QStringLiteral("起");
    if (to)
        return QStringLiteral("至") + ChineseText::date(m.to);
    return QStringLiteral("长期");
}

QString component(const std::optional<double>& value)
{
    return value ? ChineseText::number(*value, 2) : QStringLiteral("不适用");
}

void identity(DocumentComposer& c, const MemberArchive& a)
{
    const Member& m = a.member;
    c.fields({
        {QStringLiteral("姓名"), m.name},
        {QStringLiteral("编号"), m.extId},
        {QStringLiteral("性别"), m.gender ? enumZh(*m.gender) : QString()},
        {QStringLiteral("出生日期"), ChineseText::date(m.birthDate)},
        {QStringLiteral("入党日期"), ChineseText::date(m.joinDate)},
        {QStringLiteral("人员类别"), m.category ? enumZh(*m.category) : QString()},
        {QStringLiteral("职务"), m.position},
        {QStringLiteral("干部级别"), enumZh(m.cadreLevel)},
        {QStringLiteral("所在党组织"), a.orgName, true},
    });
}

void groups(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("一、学习组与职务"));
    if (a.memberships.empty()) {
        c.paragraph(QStringLiteral("本年度未参加学习组。"));
        return;
    }
    c.paragraph(QStringLiteral("本年度参加学习组%1个。").arg(a.memberships.size()));
    std::vector<QStringList> rows;
    for (const MembershipEntry& m : a.memberships)
        rows.push_back({m.groupName, enumZh(m.groupKind), enumZh(m.role), seatDates(m)});
    c.table({{QStringLiteral("学习组"), 40},
             {QStringLiteral("类型"), 18},
             {QStringLiteral("职务"), 12},
             {QStringLiteral("起止日期"), 30}},
            rows);
}

QString makeupText(const AttendanceEntry& e)
{
    if (e.status != AttendanceStatus::Excused && e.status != AttendanceStatus::Absent)
        return {};
    if (!dates::isSet(e.makeupDate))
        return QStringLiteral("未补学");
    return ChineseText::monthDay(e.makeupDate) + QStringLiteral("已补学");
}

void sessions(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("二、集体学习（出勤与补学）"));
    const MemberFigures& f = a.totals;
    int observed = 0;
    for (const AttendanceEntry& e : a.sessions)
        observed += e.status == AttendanceStatus::Observer ? 1 : 0;
    if (a.sessions.empty()) {
        c.paragraph(QStringLiteral("本年度无集体学习考勤记录。"));
        return;
    }
    QString text = QStringLiteral("全年应参加集体学习%1次，出席%2次、迟到%3次、早退%4次、"
                                  "请假%5次、缺席%6次")
                       .arg(count(f.expected), count(f.present), count(f.late), count(f.earlyLeave),
                            count(f.excused), count(f.absent));
    if (observed > 0)
        text += QStringLiteral("，另列席%1次").arg(observed);
    text += QStringLiteral("；参加集体学习共%1学时。").arg(ChineseText::hours(f.collectiveMinutes));
    if (f.makeupOwed() > 0) {
        text += QStringLiteral("因请假、缺席应补学%1次，已补学%2次")
                    .arg(count(f.makeupOwed()), count(f.makeupDone));
        text += f.makeupOutstanding() > 0
                    ? QStringLiteral("，尚有%1次未补学。").arg(f.makeupOutstanding())
                    : QStringLiteral("，均已补学。");
    }
    c.paragraph(text);
    bool severalGroups = false;
    for (const AttendanceEntry& e : a.sessions)
        severalGroups = severalGroups || e.groupId != a.sessions.front().groupId;
    std::vector<QStringList> rows;
    for (const AttendanceEntry& e : a.sessions) {
        QStringList row{
            ChineseText::monthDay(e.date), e.groupName,      e.topic,      enumZh(e.form),
            ChineseText::hours(e.minutes), enumZh(e.status), makeupText(e)};
        if (!severalGroups)
            row.removeAt(1);
        rows.push_back(row);
    }
    if (severalGroups)
        c.table({{QStringLiteral("日期"), 12},
                 {QStringLiteral("学习组"), 21},
                 {QStringLiteral("学习主题"), 27},
                 {QStringLiteral("形式"), 12},
                 {QStringLiteral("学时"), 7},
                 {QStringLiteral("考勤"), 7},
                 {QStringLiteral("补学"), 14}},
                rows, 10.5);
    else
        c.table({{QStringLiteral("日期"), 12},
                 {QStringLiteral("学习主题"), 44},
                 {QStringLiteral("形式"), 12},
                 {QStringLiteral("学时"), 8},
                 {QStringLiteral("考勤"), 8},
                 {QStringLiteral("补学"), 16}},
                rows, 10.5);
}

void speeches(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("三、交流发言"));
    if (a.speeches.empty()) {
        c.paragraph(QStringLiteral("本年度无交流发言记录。"));
        return;
    }
    c.paragraph(QStringLiteral("全年在集体学习中交流发言%1次。").arg(a.speeches.size()));
    std::vector<QStringList> rows;
    for (const SpeechEntry& s : a.speeches)
        rows.push_back({ChineseText::monthDay(s.date), s.sessionTopic, s.title});
    c.table({{QStringLiteral("日期"), 14},
             {QStringLiteral("学习活动"), 40},
             {QStringLiteral("发言题目"), 46}},
            rows);
}

void selfStudy(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("四、个人自学（含笔记）"));
    if (a.selfStudy.empty()) {
        c.paragraph(QStringLiteral("本年度无个人自学记录。"));
        return;
    }
    c.paragraph(QStringLiteral("全年个人自学%1次，共%2学时；撰写学习笔记%3字。")
                    .arg(a.selfStudy.size())
                    .arg(ChineseText::hours(a.totals.selfStudyMinutes))
                    .arg(a.totals.notesChars));
    int n = 0;
    for (const SelfStudyLine& line : a.selfStudy) {
        const SelfStudyEntry& e = line.entry;
        QString head =
            QStringLiteral("%1. %2，%3（").arg(++n).arg(ChineseText::monthDay(e.date), e.material);
        if (e.medium)
            head += enumZh(*e.medium) + QStringLiteral("，");
        head += QStringLiteral("%1分钟）").arg(e.minutes);
        c.plain(head);
        const QStringList paragraphs = e.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString p = paragraphs[i].trimmed();
            if (!p.isEmpty())
                c.paragraph(i == 0 ? QStringLiteral("笔记：") + p : p);
        }
    }
}

void writings(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("五、心得与调研"));
    const MemberFigures& f = a.totals;
    if (a.writings.empty()) {
        c.paragraph(QStringLiteral("本年度无心得体会、理论文章和调研报告记录。"));
        return;
    }
    QString text = QStringLiteral("全年撰写心得体会%1篇、理论文章%2篇、调研报告%3篇，"
                                  "折合%4个写作单位")
                       .arg(count(f.reflections), count(f.articles), count(f.reports),
                            count(f.writingUnits()));
    text += f.awards > 0 ? QStringLiteral("；获评%1篇。").arg(f.awards) : QStringLiteral("。");
    c.paragraph(text);
    std::vector<QStringList> rows;
    for (const WritingEntry& w : a.writings)
        rows.push_back({ChineseText::monthDay(w.date), enumZh(w.kind), w.title,
                        QString::number(w.chars), w.published,
                        w.award ? enumZh(*w.award) : QString()});
    c.table({{QStringLiteral("日期"), 12},
             {QStringLiteral("类别"), 13},
             {QStringLiteral("题目"), 35},
             {QStringLiteral("字数"), 9},
             {QStringLiteral("发表交流"), 19},
             {QStringLiteral("评选结果"), 12}},
            rows, 10.5);
}

void assessment(DocumentComposer& c, const MemberArchive& a)
{
    c.heading1(QStringLiteral("六、学习考核"));
    const MemberFigures& f = a.totals;
    const Rubric& r = a.rubric;
    c.paragraph(
        QStringLiteral("全年学时合计%1学时（集体学习%2学时、个人自学%3学时），年度目标"
                       "%4学时；学习笔记%5字，目标%6字；交流发言%7次，目标%8次；"
                       "心得与调研折合%9个写作单位，目标%10个。")
            .arg(ChineseText::hours(f.totalMinutes()), ChineseText::hours(f.collectiveMinutes),
                 ChineseText::hours(f.selfStudyMinutes), ChineseText::number(a.hoursTarget(), 0),
                 QString::number(f.notesChars), QString::number(a.notesTarget()), count(f.speeches),
                 count(r.speechesTarget), count(f.writingUnits()))
            .arg(r.writingsTarget));
    if (a.assessments.empty()) {
        c.paragraph(QStringLiteral("本年度无学习组考核结果。"));
        return;
    }
    static const char16_t* numerals[] = {u"一", u"二", u"三", u"四", u"五",
                                         u"六", u"七", u"八", u"九", u"十"};
    int n = 0;
    for (const ArchiveAssessment& g : a.assessments) {
        if (a.assessments.size() > 1 && n < 10)
            c.heading2(
                QStringLiteral("（%1）%2").arg(QString::fromUtf16(numerals[n]), g.groupName));
        ++n;
        const AssessmentResult& res = g.result;
        QString text = QStringLiteral("在%1（%2）%3年度学习考核中，得分%4分，等次为%5，"
                                      "在%6名被考核成员中排名第%7。")
                           // One arg() call: a group name holding "%3" must not take the year.
                           .arg(g.groupName, enumZh(g.role), QString::number(a.year),
                                ChineseText::number(res.final, 1), enumZh(res.grade),
                                QString::number(g.assessedMembers), QString::number(res.rank));
        if (res.vetoed)
            text += QStringLiteral("因有缺席未补学，等次不评为优秀。");
        c.paragraph(text);
        c.table(
            {{QStringLiteral("考核项目"), 40},
             {QStringLiteral("满分"), 30},
             {QStringLiteral("得分"), 30}},
            {{QStringLiteral("出勤"), ChineseText::number(r.attendanceMax, 0),
              component(res.attendance)},
             {QStringLiteral("学时"), ChineseText::number(r.hoursMax, 0), component(res.hours)},
             {QStringLiteral("学习笔记"), ChineseText::number(r.notesMax, 0), component(res.notes)},
             {QStringLiteral("交流发言"), ChineseText::number(r.speechesMax, 0),
              component(res.speeches)},
             {QStringLiteral("心得与调研"), ChineseText::number(r.writingsMax, 0),
              component(res.writings)},
             {QStringLiteral("评选加分"), ChineseText::number(r.bonusMax, 0),
              ChineseText::number(res.bonus, 2)},
             {QStringLiteral("调整"), QString(), ChineseText::number(res.adjustment, 2)},
             {QStringLiteral("最终得分"), QStringLiteral("100"),
              ChineseText::number(res.final, 1)}});
    }
}

} // namespace

QString ArchiveDocument::title(const MemberArchive& archive)
{
    // One arg() call: a name holding "%1" must not take the year.
    return QStringLiteral("%1同志%2年度学习档案")
        .arg(archive.member.name, QString::number(archive.year));
}

std::unique_ptr<QTextDocument> ArchiveDocument::build(const MemberArchive& archive,
                                                      const Date& generatedOn)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title(archive));
    // Its tables of sessions, self-study and writings run over pages: no row is cut.
    rowpages::request(*document);
    DocumentComposer c(*document);
    c.title(QStringLiteral("学习档案"));
    c.subtitle(QStringLiteral("%1年度").arg(archive.year));
    c.blankLine();
    identity(c, archive);
    groups(c, archive);
    sessions(c, archive);
    speeches(c, archive);
    selfStudy(c, archive);
    writings(c, archive);
    assessment(c, archive);
    if (dates::isSet(generatedOn)) {
        c.blankLine();
        c.closing(archive.orgName, ChineseText::date(generatedOn));
    }
    return document;
}

} // namespace sl
