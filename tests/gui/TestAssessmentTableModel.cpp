#include "gui/assessment/AssessmentTableModel.h"
#include "gui/common/GradeColours.h"
#include "gui/common/PageRows.h"
#include "gui/common/UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace sl;

class TestAssessmentTableModel : public QObject
{
    Q_OBJECT

    static AssessmentRow row(qint64 id, const QString& ext, const QString& name, double final,
                             Grade grade, int rank)
    {
        AssessmentRow r;
        r.figures.memberId = id;
        r.figures.extId = ext;
        r.figures.name = name;
        r.orgName = QStringLiteral("机关第一党支部");
        r.result.attendance = 34.0;
        r.result.hours = 23.4375;
        r.result.notes = 11.25;
        r.result.speeches = 5.0;
        r.result.writings = 5.0;
        r.result.final = final;
        r.result.grade = grade;
        r.result.rank = rank;
        return r;
    }

    static ScopeAssessment sample()
    {
        ScopeAssessment a;
        a.scope.ref = ScopeRef::group(1);
        a.scope.name = QStringLiteral("机关第一支部学习组");
        a.year = 2026;
        a.rubric = Rubric::defaults(2026);
        a.rows.push_back(
            row(2, QStringLiteral("M002"), QStringLiteral("李红"), 100, Grade::Excellent, 1));
        a.rows.back().result.bonus = 2;
        a.rows.push_back(
            row(1, QStringLiteral("M001"), QStringLiteral("王小明"), 80.7, Grade::Pass, 2));
        a.rows.back().result.adjustment = 2;
        a.rows.back().adjustmentReason = QStringLiteral("承担支部调研课题");
        a.rows.push_back(row(4, QStringLiteral("M004"), QStringLiteral("刘洋"), 0, Grade::Fail, 3));
        a.rows.back().result.attendance.reset();
        a.rows.back().result.adjustment = -1.5;
        a.rows.back().adjustmentReason = QStringLiteral("多次缺席");
        return a;
    }

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void showsEveryComponentAndTheGrade()
    {
        AssessmentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AssessmentTableModel::ColumnCount));
        model.setAssessment(sample());
        QCOMPARE(model.rowCount(), 3);
        auto text = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(0, AssessmentTableModel::ExtId), QStringLiteral("M002"));
        QCOMPARE(text(0, AssessmentTableModel::Name), QStringLiteral("李红"));
        QCOMPARE(text(0, AssessmentTableModel::Org), QStringLiteral("机关第一党支部"));
        QCOMPARE(text(0, AssessmentTableModel::Attendance), QStringLiteral("34.0"));
        QCOMPARE(text(0, AssessmentTableModel::Hours), QStringLiteral("23.4"));
        QCOMPARE(text(0, AssessmentTableModel::Notes), QStringLiteral("11.3"));
        QCOMPARE(text(0, AssessmentTableModel::Bonus), QStringLiteral("2.0"));
        QCOMPARE(text(0, AssessmentTableModel::Adjustment), QString());
        QCOMPARE(text(0, AssessmentTableModel::Final), QStringLiteral("100.0"));
        QCOMPARE(text(0, AssessmentTableModel::GradeColumn), QStringLiteral("优秀"));
        QCOMPARE(text(0, AssessmentTableModel::Rank), QStringLiteral("1"));
        QCOMPARE(text(1, AssessmentTableModel::Adjustment), QStringLiteral("+2.0"));
        QCOMPARE(text(2, AssessmentTableModel::Adjustment), QStringLiteral("-1.5"));
        QCOMPARE(model.index(1, AssessmentTableModel::Adjustment).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("承担支部调研课题"));
        // A component that does not apply (no attendance records) is a dash, and sorts lowest.
        QCOMPARE(text(2, AssessmentTableModel::Attendance), QStringLiteral("—"));
        QVERIFY(model.index(2, AssessmentTableModel::Attendance)
                    .data(AssessmentTableModel::SortRole)
                    .toDouble() < 0);
        QCOMPARE(text(2, AssessmentTableModel::GradeColumn), QStringLiteral("不合格"));
        // Grades coloured the same way everywhere: 优秀 green, 不合格 red.
        QCOMPARE(model.index(0, AssessmentTableModel::GradeColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 gradecolours::colour(Grade::Excellent));
        QCOMPARE(model.index(2, AssessmentTableModel::GradeColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 gradecolours::colour(Grade::Fail));
        QVERIFY(gradecolours::colour(Grade::Excellent) != gradecolours::colour(Grade::Pass));
        QVERIFY(gradecolours::colour(Grade::BasicPass) != gradecolours::colour(Grade::Fail));
        QCOMPARE(model.index(1, 0).data(AssessmentTableModel::MemberIdRole).toLongLong(),
                 qint64(1));
        QCOMPARE(model.rowOfMember(4), 2);
        QCOMPARE(model.rowOfMember(99), -1);
        QCOMPARE(model.headerData(AssessmentTableModel::Final, Qt::Horizontal).toString(),
                 AssessmentTableModel::tr("Final"));
        // Without a publication the published columns are empty.
        QVERIFY(!model.hasPublished());
        QCOMPARE(text(0, AssessmentTableModel::PublishedFinal), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsThePublishedBesideTheCurrent()
    {
        AssessmentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScopeAssessment published = sample();
        published.rows[1].result.final = 78.7; // before a later change of the records
        published.rows.pop_back();             // 刘洋 was not among the published results
        model.setAssessment(sample(), published);
        QVERIFY(model.hasPublished());
        auto text = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(1, AssessmentTableModel::Final), QStringLiteral("80.7"));
        QCOMPARE(text(1, AssessmentTableModel::PublishedFinal), QStringLiteral("78.7"));
        QCOMPARE(text(1, AssessmentTableModel::PublishedGrade), QStringLiteral("合格"));
        QCOMPARE(text(2, AssessmentTableModel::PublishedFinal), QStringLiteral("—"));
        QVERIFY(model.publishedRow(1));
        QVERIFY(!model.publishedRow(2));
    }

    void sortsNamesInChineseOrderAndFilters()
    {
        AssessmentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(sample());
        model.sort(AssessmentTableModel::Name, Qt::AscendingOrder);
        auto names = [&] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.index(r, AssessmentTableModel::Name).data().toString();
            return out;
        };
        // Pinyin: li, liu, wang — not the code points (刘 U+5218 < 李 U+674E).
        QCOMPARE(names(), (QStringList{QStringLiteral("李红"), QStringLiteral("刘洋"),
                                       QStringLiteral("王小明")}));
        QVERIFY(QStringLiteral("刘洋") < QStringLiteral("李红"));
        // Numbers sort as numbers: finals descending 100, 80.7, 0.
        model.sort(AssessmentTableModel::Final, Qt::DescendingOrder);
        QCOMPARE(names().first(), QStringLiteral("李红"));
        QCOMPARE(names().last(), QStringLiteral("刘洋"));
        model.setFilterText(QStringLiteral("m004"));
        QCOMPARE(names(), QStringList{QStringLiteral("刘洋")});
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.storedCount(), 3);
        model.setFilterText(QStringLiteral("王"));
        QCOMPARE(names(), QStringList{QStringLiteral("王小明")});
        // Letters also find a name by its pinyin initials (王小明: wxm), from the start.
        model.setFilterText(QStringLiteral("wx"));
        QCOMPARE(names(), QStringList{QStringLiteral("王小明")});
        model.setFilterText(QStringLiteral("LY"));
        QCOMPARE(names(), QStringList{QStringLiteral("刘洋")});
        model.setFilterText(QStringLiteral("xm"));
        QCOMPARE(model.total(), 0);
        model.setFilterText(QStringLiteral("第一党支部"));
        QCOMPARE(model.rowCount(), 3);
        model.setFilterText(QStringLiteral("无此人"));
        QCOMPARE(model.rowCount(), 0);
        // The filter holds across a new assessment.
        model.setFilterText(QStringLiteral("lh"));
        model.setAssessment(sample());
        QCOMPARE(names(), QStringList{QStringLiteral("李红")});
    }

    // More members than a page: the model holds one page; sorting and the filter work on
    // every member, and the pages reach the last.
    void holdsOnePageOfManyMembers()
    {
        ScopeAssessment many = sample();
        many.rows.clear();
        const int count = 2 * ui::pageRows + 17;
        for (int i = 0; i < count; ++i) {
            // Finals in a shuffled order (37 is prime to the count): not the stored order.
            const double final = double((i * 37) % count) / 10.0;
            many.rows.push_back(row(i + 1,
                                    QStringLiteral("M%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("党员%1").arg(i + 1), final, Grade::Fail, 0));
        }
        AssessmentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(many);
        QCOMPARE(model.storedCount(), count);
        QCOMPARE(model.total(), count);
        QCOMPARE(model.rowCount(), ui::pageRows);
        model.sort(AssessmentTableModel::Final, Qt::DescendingOrder);
        QCOMPARE(model.offset(), 0);
        QCOMPARE(model.index(0, AssessmentTableModel::Final).data().toString(),
                 QString::number(double(count - 1) / 10.0, 'f', 1));
        // Page after page, the finals keep descending, and the last page holds the rest.
        double previous = 1000;
        int seen = 0;
        for (int offset = 0; offset < count; offset += ui::pageRows) {
            model.setOffset(offset);
            QVERIFY(model.rowCount() <= ui::pageRows);
            for (int r = 0; r < model.rowCount(); ++r) {
                const double f = model.index(r, AssessmentTableModel::Final)
                                     .data(AssessmentTableModel::SortRole)
                                     .toDouble();
                QVERIFY2(f <= previous, qPrintable(QStringLiteral("row %1").arg(offset + r)));
                previous = f;
                ++seen;
            }
        }
        QCOMPARE(seen, count);
        QCOMPARE(model.rowCount(), count % ui::pageRows);
        QCOMPARE(previous, 0.0);
        // A member on the last page is found there; the filter then sees every page.
        QVERIFY(model.rowOfMember(1) >= 0); // final 0.0: the last
        model.setOffset(0);
        QCOMPARE(model.rowOfMember(1), -1);
        QVERIFY(model.member(1));
        model.setFilterText(QStringLiteral("M0417"));
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.index(0, AssessmentTableModel::Name).data().toString(),
                 QStringLiteral("党员417"));
        // A whole copy shows every row of the arrangement on one page, sharing the rows.
        model.setFilterText(QString());
        auto whole = model.wholeCopy();
        QCOMPARE(whole->rowCount(), count);
        QCOMPARE(whole->index(0, AssessmentTableModel::Final).data().toString(),
                 model.index(0, AssessmentTableModel::Final).data().toString());
        QCOMPARE(&whole->storedRows(), &model.storedRows());
    }
};

QTEST_MAIN(TestAssessmentTableModel)
#include "TestAssessmentTableModel.moc"
