#pragma once

#include "support/FigureFixture.h"

#include "domain/StudyPlan.h"
#include "storage/ActivityWriter.h"

#include <optional>
#include <vector>

// The small ledger of the bulletin figures' tests (TestBulletinService, TestCliBulletin), worked
// by hand there. Year 2026 unless dated otherwise.
//
//   C 委员会 (root), group GC 委员会理论学习中心组: c1 M01 (cadre, 56 h), c2 M02 (32 h)
//   └ A 第一支部, group GA 第一支部学习小组: a1 M11, a2 M12 (seated from 2026-01-01),
//                 a3 M13 (seated 2026-01-01 … 03-31); x1 sits in GA as 列席
//   X 其他党委 (another root), group GX: x1 M91 — never in the scopes of C
//
//   Plan GA: #1 Jan, #2 Feb, #3 Mar, #4 Apr, #5 Jul (专题一 … 专题五); plan GC: #1 Jan, #2 May
//
//   SA0 GA 2025-12-20 held  60 集体学习: a1 出席
//   SA1 GA 01-15 held 120 集体学习 重大决策前 plan GA#1: a1 出席, a2 迟到,
//       a3 请假 (make-up 01-20), x1 列席; speeches a1, x1
//   SA2 GA 02-10 held  90 专题研讨 plan GA#2: a1 早退, a2 缺席, a3 缺席 (make-up 02-20),
//       c1 出席 (not seated in GA); speech c1
//   SA3 GA 03-05 planned plan GA#3 · SA5 GA 04-20 cancelled plan GA#4
//   SA4 GA 04-08 held  60 党课 解决突出问题时: a1 出席, a2 出席; speech a2
//   SA6 GA 07-09 held  60 读书会 plan GA#5: a1 请假 (no make-up), a2 出席
//   SC1 GC 01-20 held 180 专题研讨 谋划长远发展时 plan GC#1: c1 出席, c2 出席; speeches c1, c2
//   SC3 GC 02-05 held  60 专题讲座: c1 出席, c2 缺席
//   SC2 GC 05-12 held 120 联学: c1 迟到, c2 请假 (make-up 05-15), a1 列席
//   SX1 GX 01-15 held  60 集体学习: x1 出席; speech x1
//
//   Self-study (minutes, notes characters): c1 01-10/11 1800 (10,000), 06-01 1200; c2 03-01/02
//   1500 (1,000); a1 01-05/06 1500 (200), 04-02 300, 2025-12-31 500; a2 02-02 120; a3 02-15 60
//   (50); x1 01-01 600.
//   Writings: c1 心得体会 03-10 一等奖, 调研报告 08-01; c2 理论文章 04-15; a1 心得体会 01-25
//   优秀, 心得体会 11-01; a2 调研报告 06-30 二等奖; x1 理论文章 02-01.
struct BulletinFiguresFixture
{
    qint64 c = 0, a = 0, x = 0, gC = 0, gA = 0, gX = 0;
    qint64 c1 = 0, c2 = 0, a1 = 0, a2 = 0, a3 = 0, x1 = 0;
    QString error;

    static sl::Date day(int y, int m, int d) { return FigureFixture::day(y, m, d); }

