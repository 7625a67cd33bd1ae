#include "support/TempLedger.h"

#include "demo/DemoBuilder.h"
#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/SecretaryAreas.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentTableModel.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/bulletin/BulletinPreview.h"
#include "gui/bulletin/BulletinPreviewRender.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PageBar.h"
#include "gui/common/PageRows.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ScopePeriodBar.h"
#include "gui/common/UiLanguage.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/DrillMemberModel.h"
#include "gui/dashboard/DrillSessionModel.h"
#include "gui/dashboard/SubOrgTableModel.h"
#include "gui/plan/PlanView.h"
#include "services/Clock.h"
#include "services/RosterService.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>

using namespace sl;

namespace {

// More members, groups and organisations than a page holds (the demo has about one branch and
// one group per 42 members): about 215 of each, built in about 20 s in a Debug build.
constexpr int largeMembers = 9000;

// The rows a model holds under `parent` and under each of its rows that is already filled
// (a tree is asked only for what it has fetched): the largest count found.
int largestLevel(const QAbstractItemModel* model, const QModelIndex& parent = {}, int depth = 0)
{
    const int rows = model->rowCount(parent);
    int largest = rows;
    if (depth > 3 || model->columnCount(parent) == 0)
        return largest;
    for (int r = 0; r < rows && r < ui::pageRows; ++r) {
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child) && !model->canFetchMore(child))
            largest = std::max(largest, largestLevel(model, child, depth + 1));
    }
    return largest;
}

QString describe(const QAbstractItemModel* model)
{
    QStringList path;
    for (const QObject* o = model; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(QLatin1Char('/'));
}

} // namespace

