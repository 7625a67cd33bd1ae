#pragma once

#include "FigureFixture.h"

// A group of the year 2026 whose assessment is known exactly (METRICS.md worked example):
//   A 王小明  the worked example: 7 出席, 1 迟到, 1 请假 made up, 1 缺席 not made up; 20
//             collective + 10 self-study hours; 4,500 characters of notes; one speech; one
//             心得体会 → 78.7 合格
//   B 李红    every session, 32 hours, 6,000 characters, two speeches, one 调研报告 with an
//             award → 100 优秀
//   C 张伟    the same figures as A → 78.7, sharing rank 2 with A
//   E 刘洋    absent from every session, nothing else → 0 不合格, rank 4
//   O 陈静    列席 (observer): recorded, not assessed
// Ten held sessions s1…s10 on the 10th of January … October; s1…s8 last 150 minutes, s9 and
// s10 60 minutes. A planned session in November must not count.
struct WorkedExample
{
    qint64 committee = 0; // C01, the parent of the branch
    qint64 org = 0;
    qint64 group = 0;
    qint64 a = 0, b = 0, c = 0, e = 0, o = 0;
    qint64 sessions[10] = {};

    static WorkedExample build(FigureFixture& fx)
    {
        using St = sl::AttendanceStatus;
        using F = FigureFixture;
        WorkedExample w;
        const qint64 committee = fx.org(QStringLiteral("C01"), QStringLiteral("中共某某局委员会"),
                                        0, sl::OrgKind::Committee);
        w.committee = committee;
        w.org = fx.org(QStringLiteral("B01"), QStringLiteral("机关第一党支部"), committee);
        w.group = fx.group(QStringLiteral("G01"), QStringLiteral("机关第一支部学习组"), w.org);
        w.a = fx.member(QStringLiteral("M001"), QStringLiteral("王小明"), w.org);
        w.b = fx.member(QStringLiteral("M002"), QStringLiteral("李红"), w.org,
                        sl::CadreLevel::NotCadre);
        w.c = fx.member(QStringLiteral("M003"), QStringLiteral("张伟"), w.org);
        w.e = fx.member(QStringLiteral("M004"), QStringLiteral("刘洋"), w.org);
        w.o = fx.member(QStringLiteral("M005"), QStringLiteral("陈静"), w.org);
        fx.seat(w.group, w.a, sl::GroupRole::Leader);
        fx.seat(w.group, w.b);
        fx.seat(w.group, w.c, sl::GroupRole::Secretary);
        fx.seat(w.group, w.e);
        fx.seat(w.group, w.o, sl::GroupRole::Observer);
        static const char16_t* topics[10] = {u"学习党的二十大精神", u"学习新修订的党章",
                                             u"专题研讨：作风建设", u"学习《习近平谈治国理政》",
                                             u"党史学习教育",       u"主题党日：重温入党誓词",
                                             u"学习贯彻全会精神",   u"读书会：调查研究",
                                             u"专题讲座：法治建设", u"学习门户网站日常工作规范"};
        for (int i = 0; i < 10; ++i)
            w.sessions[i] = fx.session(QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                       w.group, F::day(2026, i + 1, 10), i < 8 ? 150 : 60,
                                       QString::fromUtf16(topics[i]));
        const qint64 planned =
            fx.session(QStringLiteral("S11"), w.group, F::day(2026, 11, 10), 90,
                       QStringLiteral("计划中的学习"), sl::SessionStatus::Planned);
        for (qint64 m : {w.a, w.c}) {
            for (int i = 0; i < 7; ++i)
                fx.attend(w.sessions[i], m, St::Present);
            fx.attend(w.sessions[7], m, St::Late);
            fx.attend(w.sessions[8], m, St::Excused, F::day(2026, 9, 15));
            fx.attend(w.sessions[9], m, St::Absent);
            fx.attend(planned, m, St::Present);
            fx.selfStudy(m, F::day(2026, 2, 3), 300, QStringLiteral("《中国共产党章程》"),
                         QString(2000, QChar(u'学')));
            fx.selfStudy(m, F::day(2026, 4, 5), 300, QStringLiteral("学习强国：理论文章"),
                         QString(2500, QChar(u'习')));
            fx.speech(w.sessions[2], m, QStringLiteral("关于改进作风的几点体会"));
            fx.writing(m, sl::WritingKind::Reflection,
                       QStringLiteral("学习心得%1").arg(m == w.a ? 1 : 2), F::day(2026, 6, 1));
        }
        for (int i = 0; i < 10; ++i) {
            fx.attend(w.sessions[i], w.b, St::Present);
            fx.attend(w.sessions[i], w.e, St::Absent);
            fx.attend(w.sessions[i], w.o, St::Observer);
        }
        fx.selfStudy(w.b, F::day(2026, 3, 1), 600, QStringLiteral("党史"),
                     QString(6000, QChar(u'党')));
        fx.speech(w.sessions[0], w.b, QStringLiteral("发言一"));
        fx.speech(w.sessions[1], w.b, QStringLiteral("发言二"));
        fx.writing(w.b, sl::WritingKind::Report, QStringLiteral("基层调研报告"), F::day(2026, 7, 1),
                   sl::Award::First, 5200);
        return w;
    }
};
