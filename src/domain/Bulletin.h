#pragma once

#include "DashboardFigures.h"
#include "DateBridge.h"
#include "Enums.h"
#include "MemberFigures.h"
#include "Period.h"
#include "Result.h"
#include "ScopeAssessment.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace sl {

// 学习通报: the figures of METRICS.md "Bulletin figures", the details the prose is written
// from, the settings of the issuing organisation and the secretary's text (BULLETIN.md).

constexpr int kSessionFormCount = 8; // SessionForm values, indexed by int(SessionForm)

// Every figure of METRICS.md "Bulletin figures" for a scope S and period P, under its name
// there (sessions.total → sessions.total …).
struct BulletinFigures
{
    struct Sessions
    {
        int total = 0;                               // |Sessions(S, P)|
        std::array<int, kSessionFormCount> byForm{}; // by int(SessionForm)
        int threeMusts = 0;                          // with a 三个必学习 trigger
        bool operator==(const Sessions&) const = default;
    } sessions;
    struct Plan
    {
        int items = 0; // plan items of the groups in S whose month lies in P
        int done = 0;  // of them, linked to at least one session of Sessions(S, P)
        bool operator==(const Plan&) const = default;
    } plan;
    struct Attendance
    {
        int expected = 0; // Records(S, P)
        int present = 0;
        int late = 0;
        int earlyLeave = 0;
        int excused = 0;
        int absent = 0;
        // (present + late + early_leave) / expected; 0 when expected is 0.
        double participationRate() const
        {
            return expected == 0 ? 0.0 : double(present + late + earlyLeave) / expected;
        }
        bool operator==(const Attendance&) const = default;
    } attendance;
    struct Makeup
    {
        int owed = 0; // excused + absent
        int done = 0; // of those records, with a make-up date
        bool operator==(const Makeup&) const = default;
    } makeup;
    qint64 selfStudyMinutes = 0; // self_study.minutes over Members(S, P)
    struct Members
    {
        int total = 0;              // |Members(S, P)|
        int meetingHoursTarget = 0; // hours(m) ≥ prorated hours_target(m)
        bool operator==(const Members&) const = default;
    } members;
    qint64 notesChars = 0; // notes.chars over Members(S, P)
    int speeches = 0;      // speeches.total at Sessions(S, P)
    struct Writings
    {
        int reflections = 0; // 心得体会
        int articles = 0;    // 理论文章
        int reports = 0;     // 调研报告
        int awards = 0;      // with an appraisal result
        bool operator==(const Writings&) const = default;
    } writings;

    bool operator==(const BulletinFigures&) const = default;
};

// A held session of the scope and period that the prose names: a three-musts session, or one of
// the best-attended topics.
struct BulletinSession
{
    qint64 id = 0;
    Date date;
    QString groupName;
    QString topic;
    SessionForm form = SessionForm::Collective;
    std::optional<Trigger> trigger;
    int expected = 0; // its Records
    int attended = 0; // of them 出席, 迟到 or 早退
};

// A plan item of the period that no held session carries out.
struct BulletinPlanItem
{
    QString groupName;
    int month = 0;
    QString topic;
};

// One row of the attachment: a member of Members(S, P) with the figures of the period and, for
// a calendar year, the assessment.
struct BulletinMemberRow
{
    MemberFigures figures;
    QString orgName;
    double hoursTarget = 0;           // prorated to the period
    std::optional<double> finalScore; // calendar year, when assessed
    std::optional<Grade> grade;
    int rank = 0; // 0: not ranked
};

// The settings of an issuing organisation (BULLETIN.md, issue "settings per organisation").
struct BulletinSettings
{
    qint64 orgId = 0;
    QString organName; // 发文机关标志, printed in red; empty: the organisation's name + 文件
    QString numberPrefix;         // 发文字号 before 〔year〕, e.g. "X学通"
    QString addressee;            // 主送机关, without the colon
    bool namesInProblems = false; // 存在的问题 names members and organisations
    QString closingText;          // the default 下一步工作要求
};

// The secretary's own text of a bulletin: the paragraphs after the generated highlights of
// 主要做法和成效 and the 下一步工作要求 (empty: the settings' default). Paragraphs are separated
// by line breaks.
struct BulletinProse
{
    QString practices;
    QString nextSteps;
    bool operator==(const BulletinProse&) const = default;
};

// Everything a bulletin is written from: what the services read from the ledger for a scope
// and period, the issuing organisation's settings, the secretary's prose and, once issued, the
// number and date.
struct BulletinData
{
    ScopeInfo scope;
    QString issuingOrgName; // the issuing organisation (the group's or the scope's)
    Period period;
    BulletinFigures figures;
    std::vector<BulletinSession> threeMustSessions; // by date
    std::vector<BulletinSession> bestAttended;      // best participation first, at most 3
    std::vector<BulletinPlanItem> planItemsNotDone; // by month
    std::vector<BulletinMemberRow> members;         // by rank (year) or number
    std::optional<GradeCounts> grades;              // calendar year only
    std::vector<SubOrgFigures> subOrgs;             // organisation scope only
    BulletinSettings settings;
    BulletinProse prose;
    int serial = 0; // the number's serial within the issuing organisation and year; 0: draft
    Date issuedOn;  // 成文日期; unset in a draft (the document shows today)
};

// What issuing stores besides the data, written by the report layer from the numbered and
// dated bulletin: its PDF, the JSON of its figures, and its title (关于…的通报). pdf and title
// are required; json may be unset (nothing stored).
struct BulletinRenderers
{
    std::function<Result<QByteArray>(const BulletinData&)> pdf;
    std::function<QByteArray(const BulletinData&)> json;
    std::function<QString(const BulletinData&)> title;
};

// An issued bulletin as stored: reprinted from its stored PDF, unchanged after records change.
struct IssuedBulletin
{
    qint64 id = 0;
    qint64 orgId = 0; // the issuing organisation
    ScopeRef scope;
    QString scopeName;
    Period period;
    int serial = 0;
    QString number; // X学通〔2026〕3号
    QString title;
    Date issuedOn;
    QString issuedBy; // the account's name; empty in single-user mode
    QDateTime issuedAt;
    BulletinProse prose;
    QByteArray figuresJson; // the JSON of `report bulletin --format json` at issue time
    QByteArray pdf;
};

} // namespace sl
