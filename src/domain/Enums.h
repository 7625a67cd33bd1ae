#pragma once

#include "EnumTraits.h"

// Every enumeration of the domain (PRODUCT.md) with its database code, Chinese and English
// label. The codes are what the database stores and its CHECK constraints list.

namespace sl {

// Kind of Party organisation (党组织类别).
enum class OrgKind
{
    Committee,
    GeneralBranch,
    Branch,
    PartyGroup
};
template <> struct EnumTraits<OrgKind>
{
    static constexpr std::array<EnumEntry<OrgKind>, 4> entries{{
        {OrgKind::Committee, "committee", "党委", "Party committee"},
        {OrgKind::GeneralBranch, "general_branch", "党总支", "general branch"},
        {OrgKind::Branch, "branch", "党支部", "branch"},
        {OrgKind::PartyGroup, "party_group", "党小组", "party group"},
    }};
};

// Unit type used for classification guidance (单位类型).
enum class UnitType
{
    Organ,
    Institution,
    School,
    Enterprise,
    Community,
    Village,
    NewEconomic,
    NewSocial,
    Other
};
template <> struct EnumTraits<UnitType>
{
    static constexpr std::array<EnumEntry<UnitType>, 9> entries{{
        {UnitType::Organ, "organ", "机关", "government organ"},
        {UnitType::Institution, "institution", "事业单位", "public institution"},
        {UnitType::School, "school", "学校", "school"},
        {UnitType::Enterprise, "enterprise", "企业", "enterprise"},
        {UnitType::Community, "community", "社区", "community"},
        {UnitType::Village, "village", "农村", "village"},
        {UnitType::NewEconomic, "new_economic", "新经济组织", "new economic organisation"},
        {UnitType::NewSocial, "new_social", "新社会组织", "new social organisation"},
        {UnitType::Other, "other", "其他", "other"},
    }};
};

enum class Gender
{
    Male,
    Female
};
template <> struct EnumTraits<Gender>
{
    static constexpr std::array<EnumEntry<Gender>, 2> entries{{
        {Gender::Male, "male", "男", "male"},
        {Gender::Female, "female", "女", "female"},
    }};
};

// 人员类别.
enum class MemberCategory
{
    Full,
    Probationary
};
template <> struct EnumTraits<MemberCategory>
{
    static constexpr std::array<EnumEntry<MemberCategory>, 2> entries{{
        {MemberCategory::Full, "full", "正式党员", "full member"},
        {MemberCategory::Probationary, "probationary", "预备党员", "probationary member"},
    }};
};

// 干部级别; NotCadre (无) means not a cadre.
enum class CadreLevel
{
    NotCadre,
    Section,
    County,
    Bureau,
    Province
};
template <> struct EnumTraits<CadreLevel>
{
    static constexpr std::array<EnumEntry<CadreLevel>, 5> entries{{
        {CadreLevel::NotCadre, "none", "无", "none"},
        {CadreLevel::Section, "section", "乡科级", "section level"},
        {CadreLevel::County, "county", "县处级", "county level"},
        {CadreLevel::Bureau, "bureau", "厅局级", "bureau level"},
        {CadreLevel::Province, "province", "省部级", "province level"},
    }};
};

// 学习组类型.
enum class GroupKind
{
    Central,
    Branch
};
template <> struct EnumTraits<GroupKind>
{
    static constexpr std::array<EnumEntry<GroupKind>, 2> entries{{
        {GroupKind::Central, "central", "中心组", "central study group"},
        {GroupKind::Branch, "branch", "支部学习组", "branch study group"},
    }};
};

// Role in a study group; an observer attends but is not assessed.
enum class GroupRole
{
    Leader,
    Deputy,
    Member,
    Secretary,
    Observer
};
template <> struct EnumTraits<GroupRole>
{
    static constexpr std::array<EnumEntry<GroupRole>, 5> entries{{
        {GroupRole::Leader, "leader", "组长", "leader"},
        {GroupRole::Deputy, "deputy", "副组长", "deputy leader"},
        {GroupRole::Member, "member", "成员", "member"},
        {GroupRole::Secretary, "secretary", "秘书", "secretary"},
        {GroupRole::Observer, "observer", "列席", "observer"},
    }};
};

// Form of a collective study session (形式).
enum class SessionForm
{
    Collective,
    Seminar,
    PartyLecture,
    Lecture,
    ReadingClub,
    Research,
    PartyDay,
    Joint
};
template <> struct EnumTraits<SessionForm>
{
    static constexpr std::array<EnumEntry<SessionForm>, 8> entries{{
        {SessionForm::Collective, "collective", "集体学习", "collective study"},
        {SessionForm::Seminar, "seminar", "专题研讨", "seminar"},
        {SessionForm::PartyLecture, "party_lecture", "党课", "Party lecture"},
        {SessionForm::Lecture, "lecture", "专题讲座", "lecture"},
        {SessionForm::ReadingClub, "reading_club", "读书会", "reading club"},
        {SessionForm::Research, "research", "调研", "research visit"},
        {SessionForm::PartyDay, "party_day", "主题党日", "themed Party day"},
        {SessionForm::Joint, "joint", "联学", "joint study"},
    }};
};

// The "three musts" (三个必学习).
enum class Trigger
{
    Decision,
    Problem,
    LongTerm
};
template <> struct EnumTraits<Trigger>
{
    static constexpr std::array<EnumEntry<Trigger>, 3> entries{{
        {Trigger::Decision, "decision", "重大决策前", "before a major decision"},
        {Trigger::Problem, "problem", "解决突出问题时", "solving a pressing problem"},
        {Trigger::LongTerm, "long_term", "谋划长远发展时", "planning long-term development"},
    }};
};

// Only held sessions count in any figure.
enum class SessionStatus
{
    Held,
    Planned,
    Cancelled
};
template <> struct EnumTraits<SessionStatus>
{
    static constexpr std::array<EnumEntry<SessionStatus>, 3> entries{{
        {SessionStatus::Held, "held", "已举行", "held"},
        {SessionStatus::Planned, "planned", "计划", "planned"},
        {SessionStatus::Cancelled, "cancelled", "取消", "cancelled"},
    }};
};

// 考勤状态.
enum class AttendanceStatus
{
    Present,
    Late,
    EarlyLeave,
    Excused,
    Absent,
    Observer
};
template <> struct EnumTraits<AttendanceStatus>
{
    static constexpr std::array<EnumEntry<AttendanceStatus>, 6> entries{{
        {AttendanceStatus::Present, "present", "出席", "present"},
        {AttendanceStatus::Late, "late", "迟到", "late"},
        {AttendanceStatus::EarlyLeave, "early_leave", "早退", "left early"},
        {AttendanceStatus::Excused, "excused", "请假", "excused"},
        {AttendanceStatus::Absent, "absent", "缺席", "absent"},
        {AttendanceStatus::Observer, "observer", "列席", "observer"},
    }};
};

// Medium of a self-study entry (形式).
enum class Medium
{
    Book,
    Article,
    AudioVideo,
    OnlineCourse,
    Other
};
template <> struct EnumTraits<Medium>
{
    static constexpr std::array<EnumEntry<Medium>, 5> entries{{
        {Medium::Book, "book", "书籍", "book"},
        {Medium::Article, "article", "文章", "article"},
        {Medium::AudioVideo, "audio_video", "音视频", "audio/video"},
        {Medium::OnlineCourse, "online_course", "网络课程", "online course"},
        {Medium::Other, "other", "其他", "other"},
    }};
};

// 心得与调研.
enum class WritingKind
{
    Reflection,
    Report,
    Article
};
template <> struct EnumTraits<WritingKind>
{
    static constexpr std::array<EnumEntry<WritingKind>, 3> entries{{
        {WritingKind::Reflection, "reflection", "心得体会", "reflection"},
        {WritingKind::Report, "report", "调研报告", "research report"},
        {WritingKind::Article, "article", "理论文章", "theory article"},
    }};
};

// 评选结果.
enum class Award
{
    First,
    Second,
    Third,
    Excellent
};
template <> struct EnumTraits<Award>
{
    static constexpr std::array<EnumEntry<Award>, 4> entries{{
        {Award::First, "first", "一等奖", "first prize"},
        {Award::Second, "second", "二等奖", "second prize"},
        {Award::Third, "third", "三等奖", "third prize"},
        {Award::Excellent, "excellent", "优秀", "excellent"},
    }};
};

// Assessment grade.
enum class Grade
{
    Excellent,
    Pass,
    BasicPass,
    Fail
};
template <> struct EnumTraits<Grade>
{
    static constexpr std::array<EnumEntry<Grade>, 4> entries{{
        {Grade::Excellent, "excellent", "优秀", "excellent"},
        {Grade::Pass, "pass", "合格", "pass"},
        {Grade::BasicPass, "basic_pass", "基本合格", "basic pass"},
        {Grade::Fail, "fail", "不合格", "fail"},
    }};
};

// Role of an account (角色).
enum class AccountRole
{
    Admin,
    Secretary,
    Member,
    Leader
};
template <> struct EnumTraits<AccountRole>
{
    static constexpr std::array<EnumEntry<AccountRole>, 4> entries{{
        {AccountRole::Admin, "admin", "管理员", "admin"},
        {AccountRole::Secretary, "secretary", "书记/秘书", "secretary"},
        {AccountRole::Member, "member", "党员", "member"},
        {AccountRole::Leader, "leader", "领导", "leader"},
    }};
};

// Register of models (示范点与品牌活动).
enum class ModelKind
{
    DemoSite,
    BrandActivity
};
template <> struct EnumTraits<ModelKind>
{
    static constexpr std::array<EnumEntry<ModelKind>, 2> entries{{
        {ModelKind::DemoSite, "demo_site", "示范点", "demonstration site"},
        {ModelKind::BrandActivity, "brand_activity", "品牌活动", "brand activity"},
    }};
};

// Status of a demonstration site or brand activity.
enum class ModelStatus
{
    Applied,
    Recognised,
    Revoked
};
template <> struct EnumTraits<ModelStatus>
{
    static constexpr std::array<EnumEntry<ModelStatus>, 3> entries{{
        {ModelStatus::Applied, "applied", "申报", "applied"},
        {ModelStatus::Recognised, "recognised", "认定", "recognised"},
        {ModelStatus::Revoked, "revoked", "撤销", "revoked"},
    }};
};

// Why a member left the roster (停用): they stay with their records, shown as inactive.
enum class LeaveReason
{
    Retired,
    TransferredOut,
    Deceased,
    Other
};
template <> struct EnumTraits<LeaveReason>
{
    static constexpr std::array<EnumEntry<LeaveReason>, 4> entries{{
        {LeaveReason::Retired, "retired", "退休", "retired"},
        {LeaveReason::TransferredOut, "transferred_out", "调出本系统", "transferred out"},
        {LeaveReason::Deceased, "deceased", "去世", "deceased"},
        {LeaveReason::Other, "other", "其他", "other"},
    }};
};

} // namespace sl
