#include "report/PdfText.h"
#include "support/BulletinFiguresFixture.h"
#include "support/CliRunner.h"
#include "support/TempLedger.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <optional>

// `report bulletin --format json` over BulletinFiguresFixture: every figure below is worked out by
// hand from the fixture's table (tests/support/BulletinFiguresFixture.h), not by the code.
class TestCliBulletin : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;

    // The figures of one bulletin, as literal numbers.
    struct Want
    {
        int sessions = 0;
        std::array<int, 8> forms{}; // 集体学习 专题研讨 党课 专题讲座 读书会 调研 主题党日 联学
        int threeMusts = 0;
        int planItems = 0, planDone = 0;
        int expected = 0, present = 0, late = 0, earlyLeave = 0, excused = 0, absent = 0;
        const char* rate = "0";
        int owed = 0, madeUp = 0;
        int selfStudy = 0;
        int members = 0, meetingTarget = 0;
        int notes = 0;
        int speeches = 0;
        int reflections = 0, articles = 0, reports = 0, awards = 0;
        std::optional<std::array<int, 4>> grades; // 优秀 合格 基本合格 不合格
    };

    static QString json(const QString& scope, const QString& from, const QString& to, const Want& w)
    {
        const char* names[] = {"集体学习", "专题研讨", "党课",     "专题讲座",
                               "读书会",   "调研",     "主题党日", "联学"};
        QStringList forms;
        for (int i = 0; i < 8; ++i)
            forms << QStringLiteral("\"%1\": %2").arg(QString::fromUtf8(names[i])).arg(w.forms[i]);
        QString out =
            QStringLiteral("{\"period\": {\"from\": \"%1\", \"to\": \"%2\"},\n \"scope\": %3,\n")
                .arg(from, to, scope);
        out += QStringLiteral(" \"sessions\": {\"total\": %1, \"by_form\": {%2}, "
                              "\"three_musts\": %3},\n")
                   .arg(w.sessions)
                   .arg(forms.join(QStringLiteral(", ")))
                   .arg(w.threeMusts);
        out += QStringLiteral(" \"plan\": {\"items\": %1, \"done\": %2},\n")
                   .arg(w.planItems)
                   .arg(w.planDone);
        out += QStringLiteral(" \"attendance\": {\"expected\": %1, \"present\": %2, \"late\": %3, "
                              "\"early_leave\": %4, \"excused\": %5, \"absent\": %6, "
                              "\"participation_rate\": %7},\n")
                   .arg(w.expected)
                   .arg(w.present)
                   .arg(w.late)
                   .arg(w.earlyLeave)
                   .arg(w.excused)
                   .arg(w.absent)
                   .arg(QString::fromLatin1(w.rate));
        out += QStringLiteral(" \"makeup\": {\"owed\": %1, \"done\": %2},\n")
                   .arg(w.owed)
                   .arg(w.madeUp);
        out += QStringLiteral(" \"self_study\": {\"minutes\": %1},\n").arg(w.selfStudy);
        out += QStringLiteral(" \"members\": {\"total\": %1, \"meeting_hours_target\": %2},\n")
                   .arg(w.members)
                   .arg(w.meetingTarget);
        out += QStringLiteral(" \"notes\": {\"chars\": %1},\n").arg(w.notes);
        out += QStringLiteral(" \"speeches\": {\"total\": %1},\n").arg(w.speeches);
        out += QStringLiteral(" \"writings\": {\"reflections\": %1, \"articles\": %2, "
                              "\"reports\": %3, \"awards\": %4}")
                   .arg(w.reflections)
                   .arg(w.articles)
                   .arg(w.reports)
                   .arg(w.awards);
        if (w.grades)
            out += QStringLiteral(",\n \"assessment\": {\"grades\": {\"优秀\": %1, \"合格\": %2, "
                                  "\"基本合格\": %3, \"不合格\": %4}}")
                       .arg((*w.grades)[0])
                       .arg((*w.grades)[1])
                       .arg((*w.grades)[2])
                       .arg((*w.grades)[3]);
        return out + QStringLiteral("}\n");
    }

    static QString groupA()
    {
        return QStringLiteral(
            "{\"kind\": \"group\", \"id\": \"GA\", \"name\": \"第一支部学习小组\"}");
    }
    static QString orgC()
    {
        return QStringLiteral("{\"kind\": \"org\", \"id\": \"C\", \"name\": \"委员会\"}");
    }

    CliRun bulletin(const QStringList& args) const
    {
        return runCliOn(m_ledger.path(),
                        QStringList{QStringLiteral("report"), QStringLiteral("bulletin")} + args);
    }
    CliRun json(const QStringList& args) const
    {
        return bulletin(args + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("-o"), QStringLiteral("-")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        BulletinFiguresFixture f;
        QVERIFY2(f.build(m_ledger->db()), qPrintable(f.error));
    }

    void groupYear()
    {
        const CliRun run = json({QStringLiteral("--year"), QStringLiteral("2026"),
                                 QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(run.code, 0);
        Want w;
        // Held in 2026: SA1 集体学习, SA2 专题研讨, SA4 党课, SA6 读书会 (SA0 is 2025, SA3 planned,
        // SA5 cancelled); triggers on SA1 and SA4.
        w.sessions = 4;
        w.forms = {1, 1, 1, 0, 1, 0, 0, 0};
        w.threeMusts = 2;
        // Items #1…#5; done by held sessions: #1 (SA1), #2 (SA2), #5 (SA6).
        w.planItems = 5;
        w.planDone = 3;
        // Records without 列席: SA1 3 + SA2 4 (c1 counts though not seated) + SA4 2 + SA6 2 = 11.
        // 出席 a1 SA1, c1 SA2, a1 a2 SA4, a2 SA6 = 5; 迟到 1; 早退 1; 请假 a3 SA1, a1 SA6 = 2;
        // 缺席 a2 a3 SA2 = 2. Rate (5 + 1 + 1) / 11 = 0.63636… → 0.6364.
        w.expected = 11, w.present = 5, w.late = 1, w.earlyLeave = 1, w.excused = 2, w.absent = 2;
        w.rate = "0.6364";
        w.owed = 4;   // 2 + 2
        w.madeUp = 2; // a3 SA1, a3 SA2
        // Members(GA, 2026): a1 a2 a3 (x1 is 列席). Self-study 1500 + 300 + 120 + 60 = 1980;
        // notes 200 + 50 = 250.
        w.selfStudy = 1980;
        w.members = 3;
        // Hours against 32: a1 (120 + 90 + 60 + 1800) / 60 = 34.5 ✓; a2 (120 + 60 + 60 + 120)
        // / 60 = 6; a3 60 / 60 = 1.
        w.meetingTarget = 1;
        w.notes = 250;
        w.speeches = 4; // SA1 a1 and x1 (列席 speak too), SA2 c1, SA4 a2
        // a1 two 心得体会 (one 优秀 award), a2 one 调研报告 (二等奖).
        w.reflections = 2, w.articles = 0, w.reports = 1, w.awards = 2;
        // a1: attendance 40 × (2+1+2+1)/8 = 30, hours 25, notes 15 × 200/6000 = 0.5, speeches 5,
        //     writings 10 → 70.5 + bonus 2 = 72.5 合格
        // a2: 40 × (1+0+2+2)/8 = 25, 25 × 6/32 = 4.6875, 0, 5, 10 → 44.6875 + 2 = 46.7 不合格
        // a3: 40 × (2+1)/4 = 30, 25 × 1/32 = 0.78125, 15 × 50/6000 = 0.125 → 30.9 不合格
        w.grades = std::array<int, 4>{0, 1, 0, 2};
        QCOMPARE(run.text(),
                 json(groupA(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), w));
    }

    void groupQuarter()
    {
        const CliRun run =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                  QStringLiteral("1"), QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(run.code, 0);
        Want w;
        w.sessions = 2; // SA1, SA2
        w.forms = {1, 1, 0, 0, 0, 0, 0, 0};
        w.threeMusts = 1;
        w.planItems = 3; // #1 #2 #3
        w.planDone = 2;  // #1 #2 (SA3 only planned)
        // SA1 3 + SA2 4 = 7: 出席 2, 迟到 1, 早退 1, 请假 1, 缺席 2; (2+1+1)/7 = 0.571428… → 0.5714
        w.expected = 7, w.present = 2, w.late = 1, w.earlyLeave = 1, w.excused = 1, w.absent = 2;
        w.rate = "0.5714";
        w.owed = 3, w.madeUp = 2;
        w.selfStudy = 1680; // a1 1500 + a2 120 + a3 60
        w.members = 3;      // a3's seat ends on 03-31
        // Target 32 × 90/365 = 7.89 h: a1 (120 + 90 + 1500) / 60 = 28.5 ✓, a2 4, a3 1.
        w.meetingTarget = 1;
        w.notes = 250;
        w.speeches = 3;    // SA1 2, SA2 1
        w.reflections = 1; // a1 01-25, with its award
        w.awards = 1;
        // No "assessment": a quarter is not a calendar year.
        QCOMPARE(run.text(),
                 json(groupA(), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"), w));
        QVERIFY(!run.text().contains(QStringLiteral("assessment")));
    }

    void groupMonth()
    {
        const CliRun run =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"),
                  QStringLiteral("4"), QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(run.code, 0);
        Want w;
        w.sessions = 1; // SA4 党课 with a trigger; SA5 cancelled
        w.forms = {0, 0, 1, 0, 0, 0, 0, 0};
        w.threeMusts = 1;
        w.planItems = 1; // #4, whose session SA5 was cancelled
        w.planDone = 0;
        w.expected = 2, w.present = 2; // a1 a2 出席: rate 2/2 = 1
        w.rate = "1";
        w.selfStudy = 300; // a1 04-02
        w.members = 2;     // a1 a2
        // Target 32 × 30/365 = 2.63 h: a1 (60 + 300) / 60 = 6 ✓, a2 60 / 60 = 1.
        w.meetingTarget = 1;
        w.speeches = 1;
        QCOMPARE(run.text(),
                 json(groupA(), QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"), w));
    }

    void organisationYear()
    {
        const CliRun run = json({QStringLiteral("--year"), QStringLiteral("2026"),
                                 QStringLiteral("--org"), QStringLiteral("C")});
        QCOMPARE(run.code, 0);
        Want w;
        // GA's four + SC1 专题研讨, SC3 专题讲座, SC2 联学 (SX1 is X's); triggers SA1 SA4 SC1.
        w.sessions = 7;
        w.forms = {1, 2, 1, 1, 1, 0, 0, 1};
        w.threeMusts = 3;
        w.planItems = 7; // GA 5 + GC 2
        w.planDone = 4;  // GA 3 + GC#1 (SC1)
        // GA 11 + SC1 2 + SC3 2 + SC2 2 (a1 列席 not) = 17: 出席 5 + 2 + 1 = 8, 迟到 1 + 1 = 2,
        // 早退 1, 请假 2 + 1 = 3, 缺席 2 + 1 = 3; (8 + 2 + 1) / 17 = 0.647058… → 0.6471
        w.expected = 17, w.present = 8, w.late = 2, w.earlyLeave = 1, w.excused = 3, w.absent = 3;
        w.rate = "0.6471";
        w.owed = 6;   // 3 + 3
        w.madeUp = 3; // a3 SA1, a3 SA2, c2 SC2
        // Members(C): c1 c2 a1 a2 a3. Self-study 3000 + 1500 + 1800 + 120 + 60 = 6480 (x1 and
        // a1's 2025 entry not); notes 10000 + 1000 + 200 + 50 = 11250.
        w.selfStudy = 6480;
        w.members = 5;
        // c1 (56 h): (90 + 180 + 60 + 120 + 3000) / 60 = 57.5 ✓; c2: (180 + 1500) / 60 = 28 < 32;
        // a1 34.5 ✓; a2 6; a3 1.
        w.meetingTarget = 2;
        w.notes = 11250;
        w.speeches = 6; // GA 4 + SC1 2
        w.reflections = 3, w.articles = 1, w.reports = 2, w.awards = 3;
        // c1: 40 × 7/8 = 35, 25, 15, 10, 10 → 95 + 2 = 97.0 优秀
        // c2: 40 × 4/6 = 26.67, 25 × 28/32 = 21.875, 15 × 1000/6000 = 2.5, 5, 5 → 61.0 基本合格
        // a1 72.5 合格, a2 46.7 and a3 30.9 不合格 (as in the group)
        w.grades = std::array<int, 4>{1, 1, 1, 2};
        QCOMPARE(run.text(),
                 json(orgC(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), w));
    }

    void organisationQuarter()
    {
        const CliRun run =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                  QStringLiteral("1"), QStringLiteral("--org"), QStringLiteral("C")});
        QCOMPARE(run.code, 0);
        Want w;
        w.sessions = 4; // SA1 SA2 SC1 SC3
        w.forms = {1, 2, 0, 1, 0, 0, 0, 0};
        w.threeMusts = 2; // SA1 SC1
        w.planItems = 4;  // GA #1 #2 #3, GC #1
        w.planDone = 3;
        // SA1 3 + SA2 4 + SC1 2 + SC3 2 = 11: 出席 2 + 2 + 1 = 5, 迟到 1, 早退 1, 请假 1,
        // 缺席 2 + 1 = 3; (5 + 1 + 1) / 11 = 0.63636… → 0.6364
        w.expected = 11, w.present = 5, w.late = 1, w.earlyLeave = 1, w.excused = 1, w.absent = 3;
        w.rate = "0.6364";
        w.owed = 4, w.madeUp = 2;
        w.selfStudy = 4980; // c1 1800 + c2 1500 + a1 1500 + a2 120 + a3 60
        w.members = 5;
        // Targets × 90/365: 56 → 13.81 h, 32 → 7.89 h. c1 (90 + 180 + 60 + 1800) / 60 = 35.5 ✓,
        // c2 (180 + 1500) / 60 = 28 ✓, a1 28.5 ✓, a2 4, a3 1.
        w.meetingTarget = 3;
        w.notes = 11250;
        w.speeches = 5;                  // SA1 2, SA2 1, SC1 2
        w.reflections = 2, w.awards = 2; // c1 03-10 一等奖, a1 01-25 优秀
        QCOMPARE(run.text(),
                 json(orgC(), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"), w));
    }

    void organisationMonth()
    {
        const CliRun run =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"),
                  QStringLiteral("4"), QStringLiteral("--org"), QStringLiteral("C")});
        QCOMPARE(run.code, 0);
        Want w;
        w.sessions = 1; // SA4
        w.forms = {0, 0, 1, 0, 0, 0, 0, 0};
        w.threeMusts = 1;
        w.planItems = 1; // GA #4
        w.expected = 2, w.present = 2;
        w.rate = "1";
        w.selfStudy = 300;
        w.members = 5;
        // Targets × 30/365: only a1 (60 + 300) / 60 = 6 ≥ 2.63.
        w.meetingTarget = 1;
        w.speeches = 1;
        w.articles = 1; // c2 04-15
        QCOMPARE(run.text(),
                 json(orgC(), QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"), w));
    }

    void emptyPeriodIsAllZero()
    {
        // 2024: nothing recorded, and GA's seats begin in 2026.
        const CliRun run = json({QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(run.code, 0);
        Want w;
        w.grades = std::array<int, 4>{0, 0, 0, 0};
        QCOMPARE(run.text(),
                 json(groupA(), QStringLiteral("2024-01-01"), QStringLiteral("2024-12-31"), w));
        // September 2026 of C: nothing held, planned or written; only Members(C) stay, none
        // meeting a target.
        const CliRun september =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"),
                  QStringLiteral("9"), QStringLiteral("--org"), QStringLiteral("C")});
        QCOMPARE(september.code, 0);
        Want s;
        s.members = 5;
        QCOMPARE(september.text(),
                 json(orgC(), QStringLiteral("2026-09-01"), QStringLiteral("2026-09-30"), s));
    }

    void writesAFile()
    {
        const QString path = m_ledger.file(QStringLiteral("bulletin.json"));
        const CliRun run = bulletin(
            {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--half"),
             QStringLiteral("1"), QStringLiteral("--org"), QStringLiteral("C"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), path});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.text().contains(path), qPrintable(run.text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")),
                 QJsonValue(QStringLiteral("2026-06-30")));
        // H1 of C: SA1 SA2 SA4 SC1 SC3 SC2 = 6 sessions.
        QCOMPARE(o.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("total")),
                 QJsonValue(6));
        QVERIFY(!o.contains(QStringLiteral("assessment")));
    }

    // The documents: a PDF whose text holds the title and 特此通报, an ODT package, HTML.
    void writesTheDocuments()
    {
        const QString pdf = m_ledger.file(QStringLiteral("bulletin.pdf"));
        const CliRun run =
            bulletin({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--org"),
                      QStringLiteral("C"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), pdf});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.text().contains(pdf), qPrintable(run.text()));
        const QString text = pdftext::squeezed(pdftext::text(pdf));
        QVERIFY2(text.contains(QStringLiteral("关于2026年度委员会")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("特此通报")));
        for (const char* format : {"odt", "html"}) {
            const QString path = m_ledger.file(QStringLiteral("bulletin.") + QLatin1String(format));
            const CliRun doc = bulletin({QStringLiteral("--year"), QStringLiteral("2026"),
                                         QStringLiteral("--group"), QStringLiteral("GA"),
                                         QStringLiteral("--format"), QLatin1String(format),
                                         QStringLiteral("-o"), path});
            QCOMPARE(doc.code, 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (QLatin1String(format) == QLatin1String("odt"))
                QVERIFY(bytes.startsWith("PK"));
            else
                QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("特此通报")));
        }
    }

    // 签发 from the command line: numbered in turn, dated as asked, listed, and kept.
    void issuesFromTheCommandLine()
    {
        const QString first = m_ledger.file(QStringLiteral("issued-1.pdf"));
        const CliRun one = bulletin(
            {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
             QStringLiteral("1"), QStringLiteral("--group"), QStringLiteral("GA"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--issue"),
             QStringLiteral("--date"), QStringLiteral("2026-04-10"), QStringLiteral("-o"), first});
        QCOMPARE(one.code, 0);
        QVERIFY2(one.text().contains(QStringLiteral("〔2026〕1号")), qPrintable(one.text()));
        QVERIFY(pdftext::squeezed(pdftext::text(first)).contains(QStringLiteral("2026年4月10日")));
        const QString second = m_ledger.file(QStringLiteral("issued-2.pdf"));
        const CliRun two =
            bulletin({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--group"),
                      QStringLiteral("GA"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--issue"), QStringLiteral("-o"), second});
        QCOMPARE(two.code, 0);
        QVERIFY2(two.text().contains(QStringLiteral("〔2026〕2号")), qPrintable(two.text()));
        const CliRun list =
            runCliOn(m_ledger.path(), {QStringLiteral("bulletin"), QStringLiteral("issued"),
                                       QStringLiteral("--org"), QStringLiteral("A")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.text().contains(QStringLiteral("〔2026〕1号")) &&
                     list.text().contains(QStringLiteral("〔2026〕2号")),
                 qPrintable(list.text()));
    }

    void badPeriodNamesTheOption()
    {
        const CliRun quarter =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--quarter"),
                  QStringLiteral("5"), QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(quarter.code, 2);
        QVERIFY2(quarter.err.contains(QStringLiteral("quarter")), qPrintable(quarter.err));
        QVERIFY(quarter.out.isEmpty());
        const CliRun both =
            json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--half"),
                  QStringLiteral("1"), QStringLiteral("--month"), QStringLiteral("3"),
                  QStringLiteral("--group"), QStringLiteral("GA")});
        QCOMPARE(both.code, 2);
        QVERIFY2(both.err.contains(QStringLiteral("month")), qPrintable(both.err));
        const CliRun year = json({QStringLiteral("--year"), QStringLiteral("20260"),
                                  QStringLiteral("--org"), QStringLiteral("C")});
        QCOMPARE(year.code, 2);
        QVERIFY2(year.err.contains(QStringLiteral("year")), qPrintable(year.err));
    }

    void unknownScopeFailsCleanly()
    {
        const CliRun group = json({QStringLiteral("--year"), QStringLiteral("2026"),
                                   QStringLiteral("--group"), QStringLiteral("NOPE")});
        QCOMPARE(group.code, 2);
        QVERIFY2(group.err.contains(QStringLiteral("NOPE")), qPrintable(group.err));
        QVERIFY(group.out.isEmpty());
        const CliRun org = json({QStringLiteral("--year"), QStringLiteral("2026"),
                                 QStringLiteral("--org"), QStringLiteral("NOPE")});
        QCOMPARE(org.code, 2);
        QVERIFY(org.out.isEmpty());
    }

    void usageErrors()
    {
        // Neither or both scopes, no year, an unknown format: usage (exit 1).
        QCOMPARE(json({QStringLiteral("--year"), QStringLiteral("2026")}).code, 1);
        QCOMPARE(json({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--group"),
                       QStringLiteral("GA"), QStringLiteral("--org"), QStringLiteral("C")})
                     .code,
                 1);
        QCOMPARE(json({QStringLiteral("--group"), QStringLiteral("GA")}).code, 1);
        const CliRun format =
            bulletin({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--group"),
                      QStringLiteral("GA"), QStringLiteral("--format"), QStringLiteral("xml"),
                      QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(format.code, 1);
        QVERIFY2(format.err.contains(QStringLiteral("--format")), qPrintable(format.err));
        // --date belongs to --issue, and --issue writes a PDF.
        const CliRun date =
            bulletin({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--group"),
                      QStringLiteral("GA"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--date"), QStringLiteral("2026-12-31"), QStringLiteral("-o"),
                      QStringLiteral("-")});
        QCOMPARE(date.code, 2);
        QVERIFY2(date.err.contains(QStringLiteral("date")), qPrintable(date.err));
        const CliRun issueHtml =
            bulletin({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--group"),
                      QStringLiteral("GA"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--issue"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(issueHtml.code, 1);
        QVERIFY2(issueHtml.err.contains(QStringLiteral("--format pdf")), qPrintable(issueHtml.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBulletin)
#include "TestCliBulletin.moc"