    bool build(sl::Database& db)
    {
        using namespace sl;
        using S = AttendanceStatus;
        FigureFixture f(db);
        ActivityWriter writer(db);
        c = f.org(QStringLiteral("C"), QStringLiteral("委员会"), 0, OrgKind::Committee);
        a = f.org(QStringLiteral("A"), QStringLiteral("第一支部"), c);
        x = f.org(QStringLiteral("X"), QStringLiteral("其他党委"), 0, OrgKind::Committee);
        c1 = f.member(QStringLiteral("M01"), QStringLiteral("陈一"), c, CadreLevel::Section);
        c2 = f.member(QStringLiteral("M02"), QStringLiteral("陈二"), c);
        a1 = f.member(QStringLiteral("M11"), QStringLiteral("安一"), a);
        a2 = f.member(QStringLiteral("M12"), QStringLiteral("安二"), a);
        a3 = f.member(QStringLiteral("M13"), QStringLiteral("安三"), a);
        x1 = f.member(QStringLiteral("M91"), QStringLiteral("谢一"), x);
        gC = f.group(QStringLiteral("GC"), QStringLiteral("委员会理论学习中心组"), c,
                     GroupKind::Central);
        gA = f.group(QStringLiteral("GA"), QStringLiteral("第一支部学习小组"), a);
        gX = f.group(QStringLiteral("GX"), QStringLiteral("其他学习组"), x);
        f.seat(gC, c1);
        f.seat(gC, c2);
        f.seat(gA, a1, GroupRole::Member, day(2026, 1, 1));
        f.seat(gA, a2, GroupRole::Member, day(2026, 1, 1));
        f.seat(gA, a3, GroupRole::Member, day(2026, 1, 1), day(2026, 3, 31));
        f.seat(gA, x1, GroupRole::Observer);
        f.seat(gX, x1);
        if (!f.ok())
            return fail(f.error());

        const std::vector<qint64> planA = plan(db, gA, {1, 2, 3, 4, 7}, QStringLiteral("专题"));
        const std::vector<qint64> planC = plan(db, gC, {1, 5}, QStringLiteral("中心组专题"));
        if (planA.size() != 5 || planC.size() != 2)
            return false;

        auto session = [&](const char* ext, qint64 group, Date date, int minutes, SessionForm form,
                           const QString& topic, std::optional<Trigger> trigger = {},
                           qint64 planItem = 0, SessionStatus status = SessionStatus::Held) {
            StudySession s;
            s.extId = QString::fromLatin1(ext);
            s.groupId = group;
            s.date = date;
            s.start = QTime(9, 0);
            s.minutes = minutes;
            s.form = form;
            s.topic = topic;
            s.trigger = trigger;
            s.planItemId = planItem;
            s.status = status;
            auto id = writer.insertSession(s);
            if (!id && error.isEmpty())
                error = id.error().text();
            return id ? *id : 0;
        };
        const qint64 sa0 = session("SA0", gA, day(2025, 12, 20), 60, SessionForm::Collective,
                                   QStringLiteral("年终学习"));
        const qint64 sa1 = session("SA1", gA, day(2026, 1, 15), 120, SessionForm::Collective,
                                   QStringLiteral("学习全会精神"), Trigger::Decision, planA[0]);
        const qint64 sa2 = session("SA2", gA, day(2026, 2, 10), 90, SessionForm::Seminar,
                                   QStringLiteral("专题研讨会"), std::nullopt, planA[1]);
        session("SA3", gA, day(2026, 3, 5), 60, SessionForm::Collective, QStringLiteral("三月计划"),
                std::nullopt, planA[2], SessionStatus::Planned);
        const qint64 sa4 = session("SA4", gA, day(2026, 4, 8), 60, SessionForm::PartyLecture,
                                   QStringLiteral("专题党课"), Trigger::Problem);
        session("SA5", gA, day(2026, 4, 20), 60, SessionForm::Collective, QStringLiteral("取消"),
                std::nullopt, planA[3], SessionStatus::Cancelled);
        const qint64 sa6 = session("SA6", gA, day(2026, 7, 9), 60, SessionForm::ReadingClub,
                                   QStringLiteral("读书会"), std::nullopt, planA[4]);
        const qint64 sc1 = session("SC1", gC, day(2026, 1, 20), 180, SessionForm::Seminar,
                                   QStringLiteral("谋划长远发展"), Trigger::LongTerm, planC[0]);
        const qint64 sc3 = session("SC3", gC, day(2026, 2, 5), 60, SessionForm::Lecture,
                                   QStringLiteral("专题讲座"));
        const qint64 sc2 = session("SC2", gC, day(2026, 5, 12), 120, SessionForm::Joint,
                                   QStringLiteral("联学联建"));
        const qint64 sx1 = session("SX1", gX, day(2026, 1, 15), 60, SessionForm::Collective,
                                   QStringLiteral("外单位学习"));
        if (!error.isEmpty())
            return false;

        f.attend(sa0, a1, S::Present);
        f.attend(sa1, a1, S::Present);
        f.attend(sa1, a2, S::Late);
        f.attend(sa1, a3, S::Excused, day(2026, 1, 20));
        f.attend(sa1, x1, S::Observer);
        f.attend(sa2, a1, S::EarlyLeave);
        f.attend(sa2, a2, S::Absent);
        f.attend(sa2, a3, S::Absent, day(2026, 2, 20));
        f.attend(sa2, c1, S::Present);
        f.attend(sa4, a1, S::Present);
        f.attend(sa4, a2, S::Present);
        f.attend(sa6, a1, S::Excused);
        f.attend(sa6, a2, S::Present);
        f.attend(sc1, c1, S::Present);
        f.attend(sc1, c2, S::Present);
        f.attend(sc3, c1, S::Present);
        f.attend(sc3, c2, S::Absent);
        f.attend(sc2, c1, S::Late);
        f.attend(sc2, c2, S::Excused, day(2026, 5, 15));
        f.attend(sc2, a1, S::Observer);
        f.attend(sx1, x1, S::Present);

        f.speech(sa1, a1, QStringLiteral("体会一"));
        f.speech(sa1, x1, QStringLiteral("列席发言"));
        f.speech(sa2, c1, QStringLiteral("跨组发言"));
        f.speech(sa4, a2, QStringLiteral("党课体会"));
        f.speech(sc1, c1, QStringLiteral("中心组发言一"));
        f.speech(sc1, c2, QStringLiteral("中心组发言二"));
        f.speech(sx1, x1, QStringLiteral("外单位发言"));

        const QChar xue(0x5b66);
        // An entry is at most 1440 minutes: 1800 = 900 + 900, 1500 = 750 + 750.
        f.selfStudy(c1, day(2026, 1, 10), 900, QStringLiteral("原著一"), QString(10000, xue));
        f.selfStudy(c1, day(2026, 1, 11), 900, QStringLiteral("原著一"));
        f.selfStudy(c1, day(2026, 6, 1), 1200, QStringLiteral("原著二"));
        f.selfStudy(c2, day(2026, 3, 1), 750, QStringLiteral("原著一"), QString(1000, xue));
        f.selfStudy(c2, day(2026, 3, 2), 750, QStringLiteral("原著一"));
        f.selfStudy(a1, day(2026, 1, 5), 750, QStringLiteral("原著一"), QString(200, xue));
        f.selfStudy(a1, day(2026, 1, 6), 750, QStringLiteral("原著一"));
        f.selfStudy(a1, day(2026, 4, 2), 300, QStringLiteral("原著二"));
        f.selfStudy(a1, day(2025, 12, 31), 500, QStringLiteral("原著三"));
        f.selfStudy(a2, day(2026, 2, 2), 120, QStringLiteral("原著一"));
        f.selfStudy(a3, day(2026, 2, 15), 60, QStringLiteral("原著一"), QString(50, xue));
        f.selfStudy(x1, day(2026, 1, 1), 600, QStringLiteral("原著一"));

        f.writing(c1, WritingKind::Reflection, QStringLiteral("心得一"), day(2026, 3, 10),
                  Award::First);
        f.writing(c1, WritingKind::Report, QStringLiteral("调研一"), day(2026, 8, 1));
        f.writing(c2, WritingKind::Article, QStringLiteral("文章一"), day(2026, 4, 15));
        f.writing(a1, WritingKind::Reflection, QStringLiteral("心得二"), day(2026, 1, 25),
                  Award::Excellent);
        f.writing(a1, WritingKind::Reflection, QStringLiteral("心得三"), day(2026, 11, 1));
        f.writing(a2, WritingKind::Report, QStringLiteral("调研二"), day(2026, 6, 30),
                  Award::Second);
        f.writing(x1, WritingKind::Article, QStringLiteral("文章二"), day(2026, 2, 1));
        if (!f.ok())
            return fail(f.error());
        return true;
    }

private:
    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    // The group's plan for 2026 with one item per month given; the items' ids.
    std::vector<qint64> plan(sl::Database& db, qint64 group, const std::vector<int>& months,
                             const QString& topic)
    {
        sl::ActivityWriter writer(db);
        sl::StudyPlan p;
        p.groupId = group;
        p.year = 2026;
        auto id = writer.insertPlan(p);
        if (!id) {
            error = id.error().text();
            return {};
        }
        std::vector<qint64> items;
        int no = 0;
        for (int month : months) {
            sl::PlanItem item;
            item.planId = *id;
            item.itemNo = ++no;
            item.month = month;
            item.topic = topic + QString::number(no);
            auto itemId = writer.insertPlanItem(item);
            if (!itemId) {
                error = itemId.error().text();
                return {};
            }
            items.push_back(*itemId);
        }
        return items;
    }
};
