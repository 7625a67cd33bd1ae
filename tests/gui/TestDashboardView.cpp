#include "support/DashboardFixture.h"
#include "support/TempLedger.h"

#include "gui/common/ScopePeriodBar.h"
#include "gui/dashboard/DashboardCharts.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/DrillMemberModel.h"
#include "gui/dashboard/DrillSessionModel.h"
#include "gui/dashboard/SubOrgTableModel.h"

#include "gui/AreaViews.h"
#include "gui/NavigationSidebar.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordTableView.h"

#include "services/Clock.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace sl;

// The dashboard on the ledger of DashboardFixture (its figures worked by hand in
// TestDashboardService): the committee O in the first quarter of 2025.
class TestDashboardView : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    DashboardFixture m_data;
    std::unique_ptr<RosterService> m_roster;

    struct Testers
    {
        QAbstractItemModelTester subOrgs, sessions, members;
        explicit Testers(DashboardView& view)
            : subOrgs(view.subOrgModel(), QAbstractItemModelTester::FailureReportingMode::QtTest),
              sessions(view.drillSessionModel(),
                       QAbstractItemModelTester::FailureReportingMode::QtTest),
              members(view.drillMemberModel(),
                      QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }
    };

    // The view of O's first quarter of 2025, shown and computed.
    std::unique_ptr<DashboardView> openView(const ScopeRef& scope, int periodIndex)
    {
        auto view = std::make_unique<DashboardView>(*m_ledger, *m_roster);
        view->resize(1200, 800);
        if (!view->scopeBar()->setScope(scope))
            return nullptr;
        view->scopeBar()->setYear(2025);
        view->scopeBar()->setPeriodIndex(periodIndex);
        view->show();
        return view;
    }

    static QStringList column(QAbstractItemModel* model, int column)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, column).data().toString();
        return out;
    }

    static constexpr int firstQuarter = 3;

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2025, 6, 30));
        QVERIFY(m_ledger.isOpen());
        QVERIFY2(m_data.build(m_ledger->db()), qPrintable(m_data.error));
        m_roster = std::make_unique<RosterService>(*m_ledger);
    }

    void theScopeBarsPeriods()
    {
        ScopePeriodBar bar(*m_ledger, *m_roster);
        bar.setYear(2025);
        QCOMPARE(bar.period(), Period::year(2025));
        bar.setPeriodIndex(2);
        QCOMPARE(bar.period(), Period::half(2025, 2));
        bar.setPeriodIndex(6);
        QCOMPARE(bar.period(), Period::quarter(2025, 4));
        bar.setPeriodIndex(8);
        QCOMPARE(bar.period(), Period::month(2025, 2));
        bar.setPeriodIndex(18);
        QCOMPARE(bar.period(), Period::month(2025, 12));
        // Organisations depth first, then the groups.
        QVERIFY(bar.setScope(ScopeRef::group(m_data.gB)));
        QCOMPARE(bar.scope(), ScopeRef::group(m_data.gB));
        QVERIFY(bar.setScope(ScopeRef::organisation(m_data.a)));
        QCOMPARE(bar.scopeCombo()->currentText().trimmed(), QStringLiteral("第一支部"));
        QCOMPARE(bar.scopeCombo()->itemText(0), QStringLiteral("委员会"));
        QVERIFY(!bar.setScope(ScopeRef::group(99999)));
    }

    void chartsShowTheFiguresOfTheScope()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        Testers testers(*view);
        QTRY_VERIFY(view->dashboard().has_value());
        QVERIFY(!view->isBusy());
        DashboardCharts* charts = view->charts();
        // January, February, March: two sessions held in March of two plan items.
        QCOMPARE(charts->heldSet()->count(), 3);
        QCOMPARE(charts->heldSet()->at(0), 0.0);
        QCOMPARE(charts->heldSet()->at(2), 2.0);
        QCOMPARE(charts->plannedSet()->at(2), 2.0);
        // 2 of 3 records attended in March.
        QCOMPARE(charts->participationSet()->at(2), 200.0 / 3.0);
        QCOMPARE(charts->participationSet()->at(1), 0.0);
        // Hours: a2 and b1 below 25 %, a1 and o1 meet the target.
        QCOMPARE(charts->bandSet(HoursBand::Below25)->at(int(HoursBand::Below25)), 2.0);
        QCOMPARE(charts->bandSet(HoursBand::AtLeast100)->at(int(HoursBand::AtLeast100)), 2.0);
        QCOMPARE(charts->bandSet(HoursBand::Below50)->at(int(HoursBand::Below50)), 0.0);
        QCOMPARE(charts->bandSet(HoursBand::Below25)->at(int(HoursBand::AtLeast100)), 0.0);
        // Grades of 2025: 优秀 1, 合格 0, 基本合格 1, 不合格 2.
        QPieSeries* grades = charts->gradeSeries();
        QCOMPARE(grades->count(), 4);
        QCOMPARE(grades->slices().at(int(Grade::Excellent))->value(), 1.0);
        QCOMPARE(grades->slices().at(int(Grade::Pass))->value(), 0.0);
        QCOMPARE(grades->slices().at(int(Grade::BasicPass))->value(), 1.0);
        QCOMPARE(grades->slices().at(int(Grade::Fail))->value(), 2.0);
        QVERIFY2(view->summaryText().contains(QStringLiteral("委员会")),
                 qPrintable(view->summaryText()));
        QVERIFY(view->summaryText().contains(QStringLiteral("2 of 4 members")));
    }

    void laggingSubOrganisationsAreTinted()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        Testers testers(*view);
        QTRY_VERIFY(view->dashboard().has_value());
        SubOrgTableModel* model = view->subOrgModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(column(model, SubOrgTableModel::Name),
                 (QStringList{QStringLiteral("委员会 (own level)"), QStringLiteral("第一支部"),
                              QStringLiteral("第二支部")}));
        QCOMPARE(model->index(1, SubOrgTableModel::Sessions).data().toString(),
                 QStringLiteral("1 / 1"));
        QCOMPARE(model->index(1, SubOrgTableModel::Participation).data().toString(),
                 QStringLiteral("50.0%"));
        QCOMPARE(model->index(1, SubOrgTableModel::HoursPerMember).data().toString(),
                 QStringLiteral("6.5"));
        QCOMPARE(model->index(2, SubOrgTableModel::MeetingTarget).data().toString(),
                 QStringLiteral("0.0%"));
        QCOMPARE(model->index(1, SubOrgTableModel::Fail).data().toInt(), 2);
        // The own level is not lagging; both branches are (50 % participation, 0 % meeting
        // the hours target).
        QVERIFY(!model->index(0, SubOrgTableModel::Name).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(1, SubOrgTableModel::Name).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(2, SubOrgTableModel::Members).data(Qt::BackgroundRole).isValid());
        QVERIFY(view->subOrgTable()->isEnabled());
    }

    void clickingAMonthBarListsItsSessions()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        Testers testers(*view);
        QTRY_VERIFY(view->dashboard().has_value());
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        // A mouse click in the middle of March's participation bar (its only bar set).
        QChartView* chartView = view->charts()->participationView();
        QChart* chart = chartView->chart();
        const QPointF value(2, view->charts()->participationSet()->at(2) / 2);
        const QPointF scene = chart->mapToPosition(value, chart->series().first());
        const QPoint click = chartView->mapFromScene(scene);
        QSignalSpy drilled(view.get(), &DashboardView::drilled);
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, click);
        QTRY_COMPARE(drilled.count(), 1);
        QCOMPARE(view->drillSessionModel()->rowCount(), 2);
        QCOMPARE(column(view->drillSessionModel(), DrillSessionModel::Number),
                 (QStringList{QStringLiteral("S1"), QStringLiteral("S4")}));
        QCOMPARE(view->drillSessionModel()->index(0, DrillSessionModel::Participation).data(),
                 QVariant(QStringLiteral("50.0%")));
        QCOMPARE(view->drillTable()->model(), view->drillSessionModel());
        QVERIFY2(view->drillTitle().contains(QStringLiteral("2 sessions")),
                 qPrintable(view->drillTitle()));

        // The bar of the sessions held does the same for a month without sessions.
        emit view->charts()->heldSet()->clicked(0);
        QTRY_COMPARE(drilled.count(), 2);
        QCOMPARE(view->drillSessionModel()->rowCount(), 0);
    }

    void clickingABandASliceOrARowListsTheMembers()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        Testers testers(*view);
        QTRY_VERIFY(view->dashboard().has_value());
        DrillMemberModel* members = view->drillMemberModel();

        emit view->charts()->bandSet(HoursBand::Below25)->clicked(int(HoursBand::Below25));
        QCOMPARE(column(members, DrillMemberModel::Number),
                 (QStringList{QStringLiteral("M2"), QStringLiteral("M3")}));
        QCOMPARE(members->index(1, DrillMemberModel::Hours).data().toString(),
                 QStringLiteral("1.5"));
        QCOMPARE(members->index(1, DrillMemberModel::Organisation).data().toString(),
                 QStringLiteral("第二支部"));

        QPieSeries* grades = view->charts()->gradeSeries();
        emit grades->clicked(grades->slices().at(int(Grade::Fail)));
        QCOMPARE(column(members, DrillMemberModel::Number),
                 (QStringList{QStringLiteral("M1"), QStringLiteral("M2")}));

        // A click on the row of 第二支部 in the table (sorted as it is shown).
        RecordTableView* table = view->subOrgTable();
        const QModelIndex row = table->model()->index(2, SubOrgTableModel::Name);
        QCOMPARE(row.data().toString(), QStringLiteral("第二支部"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QCOMPARE(column(members, DrillMemberModel::Name), QStringList{QStringLiteral("白一")});
        QVERIFY(members->index(0, DrillMemberModel::YearGrade).data(Qt::ForegroundRole).isValid());
    }

    void exportsTheVisibleRows()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        QTRY_VERIFY(view->dashboard().has_value());
        auto* action =
            view->subOrgTable()->findChild<QAction*>(QStringLiteral("subOrgTableViewExportAction"));
        QVERIFY(action);
        QVERIFY(view->subOrgTable()->actions().contains(action));
        const QString path = m_ledger.file(QStringLiteral("sub-organisations.csv"));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        FileDialogs::setNextFileName(path);
        action->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xfeff))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and three rows
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Organisation,Held / planned")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("第一支部,1 / 1,50.0%,2,6.5")),
                 qPrintable(lines.at(2)));
    }

    void aGroupHasNoSubOrganisations()
    {
        auto view = openView(ScopeRef::group(m_data.gA), 4); // Q2
        QVERIFY(view);
        Testers testers(*view);
        QTRY_VERIFY(view->dashboard().has_value());
        QCOMPARE(view->charts()->heldSet()->at(0), 1.0); // S2 in April
        QCOMPARE(view->charts()->plannedSet()->at(0), 2.0);
        QCOMPARE(view->subOrgModel()->rowCount(), 0);
        QVERIFY(!view->subOrgTable()->isEnabled());
        QVERIFY(!view->summaryText().contains(QStringLiteral("Nothing is planned")));
        // A year without anything says what to do.
        view->scopeBar()->setYear(2024);
        QTRY_VERIFY(view->dashboard().has_value() && view->dashboard()->period.from.year() == 2024);
        QVERIFY2(view->summaryText().contains(QStringLiteral("Nothing is planned")),
                 qPrintable(view->summaryText()));
        QCOMPARE(view->charts()->heldSet()->at(0), 0.0);
    }

    void cancelStopsTheComputation()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        QTRY_VERIFY(view->dashboard().has_value());
        view->reload();
        QVERIFY(view->isBusy());
        QVERIFY(view->cancelButton()->isVisibleTo(view.get()));
        view->cancelButton()->click();
        QVERIFY(!view->isBusy());
        QVERIFY(!view->dashboard().has_value());
        QVERIFY2(view->messageText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(view->messageText()));
        QTest::qWait(200); // the worker's late result is dropped
        QVERIFY(!view->dashboard().has_value());
    }

    void followsTheLedgersChanges()
    {
        auto view = openView(ScopeRef::organisation(m_data.o), firstQuarter);
        QVERIFY(view);
        QTRY_VERIFY(view->dashboard().has_value());
        QCOMPARE(view->charts()->bandSet(HoursBand::Below25)->at(0), 2.0);
        // b1 logs 7 hours in March: 8.5 of 7.89 hours, the target is met.
        SelfStudyEntry entry;
        entry.memberId = m_data.b1;
        entry.date = Date(2025, 3, 25);
        entry.minutes = 420;
        entry.material = QStringLiteral("党章");
        entry.medium = Medium::Book;
        auto logged = SelfStudyService(*m_ledger).log(entry);
        QVERIFY(logged.ok());
        QTRY_VERIFY(view->dashboard().has_value() &&
                    view->charts()->bandSet(HoursBand::Below25)->at(0) == 1.0);
        QCOMPARE(view->charts()->bandSet(HoursBand::AtLeast100)->at(4), 3.0);
        QVERIFY(SelfStudyService(*m_ledger).remove(*logged).ok());
        QTRY_VERIFY(view->dashboard().has_value() &&
                    view->charts()->bandSet(HoursBand::Below25)->at(0) == 2.0);
    }

    void leadersGetTheAreaMembersDoNot()
    {
        NavigationSidebar sidebar;
        QStackedWidget stack;
        m_ledger->setActor(Actor{9, AccountRole::Leader, m_data.b, 0});
        {
            AreaViews areas(*m_ledger, *m_roster, false);
            areas.build(&stack, &sidebar);
            QVERIFY(sidebar.areas().contains(AreaViews::dashboardArea));
            DashboardView* view = areas.dashboardView();
            QVERIFY(view);
            // A leader of 第二支部 chooses among it and its group only.
            QComboBox* scopes = view->scopeBar()->scopeCombo();
            QStringList names;
            for (int i = 0; i < scopes->count(); ++i)
                names << scopes->itemText(i);
            names.removeAll(QString());
            QCOMPARE(names, (QStringList{QStringLiteral("第二支部"),
                                         QStringLiteral("Group: 第二支部学习小组")}));
        }
        m_ledger->setActor(Actor{10, AccountRole::Member, 0, m_data.a1});
        {
            AreaViews areas(*m_ledger, *m_roster, false);
            areas.build(&stack, &sidebar);
            QVERIFY(!sidebar.areas().contains(AreaViews::dashboardArea));
            QVERIFY(!areas.dashboardView());
        }
        m_ledger->setActor(Actor{});
    }

    void aMemberAccountIsRefused()
    {
        m_ledger->setActor(Actor{5, AccountRole::Member, 0, m_data.a1});
        auto view = openView(ScopeRef::organisation(m_data.o), 0);
        QVERIFY(view);
        QTRY_VERIFY(!view->messageText().isEmpty() && !view->isBusy());
        m_ledger->setActor(Actor{});
        QVERIFY(!view->dashboard().has_value());
        QVERIFY2(view->messageText().contains(QStringLiteral("member account")),
                 qPrintable(view->messageText()));
    }
};

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
