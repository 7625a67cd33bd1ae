#include "ImportKind.h"

namespace sl {

namespace {

ColumnSpec col(const char* key, const char* zh, bool required = false,
               CellKind kind = CellKind::Text)
{
    return {QString::fromUtf8(key), QString::fromUtf8(zh), QString::fromUtf8(key), required, kind};
}

// A column of dates, times or whole numbers: a spreadsheet export writes real cells for them.
ColumnSpec dateCol(const char* key, const char* zh, bool required = false)
{
    return col(key, zh, required, CellKind::Date);
}

ColumnSpec timeCol(const char* key, const char* zh)
{
    return col(key, zh, false, CellKind::Time);
}

ColumnSpec intCol(const char* key, const char* zh, bool required = false)
{
    return col(key, zh, required, CellKind::Integer);
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
    {ImportKind::Plans, "plans"},
    {ImportKind::Sessions, "sessions"},
    {ImportKind::Attendance, "attendance"},
    {ImportKind::Speeches, "speeches"},
    {ImportKind::SelfStudy, "selfstudy"},
    {ImportKind::Writings, "writings"},
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

std::vector<CellKind> kindsOf(ImportKind kind)
{
    std::vector<CellKind> out;
    for (const ColumnSpec& c : columnsOf(kind))
        out.push_back(c.kind);
    return out;
}

QStringList headerOf(ImportKind kind)
{
    QStringList header;
    for (const ColumnSpec& c : columnsOf(kind))
        header << c.zh;
    return header;
}

const std::vector<ColumnSpec>& columnsOf(ImportKind kind)
{
    static const std::vector<ColumnSpec> orgs = {
        col("id", "编号", true), col("name", "名称", true), col("parent_id", "上级编号"),
        col("kind", "类别", true), col("unit_type", "单位类型")};
    static const std::vector<ColumnSpec> members = {col("id", "编号", true),
                                                    col("name", "姓名", true),
                                                    col("gender", "性别"),
                                                    dateCol("birth_date", "出生日期"),
                                                    dateCol("join_date", "入党日期"),
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
        col("role", "角色", true), dateCol("from", "起始日期"), dateCol("to", "截止日期")};
    static const std::vector<ColumnSpec> selfStudy = {col("member_id", "党员编号", true),
                                                      dateCol("date", "日期", true),
                                                      intCol("minutes", "时长(分钟)", true),
                                                      col("material", "学习内容", true),
                                                      col("medium", "形式"),
                                                      col("notes", "笔记")};
    static const std::vector<ColumnSpec> writings = {
        col("member_id", "党员编号", true), col("kind", "类别", true), col("title", "标题", true),
        dateCol("date", "日期", true),      intCol("chars", "字数"),   col("text", "正文"),
        col("published", "发表交流"),       col("award", "评选结果")};
    // FORMATS.md, extended: plans carry the approval date (批准日期), sessions their minutes
    // (纪要).
    static const std::vector<ColumnSpec> plans = {col("group_id", "学习组", true),
                                                  intCol("year", "年度", true),
                                                  intCol("item_no", "序号", true),
                                                  intCol("month", "月份", true),
                                                  col("topic", "专题", true),
                                                  col("form", "形式", true),
                                                  col("lead", "领学人"),
                                                  col("trigger", "三个必学习"),
                                                  dateCol("approved_on", "批准日期")};
    static const std::vector<ColumnSpec> sessions = {col("id", "编号", true),
                                                     col("group_id", "学习组", true),
                                                     dateCol("date", "日期", true),
                                                     timeCol("start", "开始时间"),
                                                     intCol("minutes", "时长(分钟)", true),
                                                     col("form", "形式", true),
                                                     col("topic", "主题", true),
                                                     col("trigger", "三个必学习"),
                                                     intCol("plan_item", "计划序号"),
                                                     col("speaker", "主讲人"),
                                                     col("host", "主持人"),
                                                     col("recorder", "记录人"),
                                                     col("location", "地点"),
                                                     col("status", "状态"),
                                                     col("minutes_text", "纪要")};
    static const std::vector<ColumnSpec> attendance = {
        col("session_id", "活动编号", true), col("member_id", "党员编号", true),
        col("status", "状态", true),         col("reason", "请假事由"),
        dateCol("makeup_date", "补学日期"),  col("makeup_note", "补学说明")};
    static const std::vector<ColumnSpec> speeches = {col("session_id", "活动编号", true),
                                                     col("member_id", "党员编号", true),
                                                     col("title", "题目", true)};
    switch (kind) {
    case ImportKind::Plans:
        return plans;
    case ImportKind::Sessions:
        return sessions;
    case ImportKind::Attendance:
        return attendance;
    case ImportKind::Speeches:
        return speeches;
    case ImportKind::Orgs:
        return orgs;
    case ImportKind::Members:
        return members;
    case ImportKind::Groups:
        return groups;
    case ImportKind::GroupMembers:
        return groupMembers;
    case ImportKind::SelfStudy:
        return selfStudy;
    case ImportKind::Writings:
        return writings;
    }
    return orgs;
}

bool isActivityKind(ImportKind kind)
{
    return kind == ImportKind::SelfStudy || kind == ImportKind::Writings;
}

bool isSessionKind(ImportKind kind)
{
    return kind == ImportKind::Plans || kind == ImportKind::Sessions ||
           kind == ImportKind::Attendance || kind == ImportKind::Speeches;
}

} // namespace sl
