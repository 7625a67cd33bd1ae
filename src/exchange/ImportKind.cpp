#include "ImportKind.h"

namespace sl {

namespace {

ColumnSpec col(const char* key, const char* zh, bool required = false)
{
    return {QString::fromUtf8(key), QString::fromUtf8(zh), QString::fromUtf8(key), required};
}

struct KindInfo
{
    ImportKind kind;
    const char* name;
};

constexpr KindInfo kinds[] = {
    {ImportKind::Orgs, "orgs"},
    {ImportKind::Members, "members"},
    {ImportKind::Groups, "groups"},
    {ImportKind::GroupMembers, "group-members"},
};

} // namespace

std::optional<ImportKind> importKindFromName(const QString& name)
{
    for (const KindInfo& k : kinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    for (const KindInfo& k : kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

QStringList importKindNames()
{
    QStringList out;
    for (const KindInfo& k : kinds)
        out << QString::fromLatin1(k.name);
    return out;
}

const std::vector<ColumnSpec>& columnsOf(ImportKind kind)
{
    static const std::vector<ColumnSpec> orgs = {
        col("id", "编号", true), col("name", "名称", true), col("parent_id", "上级编号"),
        col("kind", "类别", true), col("unit_type", "单位类型")};
    static const std::vector<ColumnSpec> members = {col("id", "编号", true),
                                                    col("name", "姓名", true),
                                                    col("gender", "性别"),
                                                    col("birth_date", "出生日期"),
                                                    col("join_date", "入党日期"),
                                                    col("category", "人员类别"),
                                                    col("org_id", "所在党组织", true),
                                                    col("position", "职务"),
                                                    col("cadre_level", "干部级别"),
                                                    col("phone", "联系电话")};
    static const std::vector<ColumnSpec> groups = {
        col("id", "编号", true), col("name", "名称", true), col("kind", "类型", true),
        col("org_id", "所属党组织", true)};
    static const std::vector<ColumnSpec> groupMembers = {
        col("group_id", "学习组", true), col("member_id", "党员编号", true),
        col("role", "角色", true), col("from", "起始日期"), col("to", "截止日期")};
    switch (kind) {
    case ImportKind::Orgs:
        return orgs;
    case ImportKind::Members:
        return members;
    case ImportKind::Groups:
        return groups;
    case ImportKind::GroupMembers:
        return groupMembers;
    }
    return orgs;
}

} // namespace sl
