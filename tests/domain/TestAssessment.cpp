#include "domain/Assessment.h"

#include <QTest>

#include <algorithm>

using namespace sl;

namespace {

// The worked example of METRICS.md: cadre level 无, 10 records (7 出席, 1 迟到, 1 请假 made up,
// 1 缺席 not made up), 20 collective + 10 self-study hours, 4,500 characters of notes, one
// speech, one 心得体会, no award.
MemberFigures workedExample()
{
    MemberFigures f;
    f.expected = 10;
    f.present = 7;
    f.late = 1;
    f.excused = 1;
    f.absent = 1;
    f.makeupDone = 1;
    f.absentNotMadeUp = 1;
    f.collectiveMinutes = 20 * 60;
    f.selfStudyMinutes = 10 * 60;
    f.notesChars = 4500;
    f.speeches = 1;
    f.reflections = 1;
    return f;
}

// A member who meets every target with full attendance: score 100.
MemberFigures perfect()
{
    MemberFigures f;
    f.expected = 4;
    f.present = 4;
    f.collectiveMinutes = 40 * 60;
    f.notesChars = 6000;
    f.speeches = 2;
    f.reports = 1;
    return f;
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void workedExampleOfMetrics()
    {
        const AssessmentResult r = Assessment(Rubric::defaults(2026)).assess(workedExample());
        QVERIFY(r.attendance.has_value());
        QCOMPARE(*r.attendance, 34.0);
        QCOMPARE(*r.hours, 23.4375);
        QCOMPARE(*r.notes, 11.25);
        QCOMPARE(*r.speeches, 5.0);
        QCOMPARE(*r.writings, 5.0);
        QCOMPARE(r.score, 78.6875);
        QCOMPARE(r.bonus, 0.0);
        QCOMPARE(r.final, 78.7);
        QCOMPARE(r.grade, Grade::Pass);
        QVERIFY(!r.vetoed);
    }

    void cadreTargetsAreHigher()
    {
        MemberFigures f = workedExample();
        f.cadreLevel = CadreLevel::County;
        const AssessmentResult r = Assessment(Rubric::defaults(2026)).assess(f);
        QCOMPARE(*r.hours, 25.0 * 30 / 56);
        QCOMPARE(*r.notes, 15.0 * 4500 / 10000);
    }

    void componentsAreCappedAtTheirMaximum()
    {
        MemberFigures f = perfect();
        f.collectiveMinutes = 100 * 60;
        f.notesChars = 50000;
        f.speeches = 9;
        f.reports = 5;
        const AssessmentResult r = Assessment(Rubric::defaults(2026)).assess(f);
        QCOMPARE(*r.attendance, 40.0);
        QCOMPARE(*r.hours, 25.0);
        QCOMPARE(*r.notes, 15.0);
        QCOMPARE(*r.speeches, 10.0);
        QCOMPARE(*r.writings, 10.0);
        QCOMPARE(r.final, 100.0);
        QCOMPARE(r.grade, Grade::Excellent);
    }

    void writingUnitsCountAReportTwice()
    {
        MemberFigures f;
        f.reports = 1;
        QCOMPARE(f.writingUnits(), 2);
        f.articles = 1;
        f.reflections = 2;
        QCOMPARE(f.writingUnits(), 5);
        MemberFigures one;
        one.articles = 1;
        QCOMPARE(*Assessment(Rubric::defaults(2026)).assess(one).writings, 5.0);
    }

    void attendanceDoesNotApplyWithoutRecords()
    {
        // No records: attendance is not applicable, the score is normalised over the other 60.
        MemberFigures f = workedExample();
        f.expected = f.present = f.late = f.excused = f.absent = 0;
        f.makeupDone = f.absentNotMadeUp = 0;
        f.collectiveMinutes = 0;
        f.selfStudyMinutes = 32 * 60; // hours 25
        const AssessmentResult r = Assessment(Rubric::defaults(2026)).assess(f);
        QVERIFY(!r.attendance.has_value());
        QCOMPARE(*r.hours, 25.0);
        // (25 + 11.25 + 5 + 5) / 60 × 100 = 77.083…
        QCOMPARE(r.score, 100.0 * 46.25 / 60.0);
        QCOMPARE(r.final, 77.1);
        QCOMPARE(r.grade, Grade::Pass);
    }

    void bonusIsTwoPerAwardAtMostFour()
    {
        MemberFigures f = workedExample();
        const Assessment a(Rubric::defaults(2026));
        f.awards = 1;
        QCOMPARE(a.assess(f).bonus, 2.0);
        QCOMPARE(a.assess(f).final, 80.7);
        f.awards = 2;
        QCOMPARE(a.assess(f).bonus, 4.0);
        f.awards = 5;
        QCOMPARE(a.assess(f).bonus, 4.0);
        QCOMPARE(a.assess(f).final, 82.7);
    }

    void scorePlusBonusStopsAtHundredBeforeTheAdjustment()
    {
        MemberFigures f = perfect();
        f.awards = 2;
        const Assessment a(Rubric::defaults(2026));
        // min(100, 100 + 4) − 3 = 97, not 101 − 3.
        QCOMPARE(a.assess(f, -3).final, 97.0);
    }

    void adjustmentIsClampedToZeroAndHundred()
    {
        const Assessment a(Rubric::defaults(2026));
        const AssessmentResult up = a.assess(workedExample(), 40);
        QCOMPARE(up.adjustment, 40.0);
        QCOMPARE(up.final, 100.0);
        QCOMPARE(a.assess(workedExample(), -100).final, 0.0);
        QCOMPARE(a.assess(workedExample(), -100).grade, Grade::Fail);
        QCOMPARE(a.assess(workedExample(), -8.7).final, 70.0);
        QCOMPARE(a.assess(workedExample(), -8.7).grade, Grade::Pass);
        QCOMPARE(a.assess(workedExample(), -8.8).grade, Grade::BasicPass);
    }

    void vetoTurnsExcellentIntoPass()
    {
        const Assessment a(Rubric::defaults(2026));
        MemberFigures f = perfect();
        f.expected = 10;
        f.present = 9;
        f.absent = 1; // attendance 36 of 40: score 96
        const AssessmentResult made = [&] {
            MemberFigures g = f;
            g.makeupDone = 1;
            return a.assess(g);
        }();
        QCOMPARE(made.grade, Grade::Excellent);
        QVERIFY(!made.vetoed);

        f.absentNotMadeUp = 1;
        const AssessmentResult r = a.assess(f);
        QCOMPARE(r.final, 96.0);
        QCOMPARE(r.grade, Grade::Pass);
        QVERIFY(r.vetoed);
        // The veto only lowers 优秀.
        QCOMPARE(a.assess(f, -30).grade, Grade::BasicPass);
        QVERIFY(!a.assess(f, -30).vetoed);

        // A year whose rubric switches the veto off keeps 优秀.
        Rubric noVeto = Rubric::defaults(2026);
        noVeto.veto = false;
        const AssessmentResult kept = Assessment(noVeto).assess(f);
        QCOMPARE(kept.grade, Grade::Excellent);
        QVERIFY(!kept.vetoed);
    }

    void roundingHalfAwayFromZero_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("rounded");
        QTest::newRow("89.95") << 89.95 << 90.0;
        QTest::newRow("89.949") << 89.949 << 89.9;
        QTest::newRow("0.05") << 0.05 << 0.1;
        QTest::newRow("0.15") << 0.15 << 0.2;
        QTest::newRow("0.25") << 0.25 << 0.3;
        QTest::newRow("0.35") << 0.35 << 0.4;
        QTest::newRow("2.65") << 2.65 << 2.7;
        QTest::newRow("0.04999") << 0.04999 << 0.0;
        QTest::newRow("-0.05") << -0.05 << -0.1;
        QTest::newRow("-2.65") << -2.65 << -2.7;
        QTest::newRow("78.6875") << 78.6875 << 78.7;
        QTest::newRow("69.95") << 69.95 << 70.0;
    }

