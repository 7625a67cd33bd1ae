#pragma once

#include "Enums.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace sl {

// Every action a service performs for an account (PRODUCT.md "Who uses it", issue 11). An import
// is the write action of its kind; an export the read action of its kind.
enum class Action
{
    RosterRead,        // organisations, members, groups and memberships
    RosterWrite,       // the same, changed (and the roster imports)
    RecordsRead,       // plans, sessions, attendance, speeches, make-up study, the registers
    PlanWrite,         // study plans and their items
    SessionWrite,      // sessions, series, materials
    AttendanceWrite,   // attendance sheets
    MakeupWrite,       // make-up study dates
    SpeechWrite,       // speeches
    RegisterWrite,     // the expert pool and the model units
    MemberRecordsRead, // members' self-study log and writings
    SelfStudyWrite,    // self-study entries
    WritingWrite,      // writings (never their appraisal result)
    WritingAppraise,   // a writing's appraisal result (评选结果)
    ArchiveRead,       // a member's archive and figures of the year (my year)
    AssessmentRead,    // a group's or organisation's assessment and published results
    AssessmentAdjust,  // manual adjustments of an assessment
    AssessmentPublish, // publishing a scope's results
    RubricRead,        // the rubric and targets of a year
    RubricWrite,       // the rubric and targets of a year, changed or published
    DashboardRead,     // the leaders' dashboard and its drill-down
    BulletinRead,      // bulletin figures, drafts, settings and issued bulletins
    BulletinWrite,     // bulletin settings and issuing (签发)
    AccountManage,     // accounts
    AuditRead,         // the audit trail
    Backup,            // a copy of the whole ledger
    Restore,           // the whole ledger replaced from a backup
};

inline constexpr std::size_t kActionCount = std::size_t(Action::Restore) + 1;

// How far an account's right to an action reaches.
enum class Reach
{
    None,    // not at all
    Own,     // the records of the member the account stands for
    Subtree, // the account's organisation and its descendants (no organisation: all)
    All,     // everything
};

