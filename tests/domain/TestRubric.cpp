#include "support/ErrorFields.h"

#include "domain/Rubric.h"

#include <QTest>

using namespace sl;

class TestRubric : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreThoseOfMetrics()
    {
        const Rubric r = Rubric::defaults(2026);
        QCOMPARE(r.year, 2026);
        QCOMPARE(r.maxTotal(), 100.0);
        QCOMPARE(r.attendanceMax, 40.0);
        QCOMPARE(r.hoursTargetFor(CadreLevel::NotCadre), 32.0);
        QCOMPARE(r.hoursTargetFor(CadreLevel::Section), 56.0);
        QCOMPARE(r.notesTargetFor(CadreLevel::NotCadre), 6000);
        QCOMPARE(r.notesTargetFor(CadreLevel::Province), 10000);
        QCOMPARE(r.speechesTarget, 2);
        QCOMPARE(r.writingsTarget, 2);
        QCOMPARE(r.bonusMax, 4.0);
        QVERIFY(!r.published);
        QVERIFY(r.problems().empty());
    }

    void writingUnits()
    {
        QCOMPARE(sl::writingUnits(WritingKind::Reflection), 1);
        QCOMPARE(sl::writingUnits(WritingKind::Article), 1);
        QCOMPARE(sl::writingUnits(WritingKind::Report), 2);
    }

    void grades()
    {
        const Rubric r = Rubric::defaults(2026);
        QCOMPARE(r.gradeFor(100), Grade::Excellent);
        QCOMPARE(r.gradeFor(90.0), Grade::Excellent);
        QCOMPARE(r.gradeFor(89.9), Grade::Pass);
        QCOMPARE(r.gradeFor(70.0), Grade::Pass);
        QCOMPARE(r.gradeFor(69.9), Grade::BasicPass);
        QCOMPARE(r.gradeFor(60.0), Grade::BasicPass);
        QCOMPARE(r.gradeFor(59.9), Grade::Fail);
        QCOMPARE(r.gradeFor(0), Grade::Fail);
    }

    void problemsNameTheirField()
    {
        Rubric r = Rubric::defaults(2026);
        r.hoursMax = -1;
        r.notesTarget = 0;
        r.gradePass = 95; // above 优秀
        QCOMPARE(fields(r.problems()),
                 (QStringList{QStringLiteral("hours_max"), QStringLiteral("notes_target"),
                              QStringLiteral("grade_pass")}));

        Rubric zero = Rubric::defaults(2026);
        zero.attendanceMax = zero.hoursMax = zero.notesMax = zero.speechesMax = zero.writingsMax =
            0;
        QCOMPARE(fields(zero.problems()), QStringList{QStringLiteral("weights")});

        // The maxima share 100 points: 50 + 25 + 15 + 10 + 10 is refused, naming the sum.
        Rubric heavy = Rubric::defaults(2026);
        heavy.attendanceMax = 50;
        QCOMPARE(fields(heavy.problems()), QStringList{QStringLiteral("weights")});
        QVERIFY(heavy.problems().front().message.contains(QStringLiteral("110")));
        heavy.hoursMax = 15; // 50 + 15 + 15 + 10 + 10
        QVERIFY(heavy.problems().empty());
        heavy.notesMax = 14.5;
        heavy.speechesMax = 10.5;
        QVERIFY(heavy.problems().empty());

        Rubric bounds = Rubric::defaults(2026);
        bounds.gradeBasicPass = 70;
        QCOMPARE(fields(bounds.problems()), QStringList{QStringLiteral("grade_basic_pass")});
        bounds = Rubric::defaults(1800);
        QCOMPARE(fields(bounds.problems()), QStringList{QStringLiteral("year")});
    }
};

QTEST_APPLESS_MAIN(TestRubric)
#include "TestRubric.moc"
