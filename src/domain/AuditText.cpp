#include "AuditRecords.h"

#include <QHash>

namespace sl::audit {

namespace {

QString shown(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("（空）") : value;
}

} // namespace

QString entityLabel(const QString& entity)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("member"), QStringLiteral("党员")},
        {QStringLiteral("members"), QStringLiteral("党员名册")},
        {QStringLiteral("org"), QStringLiteral("组织")},
        {QStringLiteral("orgs"), QStringLiteral("组织")},
        {QStringLiteral("group"), QStringLiteral("学习小组")},
        {QStringLiteral("groups"), QStringLiteral("学习小组")},
        {QStringLiteral("membership"), QStringLiteral("小组成员")},
        {QStringLiteral("group-members"), QStringLiteral("小组成员")},
        {QStringLiteral("plan"), QStringLiteral("学习计划")},
        {QStringLiteral("plans"), QStringLiteral("学习计划")},
        {QStringLiteral("plan_item"), QStringLiteral("计划条目")},
        {QStringLiteral("session"), QStringLiteral("学习活动")},
        {QStringLiteral("sessions"), QStringLiteral("学习活动")},
        {QStringLiteral("material"), QStringLiteral("活动材料")},
        {QStringLiteral("attendance"), QStringLiteral("考勤")},
        {QStringLiteral("makeup"), QStringLiteral("补学")},
        {QStringLiteral("speech"), QStringLiteral("发言")},
        {QStringLiteral("speeches"), QStringLiteral("发言")},
        {QStringLiteral("selfstudy"), QStringLiteral("自学")},
        {QStringLiteral("self_study"), QStringLiteral("自学")},
        {QStringLiteral("writing"), QStringLiteral("心得体会")},
        {QStringLiteral("writings"), QStringLiteral("心得体会")},
        {QStringLiteral("award"), QStringLiteral("评选")},
        {QStringLiteral("expert"), QStringLiteral("宣讲专家")},
        {QStringLiteral("model_unit"), QStringLiteral("示范点与品牌")},
        {QStringLiteral("rubric"), QStringLiteral("考核细则")},
        {QStringLiteral("assessment"), QStringLiteral("考核")},
        {QStringLiteral("adjustments"), QStringLiteral("考核调整")},
        {QStringLiteral("package"), QStringLiteral("数据包")},
        {QStringLiteral("bulletin_settings"), QStringLiteral("通报设置")},
        {QStringLiteral("bulletin"), QStringLiteral("学习通报")},
        {QStringLiteral("account"), QStringLiteral("账号")},
        {QStringLiteral("database"), QStringLiteral("台账")},
    };
    return labels.value(entity, entity);
}

QString actionLabel(const QString& action)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("create"), QStringLiteral("新建")},
        {QStringLiteral("update"), QStringLiteral("修改")},
        {QStringLiteral("delete"), QStringLiteral("删除")},
        {QStringLiteral("remove"), QStringLiteral("撤销")},
        {QStringLiteral("import"), QStringLiteral("导入")},
        {QStringLiteral("attendance"), QStringLiteral("登记考勤")},
        {QStringLiteral("makeup"), QStringLiteral("补学")},
        {QStringLiteral("attach"), QStringLiteral("附加材料")},
        {QStringLiteral("detach"), QStringLiteral("移除材料")},
        {QStringLiteral("adjust"), QStringLiteral("调整")},
        {QStringLiteral("publish"), QStringLiteral("发布")},
        {QStringLiteral("unpublish"), QStringLiteral("撤回发布")},
        {QStringLiteral("issue"), QStringLiteral("签发")},
        {QStringLiteral("withdraw"), QStringLiteral("撤回签发")},
        {QStringLiteral("status"), QStringLiteral("变更状态")},
        {QStringLiteral("reorder"), QStringLiteral("调整顺序")},
        {QStringLiteral("appraise"), QStringLiteral("评选")},
        {QStringLiteral("demo"), QStringLiteral("演示数据")},
        {QStringLiteral("login"), QStringLiteral("登录")},
        {QStringLiteral("restore"), QStringLiteral("从备份恢复")},
    };
    return labels.value(action, action);
}

Diff& Diff::field(const QString& label, const QString& before, const QString& after,
                  const QString& unit)
{
    if (before == after)
        return *this;
    QString part = label + QLatin1Char(' ') + shown(before) + QStringLiteral(" → ") + shown(after);
    if (!unit.isEmpty())
        part += QLatin1Char(' ') + unit;
    m_parts << part;
    return *this;
}

Diff& Diff::field(const QString& label, qint64 before, qint64 after, const QString& unit)
{
    return field(label, QString::number(before), QString::number(after), unit);
}

Diff& Diff::field(const QString& label, const Date& before, const Date& after)
{
    return field(label, dates::toIso(before), dates::toIso(after));
}

QString Diff::text(const QString& subject) const
{
    const QString changes =
        m_parts.isEmpty() ? QStringLiteral("未改动") : m_parts.join(QStringLiteral("；"));
    return subject.isEmpty() ? changes : subject + QStringLiteral("：") + changes;
}

QString created(const QString& subject)
{
    return QStringLiteral("新建 ") + subject;
}

QString removed(const QString& subject)
{
    return QStringLiteral("删除 ") + subject;
}

} // namespace sl::audit