namespace permissions {

// One row of the matrix: the action, its code and label, and the reach of each role.
struct Rule
{
    Action action;
    const char* code;  // stable, for messages and documentation: "attendance.write"
    const char* label; // English source, translated in the context "sl::Permissions"
    Reach admin;
    Reach secretary;
    Reach member;
    Reach leader;
};

inline constexpr const char* kContext = "sl::Permissions";

// The matrix, in the order of Action (static_assert'ed in Permissions.cpp).
// clang-format off
inline constexpr std::array<Rule, kActionCount> kMatrix{{
    //                                                                                       admin        secretary      member       leader
    {Action::RosterRead,        "roster.read",         QT_TRANSLATE_NOOP("sl::Permissions", "read organisations and members"),    Reach::All, Reach::Subtree, Reach::Own,  Reach::Subtree},
    {Action::RosterWrite,       "roster.write",        QT_TRANSLATE_NOOP("sl::Permissions", "change organisations and members"),  Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::RecordsRead,       "records.read",        QT_TRANSLATE_NOOP("sl::Permissions", "read plans, sessions and attendance"), Reach::All, Reach::Subtree, Reach::Own, Reach::Subtree},
    {Action::PlanWrite,         "plan.write",          QT_TRANSLATE_NOOP("sl::Permissions", "change study plans"),                Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::SessionWrite,      "session.write",       QT_TRANSLATE_NOOP("sl::Permissions", "change study sessions"),             Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::AttendanceWrite,   "attendance.write",    QT_TRANSLATE_NOOP("sl::Permissions", "record attendance"),                 Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::MakeupWrite,       "makeup.write",        QT_TRANSLATE_NOOP("sl::Permissions", "record make-up study"),              Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::SpeechWrite,       "speech.write",        QT_TRANSLATE_NOOP("sl::Permissions", "record speeches"),                   Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::RegisterWrite,     "register.write",      QT_TRANSLATE_NOOP("sl::Permissions", "change the expert pool and model units"), Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::MemberRecordsRead, "member-records.read", QT_TRANSLATE_NOOP("sl::Permissions", "read self-study and writings"),      Reach::All, Reach::Subtree, Reach::Own,  Reach::Subtree},
    {Action::SelfStudyWrite,    "selfstudy.write",     QT_TRANSLATE_NOOP("sl::Permissions", "log self-study"),                    Reach::All, Reach::Subtree, Reach::Own,  Reach::None},
    {Action::WritingWrite,      "writing.write",       QT_TRANSLATE_NOOP("sl::Permissions", "register writings"),                 Reach::All, Reach::Subtree, Reach::Own,  Reach::None},
    {Action::WritingAppraise,   "writing.appraise",    QT_TRANSLATE_NOOP("sl::Permissions", "appraise writings"),                 Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::ArchiveRead,       "archive.read",        QT_TRANSLATE_NOOP("sl::Permissions", "read a member's archive and figures"), Reach::All, Reach::Subtree, Reach::Own, Reach::Subtree},
    {Action::AssessmentRead,    "assessment.read",     QT_TRANSLATE_NOOP("sl::Permissions", "read assessment results"),           Reach::All, Reach::Subtree, Reach::None, Reach::Subtree},
    {Action::AssessmentAdjust,  "assessment.adjust",   QT_TRANSLATE_NOOP("sl::Permissions", "adjust an assessment"),              Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::AssessmentPublish, "assessment.publish",  QT_TRANSLATE_NOOP("sl::Permissions", "publish assessment results"),        Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::RubricRead,        "rubric.read",         QT_TRANSLATE_NOOP("sl::Permissions", "read the rubric and targets"),       Reach::All, Reach::All,     Reach::All,  Reach::All},
    {Action::RubricWrite,       "rubric.write",        QT_TRANSLATE_NOOP("sl::Permissions", "change the rubric and targets"),     Reach::All, Reach::None,    Reach::None, Reach::None},
    {Action::DashboardRead,     "dashboard.read",      QT_TRANSLATE_NOOP("sl::Permissions", "read the dashboard"),                Reach::All, Reach::Subtree, Reach::None, Reach::Subtree},
    {Action::BulletinRead,      "bulletin.read",       QT_TRANSLATE_NOOP("sl::Permissions", "read study bulletins"),              Reach::All, Reach::Subtree, Reach::None, Reach::Subtree},
    {Action::BulletinWrite,     "bulletin.write",      QT_TRANSLATE_NOOP("sl::Permissions", "change bulletin settings and issue bulletins"), Reach::All, Reach::Subtree, Reach::None, Reach::None},
    {Action::AccountManage,     "account.manage",      QT_TRANSLATE_NOOP("sl::Permissions", "manage accounts"),                   Reach::All, Reach::None,    Reach::None, Reach::None},
    {Action::AuditRead,         "audit.read",          QT_TRANSLATE_NOOP("sl::Permissions", "read the audit trail"),              Reach::All, Reach::None,    Reach::None, Reach::None},
    {Action::Backup,            "ledger.backup",       QT_TRANSLATE_NOOP("sl::Permissions", "back up the ledger"),                Reach::All, Reach::None,    Reach::None, Reach::None},
    {Action::Restore,           "ledger.restore",      QT_TRANSLATE_NOOP("sl::Permissions", "restore the ledger from a backup"),  Reach::All, Reach::None,    Reach::None, Reach::None},
}};
// clang-format on

constexpr const Rule& rule(Action action)
{
    return kMatrix[std::size_t(action)];
}

// The reach of a role's right to an action.
constexpr Reach reach(AccountRole role, Action action)
{
    const Rule& r = rule(action);
    switch (role) {
    case AccountRole::Admin:
        return r.admin;
    case AccountRole::Secretary:
        return r.secretary;
    case AccountRole::Member:
        return r.member;
    case AccountRole::Leader:
        return r.leader;
    }
    return Reach::None;
}

// Whether the action changes the ledger (else it reads).
bool isWrite(Action action);
// The stable code, "attendance.write".
QString code(Action action);
// The label in the user's language, "记录考勤".
QString label(Action action);
// The label and the code, for messages: "记录考勤 (attendance.write)".
QString name(Action action);
// The code of a reach ("none", "own", "subtree", "all").
QString reachCode(Reach reach);

} // namespace permissions

using permissions::reach;

} // namespace sl