    void roundingHalfAwayFromZero()
    {
        QFETCH(double, value);
        QFETCH(double, rounded);
        QCOMPARE(Assessment::roundHalfAwayFromZero(value, 1), rounded);
    }

    void gradeIsTakenOnTheRoundedFinal()
    {
        const Assessment a(Rubric::defaults(2026));
        // 89.95 rounds to 90.0: 优秀. Score 78.6875 + 11.2625 = 89.95.
        const AssessmentResult up = a.assess(workedExample(), 11.2625);
        QCOMPARE(up.final, 90.0);
        QCOMPARE(up.grade, Grade::Pass); // vetoed: 缺席 without make-up
        QVERIFY(up.vetoed);
        MemberFigures f = workedExample();
        f.absentNotMadeUp = 0;
        f.makeupDone = 2; // both made up: 18 points, attendance 36 → score 80.6875
        QCOMPARE(a.assess(f).score, 80.6875);
        QCOMPARE(a.assess(f, 9.2625).final, 90.0);
        QCOMPARE(a.assess(f, 9.2625).grade, Grade::Excellent);
        QCOMPARE(a.assess(f, 9.2).final, 89.9);
        QCOMPARE(a.assess(f, 9.2).grade, Grade::Pass);
        // 59.95 → 60.0 基本合格; 59.94 → 59.9 不合格.
        QCOMPARE(a.assess(f, 59.95 - 80.6875).grade, Grade::BasicPass);
        QCOMPARE(a.assess(f, 59.94 - 80.6875).grade, Grade::Fail);
    }

