#include "AuditDetails.h"

#include "EnumTraits.h"

namespace sl::audit {

namespace {

template <typename E> QString label(const std::optional<E>& value)
{
    return value ? enumZh(*value) : QString();
}

QString orgRef(qint64 id)
{
    return id ? QStringLiteral("#%1").arg(id) : QString();
}

QString timeText(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

// A long text is not repeated: its length before and after says that it changed.
void longText(Diff& diff, const QString& label, const QString& before, const QString& after)
{
    if (before != after)
        diff.field(label, QStringLiteral("%1 字").arg(before.size()),
                   QStringLiteral("%1 字").arg(after.size()));
}

} // namespace

QString memberText(const Member& m)
{
    return m.extId + QLatin1Char(' ') + m.name;
}

QString memberChange(const Member& b, const Member& a)
{
    Diff d;
    d.field(QStringLiteral("编号"), b.extId, a.extId)
        .field(QStringLiteral("姓名"), b.name, a.name)
        .field(QStringLiteral("性别"), label(b.gender), label(a.gender))
        .field(QStringLiteral("出生日期"), b.birthDate, a.birthDate)
        .field(QStringLiteral("入党日期"), b.joinDate, a.joinDate)
        .field(QStringLiteral("类别"), label(b.category), label(a.category))
        .field(QStringLiteral("组织"), orgRef(b.orgId), orgRef(a.orgId))
        .field(QStringLiteral("职务"), b.position, a.position)
        .field(QStringLiteral("干部级别"), enumZh(b.cadreLevel), enumZh(a.cadreLevel))
        .field(QStringLiteral("电话"), b.phone, a.phone)
        .field(QStringLiteral("停用日期"), b.leftOn, a.leftOn)
        .field(QStringLiteral("停用原因"), label(b.leaveReason), label(a.leaveReason))
        .field(QStringLiteral("停用说明"), b.leaveNote, a.leaveNote);
    return d.text(memberText(a));
}

QString sessionText(const StudySession& s)
{
    return s.extId + QLatin1Char(' ') + dates::toIso(s.date) + QLatin1Char(' ') + s.topic;
}

QString sessionChange(const StudySession& b, const StudySession& a)
{
    Diff d;
    d.field(QStringLiteral("编号"), b.extId, a.extId)
        .field(QStringLiteral("日期"), b.date, a.date)
        .field(QStringLiteral("开始"), timeText(b.start), timeText(a.start))
        .field(QStringLiteral("时长"), b.minutes, a.minutes, QStringLiteral("分钟"))
        .field(QStringLiteral("形式"), enumZh(b.form), enumZh(a.form))
        .field(QStringLiteral("主题"), b.topic, a.topic)
        .field(QStringLiteral("“三必学”"), label(b.trigger), label(a.trigger))
        .field(QStringLiteral("主讲人"), b.speaker, a.speaker)
        .field(QStringLiteral("主持人"), b.host, a.host)
        .field(QStringLiteral("记录人"), b.recorder, a.recorder)
        .field(QStringLiteral("地点"), b.location, a.location)
        .field(QStringLiteral("状态"), enumZh(b.status), enumZh(a.status));
    longText(d, QStringLiteral("纪要"), b.minutesText, a.minutesText);
    return d.text(a.extId + QLatin1Char(' ') + a.topic);
}

QString attendanceState(const Attendance& a)
{
    const QString status = enumZh(a.status);
    return a.reason.isEmpty() ? status
                              : status + QStringLiteral("（") + a.reason + QStringLiteral("）");
}

QString selfStudyText(const SelfStudyEntry& e)
{
    return dates::toIso(e.date) + QLatin1Char(' ') + e.material +
           QStringLiteral(" %1 分钟").arg(e.minutes);
}

QString selfStudyChange(const SelfStudyEntry& b, const SelfStudyEntry& a)
{
    Diff d;
    d.field(QStringLiteral("党员"), orgRef(b.memberId), orgRef(a.memberId))
        .field(QStringLiteral("日期"), b.date, a.date)
        .field(QStringLiteral("时长"), b.minutes, a.minutes, QStringLiteral("分钟"))
        .field(QStringLiteral("材料"), b.material, a.material)
        .field(QStringLiteral("载体"), label(b.medium), label(a.medium))
        .field(QStringLiteral("备注"), b.notes, a.notes);
    return d.text(dates::toIso(a.date) + QLatin1Char(' ') + a.material);
}

QString writingText(const Writing& w)
{
    return enumZh(w.kind) + QStringLiteral("《") + w.title + QStringLiteral("》");
}

QString awardText(const std::optional<Award>& award)
{
    return award ? enumZh(*award) : QStringLiteral("无");
}

QString writingChange(const Writing& b, const Writing& a)
{
    Diff d;
    d.field(QStringLiteral("党员"), orgRef(b.memberId), orgRef(a.memberId))
        .field(QStringLiteral("类别"), enumZh(b.kind), enumZh(a.kind))
        .field(QStringLiteral("标题"), b.title, a.title)
        .field(QStringLiteral("日期"), b.date, a.date)
        .field(QStringLiteral("字数"), b.chars ? QString::number(*b.chars) : QString(),
               a.chars ? QString::number(*a.chars) : QString())
        .field(QStringLiteral("发表交流"), b.published, a.published)
        .field(QStringLiteral("评选"), awardText(b.award), awardText(a.award));
    longText(d, QStringLiteral("正文"), b.text, a.text);
    return d.text(writingText(a));
}

QString expertChange(const Expert& b, const Expert& a)
{
    Diff d;
    d.field(QStringLiteral("姓名"), b.name, a.name)
        .field(QStringLiteral("职称"), b.title, a.title)
        .field(QStringLiteral("单位"), b.affiliation, a.affiliation)
        .field(QStringLiteral("专长"), b.fields, a.fields);
    return d.text(a.name);
}

QString modelUnitText(const ModelUnit& u)
{
    return QStringLiteral("%1 %2 %3").arg(enumZh(u.kind), u.name).arg(u.year);
}

QString modelUnitChange(const ModelUnit& b, const ModelUnit& a)
{
    Diff d;
    d.field(QStringLiteral("名称"), b.name, a.name)
        .field(QStringLiteral("组织"), orgRef(b.orgId), orgRef(a.orgId))
        .field(QStringLiteral("类别"), enumZh(b.kind), enumZh(a.kind))
        .field(QStringLiteral("年度"), b.year, a.year)
        .field(QStringLiteral("状态"), enumZh(b.status), enumZh(a.status));
    return d.text(a.name);
}

QString planItemText(const PlanItem& item)
{
    return QStringLiteral("第 %1 项 %2 月 %3").arg(item.itemNo).arg(item.month).arg(item.topic);
}

QString planItemChange(const PlanItem& b, const PlanItem& a)
{
    Diff d;
    d.field(QStringLiteral("序号"), b.itemNo, a.itemNo)
        .field(QStringLiteral("月份"), b.month, a.month)
        .field(QStringLiteral("专题"), b.topic, a.topic)
        .field(QStringLiteral("形式"), enumZh(b.form), enumZh(a.form))
        .field(QStringLiteral("领学人"), b.lead, a.lead)
        .field(QStringLiteral("“三必学”"), label(b.trigger), label(a.trigger));
    return d.text(QStringLiteral("第 %1 项 %2").arg(a.itemNo).arg(a.topic));
}

QString rubricChange(const Rubric& b, const Rubric& a)
{
    Diff d;
    auto num = [&](const char* label, double before, double after) {
        d.field(QString::fromUtf8(label), QString::number(before), QString::number(after));
    };
    num("出勤满分", b.attendanceMax, a.attendanceMax);
    num("学时满分", b.hoursMax, a.hoursMax);
    num("笔记满分", b.notesMax, a.notesMax);
    num("发言满分", b.speechesMax, a.speechesMax);
    num("心得满分", b.writingsMax, a.writingsMax);
    num("出席得分", b.pointsPresent, a.pointsPresent);
    num("迟到得分", b.pointsLate, a.pointsLate);
    num("早退得分", b.pointsEarlyLeave, a.pointsEarlyLeave);
    num("请假得分", b.pointsExcused, a.pointsExcused);
    num("缺席得分", b.pointsAbsent, a.pointsAbsent);
    num("补学得分", b.pointsMakeup, a.pointsMakeup);
    num("学时目标", b.hoursTarget, a.hoursTarget);
    num("干部学时目标", b.hoursTargetCadre, a.hoursTargetCadre);
    num("笔记字数目标", b.notesTarget, a.notesTarget);
    num("干部笔记字数目标", b.notesTargetCadre, a.notesTargetCadre);
    num("发言目标", b.speechesTarget, a.speechesTarget);
    num("心得目标", b.writingsTarget, a.writingsTarget);
    num("每项获奖加分", b.bonusPerAward, a.bonusPerAward);
    num("加分上限", b.bonusMax, a.bonusMax);
    num("优秀分数线", b.gradeExcellent, a.gradeExcellent);
    num("合格分数线", b.gradePass, a.gradePass);
    num("基本合格分数线", b.gradeBasicPass, a.gradeBasicPass);
    d.field(QStringLiteral("一票否决"), b.veto ? QStringLiteral("是") : QStringLiteral("否"),
            a.veto ? QStringLiteral("是") : QStringLiteral("否"));
    return d.text(QStringLiteral("%1 年考核细则").arg(a.year));
}

} // namespace sl::audit
