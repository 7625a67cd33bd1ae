#pragma once

#include "support/FigureFixture.h"

#include "domain/StudyPlan.h"
#include "storage/PlanRepository.h"

#include <vector>

// The small ledger of the dashboard's tests, worked by hand in TestDashboardService:
//
//   O 委员会: o1 (no group; 列席 at S1, speaks at S1 and S4, 2 × 16 h of self-study in February
//             with 6,000 characters of notes, two 心得体会 — the full marks of 2025 without
//             records)
//   A 第一支部, group gA: a1, a2 (cadre). Plan 2025: items in March, April, April.
//       S1 2025-03-10 held 120 min: a1 出席, a2 缺席, o1 列席
//       S2 2025-04-15 held 60 min: a1 迟到, a2 请假
//       S3 2025-04-20 planned (not held): no figures
//       a1: 600 min self-study on 2025-03-05; a2: 60 min on 2025-02-01
//   B 第二支部, group gB: b1. Plan 2025: items in March and July.
//       S4 2025-03-20 held 90 min: b1 出席
//       b1: 2 × 900 min self-study on 2025-05-01 and -02
struct DashboardFixture
{
    qint64 o = 0, a = 0, b = 0, gA = 0, gB = 0;
    qint64 o1 = 0, a1 = 0, a2 = 0, b1 = 0;
    QString error;

    static sl::Date day(int y, int m, int d) { return FigureFixture::day(y, m, d); }

    // Builds the ledger; false (with `error`) when something could not be stored.
    bool build(sl::Database& db)
    {
        using namespace sl;
        FigureFixture f(db);
        o = f.org(QStringLiteral("O"), QStringLiteral("委员会"), 0, OrgKind::Committee);
        a = f.org(QStringLiteral("A"), QStringLiteral("第一支部"), o);
        b = f.org(QStringLiteral("B"), QStringLiteral("第二支部"), o);
        o1 = f.member(QStringLiteral("M0"), QStringLiteral("欧一"), o);
        a1 = f.member(QStringLiteral("M1"), QStringLiteral("安一"), a);
        a2 = f.member(QStringLiteral("M2"), QStringLiteral("安二"), a, CadreLevel::Section);
        b1 = f.member(QStringLiteral("M3"), QStringLiteral("白一"), b);
        gA = f.group(QStringLiteral("GA"), QStringLiteral("第一支部学习小组"), a);
        gB = f.group(QStringLiteral("GB"), QStringLiteral("第二支部学习小组"), b);
        f.seat(gA, a1);
        f.seat(gA, a2);
        f.seat(gB, b1);
        const qint64 s1 = f.session(QStringLiteral("S1"), gA, day(2025, 3, 10), 120,
                                    QStringLiteral("三月集体学习"));
        const qint64 s2 = f.session(QStringLiteral("S2"), gA, day(2025, 4, 15), 60,
                                    QStringLiteral("四月专题研讨"));
        f.session(QStringLiteral("S3"), gA, day(2025, 4, 20), 60, QStringLiteral("计划中"),
                  SessionStatus::Planned);
        const qint64 s4 =
            f.session(QStringLiteral("S4"), gB, day(2025, 3, 20), 90, QStringLiteral("支部学习"));
        f.attend(s1, a1, AttendanceStatus::Present);
        f.attend(s1, a2, AttendanceStatus::Absent);
        f.attend(s1, o1, AttendanceStatus::Observer);
        f.attend(s2, a1, AttendanceStatus::Late);
        f.attend(s2, a2, AttendanceStatus::Excused);
        f.attend(s4, b1, AttendanceStatus::Present);
        f.speech(s1, o1, QStringLiteral("发言一"));
        f.speech(s4, o1, QStringLiteral("发言二"));
        f.selfStudy(o1, day(2025, 2, 10), 960, QStringLiteral("原著"),
                    QString(6000, QChar(0x5b66)));
        f.selfStudy(o1, day(2025, 2, 11), 960, QStringLiteral("原著"));
        f.selfStudy(a1, day(2025, 3, 5), 600, QStringLiteral("原著"));
        f.selfStudy(a2, day(2025, 2, 1), 60, QStringLiteral("原著"));
        f.selfStudy(b1, day(2025, 5, 1), 900, QStringLiteral("原著"));
        f.selfStudy(b1, day(2025, 5, 2), 900, QStringLiteral("原著"));
        f.writing(o1, WritingKind::Reflection, QStringLiteral("心得一"), day(2025, 6, 1));
        f.writing(o1, WritingKind::Reflection, QStringLiteral("心得二"), day(2025, 9, 1));
        if (!f.ok()) {
            error = f.error();
            return false;
        }
        return addPlan(db, gA, {3, 4, 4}) && addPlan(db, gB, {3, 7});
    }

private:
    bool addPlan(sl::Database& db, qint64 group, const std::vector<int>& months)
    {
        sl::PlanRepository plans(db);
        sl::StudyPlan plan;
        plan.groupId = group;
        plan.year = 2025;
        auto id = plans.insertPlan(plan);
        if (!id) {
            error = id.error().text();
            return false;
        }
        int no = 0;
        for (int month : months) {
            sl::PlanItem item;
            item.planId = *id;
            item.itemNo = ++no;
            item.month = month;
            item.topic = QStringLiteral("专题%1").arg(no);
            if (auto ok = plans.insertItem(item); !ok) {
                error = ok.error().text();
                return false;
            }
        }
        return true;
    }
};