    void countedRanksEqualTheRanksOfTheirDefinition()
    {
        // Every tenth from 0 to 100, many times over and in a scrambled order: each rank is
        // one more than the count of finals above it.
        std::vector<double> finals;
        for (int i = 0; i < 5000; ++i)
            finals.push_back(double((i * 7919) % 1001) / 10);
        finals.push_back(100.0);
        finals.push_back(0.0);
        const std::vector<int> ranks = Assessment::ranks(finals);
        QCOMPARE(ranks.size(), finals.size());
        for (size_t i = 0; i < finals.size(); i += 97) {
            const auto above = std::count_if(finals.begin(), finals.end(),
                                             [&](double f) { return f > finals[i]; });
            QCOMPARE(ranks[i], int(above) + 1);
        }
        QCOMPARE(ranks[finals.size() - 2], 1); // 100.0, shared with the others of 100
        QCOMPARE(ranks[finals.size() - 1],
                 int(std::count_if(finals.begin(), finals.end(), [](double f) { return f > 0; })) +
                     1);
    }

    void ranksShareTies()
    {
        QCOMPARE(Assessment::ranks({90.0, 85.5, 85.5, 70.0}), (std::vector<int>{1, 2, 2, 4}));
        QCOMPARE(Assessment::ranks({70.0, 85.5, 90.0, 85.5}), (std::vector<int>{4, 2, 1, 2}));
        QCOMPARE(Assessment::ranks({50.0, 50.0, 50.0}), (std::vector<int>{1, 1, 1}));
        QCOMPARE(Assessment::ranks({}), std::vector<int>{});
        // Finals that are not tenths of 0…100 are ranked all the same (a sort, not a count).
        QCOMPARE(Assessment::ranks({90.05, 85.5, 85.5, 100.0}), (std::vector<int>{2, 3, 3, 1}));
        QCOMPARE(Assessment::ranks({-1.0, 0.0, 0.0}), (std::vector<int>{3, 1, 1}));

        AssessmentResult a, b, c;
        a.final = 60;
        b.final = 80;
        c.final = 60;
        std::vector<AssessmentResult*> all = {&a, &b, &c};
        Assessment::rank(all);
        QCOMPARE(b.rank, 1);
        QCOMPARE(a.rank, 2);
        QCOMPARE(c.rank, 2);
    }

    void customRubricWeights()
    {
        Rubric r = Rubric::defaults(2026);
        r.attendanceMax = 0; // attendance weightless: the score rests on the other components
        r.speechesMax = 30;
        const AssessmentResult res = Assessment(r).assess(workedExample());
        QCOMPARE(*res.attendance, 0.0);
        QCOMPARE(*res.speeches, 15.0);
        // (23.4375 + 11.25 + 15 + 5) / 80 × 100
        QCOMPARE(res.score, 100.0 * 54.6875 / 80.0);
    }
};

QTEST_APPLESS_MAIN(TestAssessment)
#include "TestAssessment.moc"
