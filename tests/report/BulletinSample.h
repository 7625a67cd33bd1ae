#pragma once

#include "domain/Bulletin.h"

#include <QStringList>

// Hand-made bulletin data for the text and document tests: a study group for a calendar year
// with 30 members (the attachment spans pages), and a committee with its branches.
namespace bulletinsample {

using namespace sl;

inline QString memberName(int i)
{
    static const QStringList family = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
        QStringLiteral("周"), QStringLiteral("吴")};
    static const QStringList given = {QStringLiteral("小明"), QStringLiteral("建国"),
                                      QStringLiteral("丽"), QStringLiteral("海燕"),
                                      QStringLiteral("志强")};
    return family[i % family.size()] + given[(i / family.size()) % given.size()] +
           (i >= 50 ? QString::number(i) : QString());
}

inline BulletinSession session(int month, int day, const QString& topic, int expected, int attended,
                               std::optional<Trigger> trigger = std::nullopt)
{
    BulletinSession s;
    s.id = month * 100 + day;
    s.date = Date(2026, month, day);
    s.groupName = QStringLiteral("机关第一支部学习组");
    s.topic = topic;
    s.trigger = trigger;
    s.expected = expected;
    s.attended = attended;
    return s;
}

// Member i of n, ranked i + 1: the first five 优秀, the 8th with an absence not made up, the
// 12th far below the hours target, the last two 基本合格 and 不合格.
inline BulletinMemberRow member(int i, int n, const QString& org)
{
    BulletinMemberRow r;
    MemberFigures& f = r.figures;
    f.memberId = i + 1;
    f.extId = QStringLiteral("M%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    f.name = memberName(i);
    f.expected = 12;
    f.present = 12 - (i % 3 == 1 ? 1 : 0) - (i == 7 ? 1 : 0);
    f.excused = i % 3 == 1 ? 1 : 0;
    f.absent = i == 7 ? 1 : 0;
    f.absentNotMadeUp = i == 7 ? 1 : 0;
    f.makeupDone = f.excused;
    f.collectiveMinutes = f.attended() * 120;
    f.selfStudyMinutes = i == 11 ? 300 : 600 + i * 37;
    if (i == 11)
        f.collectiveMinutes = 360;
    f.notesChars = 6000 + i * 113;
    f.speeches = i % 4;
    f.reflections = 1 + i % 2;
    f.articles = i % 5 == 0 ? 1 : 0;
    f.awards = i < 3 ? 1 : 0;
    r.orgName = org;
    r.hoursTarget = 32;
    r.finalScore = 96.0 - i * 1.07;
    r.grade = i < 5 ? Grade::Excellent
                    : (i == n - 1 ? Grade::Fail : (i == n - 2 ? Grade::BasicPass : Grade::Pass));
    r.rank = i + 1;
    return r;
}

inline BulletinData group(int members = 30)
{
    BulletinData d;
    d.scope.ref = ScopeRef::group(1);
    d.scope.extId = QStringLiteral("G01");
    d.scope.name = QStringLiteral("机关第一支部学习组");
    d.scope.orgId = 2;
    d.issuingOrgName = QStringLiteral("中共示范县委机关第一党支部");
    d.period = Period::year(2026);
    BulletinFigures& f = d.figures;
    f.sessions.total = 12;
    f.sessions.byForm[size_t(SessionForm::Collective)] = 6;
    f.sessions.byForm[size_t(SessionForm::Seminar)] = 3;
    f.sessions.byForm[size_t(SessionForm::PartyLecture)] = 2;
    f.sessions.byForm[size_t(SessionForm::ReadingClub)] = 1;
    f.sessions.threeMusts = 3;
    f.plan = {12, 11};
    for (int i = 0; i < members; ++i)
        d.members.push_back(member(i, members, QStringLiteral("机关第一党支部")));
    GradeCounts grades{};
    for (const BulletinMemberRow& r : d.members) {
        const MemberFigures& m = r.figures;
        f.attendance.expected += m.expected;
        f.attendance.present += m.present;
        f.attendance.excused += m.excused;
        f.attendance.absent += m.absent;
        f.makeup.owed += m.makeupOwed();
        f.makeup.done += m.makeupDone;
        f.selfStudyMinutes += m.selfStudyMinutes;
        f.notesChars += m.notesChars;
        f.speeches += m.speeches;
        f.writings.reflections += m.reflections;
        f.writings.articles += m.articles;
        f.writings.awards += m.awards;
        f.members.meetingHoursTarget += m.hours() >= r.hoursTarget ? 1 : 0;
        ++grades[size_t(int(*r.grade))];
    }
    f.attendance.late = 5;
    f.attendance.present -= 5;
    f.members.total = members;
    d.grades = grades;
    d.threeMustSessions = {
        session(3, 5, QStringLiteral("学习贯彻党的二十届三中全会精神"), 30, 29, Trigger::Decision),
        session(6, 18, QStringLiteral("优化营商环境专题研讨"), 30, 28, Trigger::Problem),
        session(9, 9, QStringLiteral("谋划“十五五”发展思路"), 30, 30, Trigger::LongTerm)};
    d.bestAttended = {session(9, 9, QStringLiteral("谋划“十五五”发展思路"), 30, 30),
                      session(3, 5, QStringLiteral("学习贯彻党的二十届三中全会精神"), 30, 29)};
    d.planItemsNotDone = {{QStringLiteral("机关第一支部学习组"), 11,
                           QStringLiteral("学习《中国共产党纪律处分条例》")}};
    d.settings.orgId = 2;
    d.settings.numberPrefix = QStringLiteral("机一支学通");
    d.prose.practices = QStringLiteral(
        "坚持领导干部带头领学，支部书记讲专题党课2次。\n\n"
        "建立学习台账，按月通报学习进度。\n"
        "坚持把理论学习作为首要任务，坚持集中学习与个人自学相结合，坚持学习研讨与调查研究相结合，"
        "坚持学用结合、知行合一，推动理论学习成果转化为推动工作高质量发展的实际成效，切实做到学思"
        "用贯通、知信行统一，以学习的新成效推动各项工作取得新进展。");
    d.serial = 3;
    d.issuedOn = Date(2026, 12, 31);
    return d;
}

inline SubOrgFigures subOrg(qint64 id, const QString& name, bool own, int sessions, int expected,
                            int attended, int members, qint64 minutes, int meeting,
                            GradeCounts grades)
{
    SubOrgFigures s;
    s.orgId = id;
    s.name = name;
    s.ownLevel = own;
    s.sessionsHeld = sessions;
    s.planItems = sessions;
    s.expected = expected;
    s.attended = attended;
    s.members = members;
    s.totalMinutes = minutes;
    s.meetingTarget = meeting;
    s.grades = grades;
    return s;
}

inline BulletinData organisation()
{
    BulletinData d = group(24);
    d.scope.ref = ScopeRef::organisation(10);
    d.scope.extId = QStringLiteral("O10");
    d.scope.name = QStringLiteral("机关党委");
    d.scope.orgId = 10;
    d.issuingOrgName = QStringLiteral("中共示范县委机关党委");
    const QStringList orgs = {QStringLiteral("机关党委"), QStringLiteral("机关第一党支部"),
                              QStringLiteral("机关第二党支部"), QStringLiteral("机关第三党支部")};
    for (size_t i = 0; i < d.members.size(); ++i)
        d.members[i].orgName = orgs[int(i % 4)];
    d.subOrgs = {subOrg(10, orgs[0], true, 4, 72, 70, 6, 6 * 40 * 60, 6, {2, 4, 0, 0}),
                 subOrg(11, orgs[1], false, 12, 72, 68, 6, 6 * 36 * 60, 5, {1, 5, 0, 0}),
                 subOrg(12, orgs[2], false, 10, 72, 55, 6, 6 * 25 * 60, 2, {1, 3, 1, 1}),
                 subOrg(13, orgs[3], false, 12, 72, 66, 6, 6 * 33 * 60, 5, {1, 5, 0, 0})};
    for (BulletinSession& s : d.threeMustSessions)
        s.groupName = QStringLiteral("机关党委理论学习中心组");
    d.settings.orgId = 10;
    d.settings.organName = QStringLiteral("中共示范县委机关党委");
    d.settings.numberPrefix = QStringLiteral("机党学通");
    d.serial = 7;
    return d;
}

} // namespace bulletinsample
