#include "gui/DemoGuiFixture.h"

#include "gui/attendance/MakeupOwedModel.h"
#include "gui/common/MemberContext.h"
#include "gui/common/UiLanguage.h"
#include "gui/myyear/MyYearView.h"
#include "gui/myyear/ProgressMeter.h"

#include "services/ProgressService.h"
#include "services/RosterService.h"
#include "services/RubricService.h"

#include <QAbstractItemModelTester>
#include <QSpinBox>
#include <QTest>

using namespace sl;

class TestMyYearView : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }

    // The first member (by number) with the cadre level asked for and, when `owing`, make-up
    // study still owed in 2026.
    Member find(bool cadre, bool owing)
    {
        RosterService roster(ledger());
        ProgressService progress(ledger());
        auto rows = roster.memberPage({}, 0, 100);
        for (const MemberRow& row : rows ? *rows : std::vector<MemberRow>()) {
            if ((row.member.cadreLevel != CadreLevel::NotCadre) != cadre)
                continue;
            auto p = progress.memberYear(row.member.id, 2026);
            if (p && (!owing || !p->makeupOwed.empty()))
                return row.member;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        m_fixture = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_fixture->built);
    }

    void showsTheFourBarsWithProratedTargets()
    {
        const Member member = find(false, false);
        QVERIFY(member.id != 0);
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(member.id));
        QCOMPARE(context.year(), 2026);
        MyYearView view(ledger(), roster, context);
        auto expected = ProgressService(ledger()).memberYear(member.id, 2026);
        QVERIFY(expected.ok());

        // 2026-06-30 is day 181 of 365: 32 × 181 / 365 = 15.9 hours are due.
        const QString hours = view.figuresText(MyYearView::Hours);
        QVERIFY2(hours.endsWith(QStringLiteral(" / 32 学时（按进度应达 15.9）")),
                 qPrintable(hours));
        QCOMPARE(view.meter(MyYearView::Hours)->actual(), expected->hours.actual);
        QCOMPARE(view.meter(MyYearView::Hours)->target(), 32.0);
        QCOMPARE(view.meter(MyYearView::Hours)->due(), 32.0 * 181 / 365);
        QVERIFY2(view.figuresText(MyYearView::Notes)
                     .contains(QStringLiteral(" / 6,000 字（按进度应达 2,975）")),
                 qPrintable(view.figuresText(MyYearView::Notes)));
        QVERIFY(view.figuresText(MyYearView::Speeches)
                    .endsWith(QStringLiteral(" / 2 次（按进度应达 1.0）")));
        QVERIFY(view.figuresText(MyYearView::Writings)
                    .endsWith(QStringLiteral(" / 2 篇（按进度应达 1.0）")));
        QCOMPARE(view.meter(MyYearView::Writings)->actual(),
                 double(expected->figures.writingUnits()));
        QVERIFY(view.detailText(MyYearView::Hours).contains(QStringLiteral("集体学习")));
        QVERIFY2(view.headlineText().contains(QStringLiteral("普通党员")),
                 qPrintable(view.headlineText()));
        QVERIFY(view.headlineText().contains(QStringLiteral("截至 2026-06-30")));
    }

    void cadresHaveTheCadreTargets()
    {
        const Member cadre = find(true, false);
        QVERIFY(cadre.id != 0);
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(cadre.id));
        MyYearView view(ledger(), roster, context);
        QVERIFY2(view.figuresText(MyYearView::Hours)
                     .endsWith(QStringLiteral(" / 56 学时（按进度应达 27.8）")),
                 qPrintable(view.figuresText(MyYearView::Hours)));
        QVERIFY(view.figuresText(MyYearView::Notes).contains(QStringLiteral(" / 10,000 字")));
        QVERIFY(view.headlineText().contains(QStringLiteral("干部")));
    }

    void listsTheMakeUpOwed()
    {
        const Member owing = find(false, true);
        QVERIFY(owing.id != 0);
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(owing.id));
        MyYearView view(ledger(), roster, context);
        QAbstractItemModelTester tester(view.makeupModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto progress = ProgressService(ledger()).memberYear(owing.id, 2026);
        QVERIFY(progress.ok());
        QCOMPARE(view.makeupModel()->rowCount(), int(progress->makeupOwed.size()));
        const QString status =
            view.makeupModel()->index(0, MakeupOwedModel::Status).data().toString();
        QVERIFY(status == QStringLiteral("请假") || status == QStringLiteral("缺席"));
        QCOMPARE(view.makeupModel()->index(0, MakeupOwedModel::Date).data().toString(),
                 dates::toIso(progress->makeupOwed.front().date));
        QCOMPARE(view.makeupModel()->headerData(MakeupOwedModel::Topic, Qt::Horizontal).toString(),
                 QStringLiteral("主题"));
    }

    void followsTheTargetsAndTheYear()
    {
        const Member member = find(false, false);
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(member.id));
        MyYearView view(ledger(), roster, context);
        Rubric r = RubricService(ledger()).rubric(2026).value();
        r.hoursTarget = 40;
        QVERIFY(RubricService(ledger()).save(r).ok());
        view.reload();
        QVERIFY(view.figuresText(MyYearView::Hours).contains(QStringLiteral(" / 40 学时")));
        r.hoursTarget = 32;
        QVERIFY(RubricService(ledger()).save(r).ok());

        // A year without records: nothing done, everything due.
        view.yearSpin()->setValue(2025);
        QCOMPARE(context.year(), 2025);
        QVERIFY2(view.figuresText(MyYearView::Hours)
                     .startsWith(QStringLiteral("0.0 / 32 学时（按进度应达 32.0）")),
                 qPrintable(view.figuresText(MyYearView::Hours)));
        QVERIFY(!view.meter(MyYearView::Hours)->onTrack());
        QCOMPARE(view.meter(MyYearView::Hours)->fraction(), 0.0);
    }

    void asksForAMemberWhenNoneIsChosen()
    {
        TempLedger empty;
        RosterService roster(*empty);
        MemberContext context(*empty, false);
        QCOMPARE(context.memberId(), qint64(0));
        MyYearView view(*empty, roster, context);
        QVERIFY(!view.progress());
    }
};

QTEST_MAIN(TestMyYearView)
#include "TestMyYearView.moc"