// A ledger of a district's size opens area by area: each area is built when it is first shown,
// and no model in the window (tables, trees, combo boxes, completers) holds more than a page of
// rows, whatever the size of the ledger.
class TestLargeLedger : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        Clock::setToday(Date(2026, 6, 30));
        DemoOptions options;
        options.seed = 3;
        options.year = 2026;
        options.members = largeMembers;
        QElapsedTimer timer;
        timer.start();
        auto summary = buildDemo(*m_ledger, options);
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().text()));
        qInfo("demo of %d members, %lld organisations, %lld groups, %lld memberships: %lld ms",
              largeMembers, summary->organisations, summary->groups, summary->memberships,
              timer.elapsed());
        // Larger than a page in every list that used to be filled whole.
        QVERIFY(summary->members > ui::pageRows);
        QVERIFY(summary->groups > ui::pageRows);
        QVERIFY(summary->organisations > ui::pageRows);
        auto opened = Ledger::open(m_ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        timer.restart();
        m_window = std::make_unique<MainWindow>(std::move(opened).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        qInfo("window shown in %lld ms", timer.elapsed());
    }

    void cleanupTestCase() { m_window.reset(); }

    // Only the start area is built when the window opens; the sidebar lists every area.
    void opensWithTheStartAreaOnly()
    {
        AreaViews* areas = m_window->areaViews();
        QCOMPARE(m_window->currentArea(), areas->startArea());
        QCOMPARE(areas->builtAreas(), QStringList{areas->startArea()});
        QVERIFY(m_window->areas().size() >= 12);
        QVERIFY(m_window->areas().contains(AreaViews::membersArea));
        QVERIFY(m_window->memberCountText().contains(QLocale().toString(largeMembers)) ||
                m_window->memberCountText().contains(QString::number(largeMembers)));
    }

    // Each area, shown for the first time, is built then (and none other); its models hold a
    // page at most.
    void everyAreaIsBuiltWhenShownAndHoldsAPageAtMost()
    {
        AreaViews* areas = m_window->areaViews();
        QStringList shown = areas->builtAreas();
        for (const QString& id : m_window->areas()) {
            if (!shown.contains(id))
                QVERIFY2(!areas->isBuilt(id), qPrintable(id));
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(m_window->showArea(id), qPrintable(id));
            QCoreApplication::processEvents();
            qInfo("%s shown in %lld ms", qPrintable(id), timer.elapsed());
            if (!shown.contains(id))
                shown << id;
            QVERIFY2(areas->isBuilt(id), qPrintable(id));
            QCOMPARE(m_window->currentArea(), id);
            // Nothing else was built on the way.
            QStringList built = areas->builtAreas();
            built.sort();
            QStringList expected = shown;
            expected.sort();
            QCOMPARE(built, expected);
            checkModels(id);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // A combo of every group of the district holds a page, with a filter that finds any group
    // by number or name.
    void groupsAreFoundByTyping()
    {
        QVERIFY(m_window->showArea(QStringLiteral("plan")));
        auto* bar = m_window->areaViews()->secretaryAreas()->planView()->groupYear();
        QComboBox* combo = bar->groupCombo();
        QVERIFY(bar->groupFilter()->isVisible());
        QVERIFY(combo->count() <= ui::pageRows);
        auto groups = RosterService(m_window->ledger()).groups();
        QVERIFY(groups && groups->size() > size_t(ui::pageRows));
        // A group that is not on the first page; typing its number finds it.
        auto hidden = std::find_if(groups->begin(), groups->end(), [combo](const StudyGroup& g) {
            return combo->findData(g.id) < 0;
        });
        QVERIFY(hidden != groups->end());
        const StudyGroup last = *hidden;
        bar->groupFilter()->setText(last.extId);
        emit bar->groupFilter()->textEdited(last.extId);
        QTRY_VERIFY(combo->findData(last.id) >= 0);
        QVERIFY(combo->count() <= 2); // the current group and the one found
        // Choosing a group that the filter hides shows it all the same.
        const qint64 first = combo->itemData(0).toLongLong();
        QVERIFY(bar->setGroupId(last.id));
        QCOMPARE(bar->groupId(), last.id);
        QVERIFY(bar->setGroupId(first));
        QVERIFY(!bar->setGroupId(-5));
    }

    // The bulletin of the whole district: its attachment has a row per member, more than a
    // document is laid out whole. The preview lays out the start of it only (the first rows,
    // a bounded number of pages) and says so; the PDF is painted in parts.
    void theBulletinPreviewOfTheDistrictIsBounded()
    {
        QVERIFY(m_window->showArea(AreaViews::bulletinArea));
        BulletinView* view = m_window->areaViews()->bulletinView();
        QVERIFY(view);
        auto orgs = RosterService(m_window->ledger()).organisations();
        QVERIFY(orgs.ok());
        qint64 root = 0;
        for (const Organisation& o : *orgs) {
            if (o.parentId == 0)
                root = o.id;
        }
        QVERIFY(view->scopeBar()->setScope(ScopeRef::organisation(root)));
        view->scopeBar()->setYear(2026);
        view->reload();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(QTest::qWaitFor([view] { return !view->isBusy() && view->document(); }, 240000));
        qInfo("bulletin of %d members read and previewed in %lld ms", largeMembers,
              timer.elapsed());
        QVERIFY(view->draft() != nullptr);
        const auto& members = view->draft()->members;
        QCOMPARE(members.size(), size_t(largeMembers));
        QVERIFY(!view->documentIsWhole());
        const QString text = view->document()->toPlainText();
        // The first rows are laid out, not every member's.
        QVERIFY(text.contains(members.front().figures.name));
        int tableRows = 0;
        for (const QObject* child : view->document()->rootFrame()->childFrames()) {
            if (const auto* table = qobject_cast<const QTextTable*>(child))
                tableRows += table->rows();
        }
        QVERIFY(tableRows > 10);
        QVERIFY2(tableRows < largeMembers / 4, qPrintable(QString::number(tableRows)));
        BulletinPreview* preview = view->preview();
        QVERIFY(preview->shownPages() > 1);
        QVERIFY(preview->shownPages() <= BulletinPreviewRender::previewPages);
        // The pages laid out are those of the start: far fewer than the whole would need.
        QVERIFY(preview->pageCount() < int(BulletinPreviewRender::previewRows / 10));
        QVERIFY2(preview->captionText().contains(QString::number(largeMembers)),
                 qPrintable(preview->captionText()));
        // Printing and ODT/HTML need the whole document; the PDF is painted in parts.
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("pdfPushButton"))->isEnabled());
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("odtPushButton"))->isEnabled());
    }

    // The assessment of the whole district: the table holds a page; the pages reach the last
    // member; sorted by the final, the finals descend across every page; a member on a later
    // page is found and shown there; the filter works on every member.
    void theAssessmentTableHoldsAPage()
    {
        QVERIFY(m_window->showArea(AreaViews::assessmentArea));
        AssessmentView* view = m_window->areaViews()->assessmentView();
        QVERIFY(view);
        QVERIFY(view->scopeBar()->setScope(ScopeRef::organisation(rootOrg())));
        view->scopeBar()->setYear(2026);
        view->reload();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(QTest::qWaitFor([view] { return !view->isBusy(); }, 240000));
        qInfo("assessment of %d members shown in %lld ms", largeMembers, timer.elapsed());
        AssessmentTableModel* model = view->model();
        QCOMPARE(model->storedCount(), largeMembers);
        QCOMPARE(model->total(), largeMembers);
        QCOMPARE(model->rowCount(), ui::pageRows);
        const QString status = view->statusLabel()->text();
        QVERIFY2(status.contains(QLocale().toString(largeMembers)) ||
                     status.contains(QString::number(largeMembers)),
                 qPrintable(status));

        view->table()->sortByColumn(AssessmentTableModel::Final, Qt::DescendingOrder);
        PageBar* pages = view->pageBar();
        QVERIFY(pages->isVisibleTo(view));
        QCOMPARE(pages->offset(), 0);
        double highest = -1;
        double lowest = 1000;
        for (const AssessmentRow& r : model->storedRows()) {
            highest = std::max(highest, r.result.final);
            lowest = std::min(lowest, r.result.final);
        }
        QVERIFY(highest > lowest);
        QCOMPARE(model->rowAt(0)->result.final, highest);
        double previous = highest;
        int seen = 0;
        QSet<qint64> members;
        for (int page = 0;; ++page) {
            QVERIFY(model->rowCount() <= ui::pageRows);
            QCOMPARE(model->offset(), pages->offset());
            for (int r = 0; r < model->rowCount(); ++r) {
                const AssessmentRow* row = model->rowAt(r);
                QVERIFY2(row->result.final <= previous,
                         qPrintable(QStringLiteral("page %1 row %2").arg(page).arg(r)));
                previous = row->result.final;
                members.insert(row->figures.memberId);
                ++seen;
            }
            if (!pages->nextButton()->isEnabled())
                break;
            QTest::mouseClick(pages->nextButton(), Qt::LeftButton);
            // A new page is current at its first row, with its member's details.
            QCOMPARE(view->table()->currentIndex().row(), 0);
            QCOMPARE(view->currentMemberId(), model->rowAt(0)->figures.memberId);
        }
        QCOMPARE(seen, largeMembers);
        QCOMPARE(int(members.size()), largeMembers);
        QCOMPARE(previous, lowest);
        QVERIFY(pages->previousButton()->isEnabled());

        // A member of an earlier page, chosen while the last page shows, is shown on its page.
        const int lastOffset = model->offset();
        QVERIFY(lastOffset > 0);
        QTest::mouseClick(pages->previousButton(), Qt::LeftButton);
        QTest::mouseClick(pages->previousButton(), Qt::LeftButton);
        const qint64 wanted = model->rowAt(3)->figures.memberId;
        const int wantedOffset = model->offset();
        model->setOffset(lastOffset);
        QVERIFY(view->selectMember(wanted));
        QCOMPARE(model->offset(), wantedOffset);
        QCOMPARE(pages->offset(), wantedOffset);
        QCOMPARE(view->currentMemberId(), wanted);

        // The filter looks at every member, not the page: a member number of the last page.
        model->setOffset(lastOffset);
        const AssessmentRow* last = model->rowAt(model->rowCount() - 1);
        QVERIFY(last);
        const QString number = last->figures.extId;
        view->filterEdit()->setText(number);
        QVERIFY(model->total() >= 1);
        QVERIFY(model->total() < largeMembers);
        QCOMPARE(model->offset(), 0);
        QCOMPARE(pages->offset(), 0);
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r)
            found = found || model->rowAt(r)->figures.extId == number;
        QVERIFY(found);
        view->filterEdit()->clear();
        QCOMPARE(model->total(), largeMembers);
        checkModels(AreaViews::assessmentArea);
    }

    // The dashboard of the whole district: its tables hold a page; the drill-down of the
    // largest grade has more members than a page, pages to the last and sorts across pages.
    void theDashboardTablesHoldAPage()
    {
        QVERIFY(m_window->showArea(AreaViews::dashboardArea));
        DashboardView* view = m_window->areaViews()->dashboardView();
        QVERIFY(view);
        QVERIFY(view->scopeBar()->setScope(ScopeRef::organisation(rootOrg())));
        view->scopeBar()->setYear(2026);
        view->reload();
        QVERIFY(QTest::qWaitFor([view] { return !view->isBusy() && view->dashboard(); }, 240000));
        QVERIFY(view->subOrgModel()->rowCount() <= ui::pageRows);
        QVERIFY(view->subOrgModel()->rowCount() > 0);
        const GradeCounts& grades = view->dashboard()->grades;
        const auto most = std::max_element(grades.begin(), grades.end());
        QVERIFY2(*most > ui::pageRows, qPrintable(QString::number(*most)));
        view->drillGrade(Grade(most - grades.begin()));
        DrillMemberModel* members = view->drillMemberModel();
        QCOMPARE(view->drillTable()->model(), members);
        QCOMPARE(members->total(), *most);
        QCOMPARE(members->rowCount(), ui::pageRows);
        view->drillTable()->sortByColumn(DrillMemberModel::Hours, Qt::AscendingOrder);
        PageBar* pages = view->drillPageBar();
        QCOMPARE(pages->total(), qint64(*most));
        double previous = -1;
        int seen = 0;
        for (;;) {
            QVERIFY(members->rowCount() <= ui::pageRows);
            for (int r = 0; r < members->rowCount(); ++r) {
                QVERIFY(members->rowAt(r)->hours >= previous);
                previous = members->rowAt(r)->hours;
                ++seen;
            }
            if (!pages->nextButton()->isEnabled())
                break;
            QTest::mouseClick(pages->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(seen, *most);
        // The sessions of the busiest month: a page at most.
        const auto& months = view->dashboard()->months;
        const auto busiest =
            std::max_element(months.begin(), months.end(), [](const auto& a, const auto& b) {
                return a.sessionsHeld < b.sessionsHeld;
            });
        QVERIFY(busiest != months.end() && busiest->sessionsHeld > 0);
        view->drillMonth(int(busiest - months.begin()));
        QVERIFY(QTest::qWaitFor([view] { return !view->isBusy(); }, 60000));
        QCOMPARE(view->drillTable()->model(), view->drillSessionModel());
        QVERIFY(view->drillSessionModel()->rowCount() <= ui::pageRows);
        QCOMPARE(view->drillSessionModel()->total(), busiest->sessionsHeld);
        QCOMPARE(view->drillPageBar()->total(), qint64(busiest->sessionsHeld));
        checkModels(AreaViews::dashboardArea);
    }

private:
    qint64 rootOrg()
    {
        auto orgs = RosterService(m_window->ledger()).organisations();
        if (!orgs)
            return 0;
        for (const Organisation& o : *orgs) {
            if (o.parentId == 0)
                return o.id;
        }
        return 0;
    }

    void checkModels(const QString& area)
    {
        for (const QAbstractItemModel* model : m_window->findChildren<QAbstractItemModel*>()) {
            const int largest = largestLevel(model);
            // A combo keeps its current choice beside a page of matches.
            QVERIFY2(largest <= ui::pageRows + 1, qPrintable(QStringLiteral("%1: %2 holds %3 rows")
                                                                 .arg(area, describe(model))
                                                                 .arg(largest)));
        }
    }
};

QTEST_MAIN(TestLargeLedger)
#include "TestLargeLedger.moc"
