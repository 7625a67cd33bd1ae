#pragma once

#include "WorkedExample.h"

// The worked example's committee C01 as an organisation scope, with a second branch whose member
// sits in two of its groups, and an observer from outside the committee (year 2026):
//   C01 中共某某局委员会
//   ├─ B01 机关第一党支部: the worked example (group G01: A, B, C, E; O 列席 at every session)
//   └─ B02 机关第二党支部: groups G02 and G03
//        F 赵敏 (M006): G02 T1 出席 (120 min), T2 缺席 not made up (120 min); G03 U1 出席
//          (60 min); 29 self-study hours with 12,000 characters of notes; a speech at T1 and
//          two at U1; two 理论文章 and one 心得体会, each with an award.
//   X01 另一单位党委 (outside C01): P 孙丽 (M007), 列席 at T1.
// Assessment of C01 for 2026, worked out by hand:
//   F: records 出席 2 + 缺席 0 + 出席 2 = 4 of 6 points → attendance 40 × 4/6 = 26.67;
//      hours (180 + 1,740) min = 32 h of 32 → 25; notes 12,000 ≥ 6,000 → 15; speeches 3 ≥ 2 →
//      10; writing units 3 ≥ 2 → 10; score 86.67; bonus 2 × 3 = 6 capped at 4 → 90.67 → 90.7,
//      优秀 lowered to 合格 by the 缺席 without make-up (veto).
//   A and C: all their records are G01's → 78.7 合格 as in the worked example; B 100 优秀;
//   E 0 不合格; O: a member of B01 whose only records are 列席 → attendance does not apply,
//      nothing else → 0 不合格. P is not a member of C01's organisations: not assessed.
//   Ranks: B 1, F 2, A 3, C 3, E 5, O 5.
// In group G02 alone F has T1 and T2: attendance 40 × 2/4 = 20, hours 31 h of 32 → 24.22, one
// speech → 5: score 74.22 + bonus 4 → 78.2 合格.
struct OrgScopeExample
{
    WorkedExample w;
    qint64 branch2 = 0;
    qint64 outside = 0;
    qint64 g2 = 0, g3 = 0;
    qint64 f = 0, p = 0;
    qint64 t1 = 0, t2 = 0, u1 = 0;

    static OrgScopeExample build(FigureFixture& fx)
    {
        using St = sl::AttendanceStatus;
        using F = FigureFixture;
        OrgScopeExample x;
        x.w = WorkedExample::build(fx);
        x.branch2 = fx.org(QStringLiteral("B02"), QStringLiteral("机关第二党支部"), x.w.committee);
        x.outside = fx.org(QStringLiteral("X01"), QStringLiteral("另一单位党委"), 0,
                           sl::OrgKind::Committee);
        x.g2 = fx.group(QStringLiteral("G02"), QStringLiteral("机关第二支部学习组"), x.branch2);
        x.g3 = fx.group(QStringLiteral("G03"), QStringLiteral("机关第二支部读书会"), x.branch2);
        x.f = fx.member(QStringLiteral("M006"), QStringLiteral("赵敏"), x.branch2);
        x.p = fx.member(QStringLiteral("M007"), QStringLiteral("孙丽"), x.outside);
        fx.seat(x.g2, x.f);
        fx.seat(x.g3, x.f);
        fx.seat(x.g2, x.p, sl::GroupRole::Observer);
        x.t1 = fx.session(QStringLiteral("T1"), x.g2, F::day(2026, 3, 1), 120,
                          QStringLiteral("学习新时代党的建设总要求"));
        x.t2 = fx.session(QStringLiteral("T2"), x.g2, F::day(2026, 5, 1), 120,
                          QStringLiteral("专题研讨：调查研究"));
        x.u1 = fx.session(QStringLiteral("U1"), x.g3, F::day(2026, 6, 1), 60,
                          QStringLiteral("读书会：《论党的自我革命》"));
        fx.attend(x.t1, x.f, St::Present);
        fx.attend(x.t2, x.f, St::Absent);
        fx.attend(x.u1, x.f, St::Present);
        fx.attend(x.t1, x.p, St::Observer);
        fx.selfStudy(x.f, F::day(2026, 2, 1), 1000, QStringLiteral("《论党的自我革命》"),
                     QString(7000, QChar(u'论')));
        fx.selfStudy(x.f, F::day(2026, 8, 1), 740, QStringLiteral("学习强国：理论文章"),
                     QString(5000, QChar(u'理')));
        fx.speech(x.t1, x.f, QStringLiteral("谈调查研究"));
        fx.speech(x.u1, x.f, QStringLiteral("读书体会一"));
        fx.speech(x.u1, x.f, QStringLiteral("读书体会二"));
        fx.writing(x.f, sl::WritingKind::Article, QStringLiteral("理论文章一"), F::day(2026, 4, 1),
                   sl::Award::Second);
        fx.writing(x.f, sl::WritingKind::Article, QStringLiteral("理论文章二"), F::day(2026, 9, 1),
                   sl::Award::Third);
        fx.writing(x.f, sl::WritingKind::Reflection, QStringLiteral("学习心得"),
                   F::day(2026, 10, 1), sl::Award::Excellent);
        return x;
    }
};
