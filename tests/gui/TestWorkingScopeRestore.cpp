// What the window starts on (issue 14, items 2 and 9): the tool bar's scope and year survive a
// restart (fresh settings of the test), a saved scope that is gone falls back, a ledger whose
// records are in an earlier year opens on that year, and File › Open Recent keeps the last
// files (latest first, at most eight, missing files dropped).
#include "gui/DemoGuiFixture.h"

#include "gui/common/RecentFiles.h"
#include "gui/common/ScopeComboBox.h"
#include "gui/common/ScopeToolBar.h"
#include "gui/common/SplitterState.h"
#include "gui/common/WorkingScope.h"

#include "services/SelfStudyService.h"
#include "services/WorkingScopeService.h"

#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace sl;

class TestWorkingScopeRestore : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_demo;

    // A tool bar as the window has it, on the demo ledger: a "start" of the program.
    struct Start
    {
        WorkingScope working{true};
        ScopeToolBar bar{working};
        RosterService roster;

        explicit Start(Ledger& ledger) : roster(ledger) { bar.setLedger(ledger, roster); }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of the test, not the user's
        QSettings().clear();
        m_demo = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_demo->built);
    }

    void theChoiceSurvivesARestart()
    {
        auto groups = RosterService(*m_demo->ledger).groups();
        QVERIFY(groups && groups->size() >= 2);
        const ScopeRef group = ScopeRef::group(groups->at(1).id);
        {
            Start first(*m_demo->ledger);
            QVERIFY(!first.working.scope().isGroup()); // nothing saved: the organisation
            QVERIFY(first.bar.scopeCombo()->setScope(group));
            QCOMPARE(first.working.scope(), group);
        }
        Start second(*m_demo->ledger);
        QCOMPARE(second.working.scope(), group);
        QCOMPARE(second.bar.scopeCombo()->scope(), group);
        QCOMPARE(second.bar.yearSpin()->value(), 2026);
    }

    void aScopeThatIsGoneFallsBack()
    {
        QSettings().setValue(QStringLiteral("workingScope/kind"), QStringLiteral("group"));
        QSettings().setValue(QStringLiteral("workingScope/id"), 999999);
        Start start(*m_demo->ledger);
        QCOMPARE(start.working.scope(), WorkingScopeService(*m_demo->ledger).defaultScope());
        QVERIFY(!start.working.scope().isGroup());
        QVERIFY(start.working.scope().isValid());
        // A scope the ledger does not have is refused, and the chooser stays as it was.
        QVERIFY(!start.working.setScope(ScopeRef::organisation(999999)));
        QCOMPARE(start.bar.scopeCombo()->scope(), start.working.scope());
    }

    void theSavedScopeOfAnotherLedgerIsNotTakenOver()
    {
        auto groups = RosterService(*m_demo->ledger).groups();
        QVERIFY(groups);
        {
            Start first(*m_demo->ledger);
            QVERIFY(first.working.setScope(ScopeRef::group(groups->front().id)));
        }
        DemoGuiFixture other; // the same ids, another file
        QVERIFY(other.built);
        Start start(*other.ledger);
        QVERIFY(!start.working.scope().isGroup());
    }

    void aLedgerOfAnEarlierYearOpensOnThatYear()
    {
        // Today is 2026-06-30 (the fixture's clock); this ledger's records are all in 2025.
        TempLedger ledger;
        DemoOptions options;
        options.seed = 3;
        options.year = 2025;
        QVERIFY(buildDemo(*ledger, options));
        const WorkingScopeService service(*ledger);
        QCOMPARE(service.defaultYear(0), 2025);
        QCOMPARE(service.defaultYear(2026), 2025); // a saved year without records loses
        QCOMPARE(service.defaultYear(2019), 2025);
        QSettings().remove(QStringLiteral("workingScope"));
        Start start(*ledger);
        QCOMPARE(start.working.year(), 2025);
        QCOMPARE(start.bar.yearSpin()->value(), 2025);

        // A saved year with records wins over the latest.
        SelfStudyEntry entry;
        entry.memberId = RosterService(*ledger).memberPage({}, 0, 1)->front().member.id;
        entry.date = Date(2023, 5, 4);
        entry.minutes = 60;
        entry.material = QStringLiteral("党章");
        QVERIFY(SelfStudyService(*ledger).log(entry));
        QCOMPARE(service.defaultYear(2023), 2023);
        QCOMPARE(service.defaultYear(2024), 2025);
        start.working.setYear(2023);
        Start again(*ledger);
        QCOMPARE(again.working.year(), 2023);
    }

    void theDemoLedgerOpensOnTheCurrentYear()
    {
        QCOMPARE(WorkingScopeService(*m_demo->ledger).defaultYear(0), 2026);
    }

    void recentFilesKeepTheLatestEight()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            const QString path = dir.filePath(QStringLiteral("ledger%1.sqlite").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            paths << path;
            RecentFiles::add(path);
        }
        QStringList files = RecentFiles::files();
        QCOMPARE(files.size(), RecentFiles::maxFiles);
        QCOMPARE(files.first(), paths.at(9)); // the latest first
        QCOMPARE(files.last(), paths.at(2));
        QVERIFY(!files.contains(paths.at(1)));

        RecentFiles::add(paths.at(5)); // opened again: first, once
        files = RecentFiles::files();
        QCOMPARE(files.first(), paths.at(5));
        QCOMPARE(files.count(paths.at(5)), 1);
        QCOMPARE(files.size(), RecentFiles::maxFiles);

        QVERIFY(QFile::remove(paths.at(5))); // a file that is gone is dropped
        files = RecentFiles::files();
        QVERIFY(!files.contains(paths.at(5)));
        QCOMPARE(RecentFiles::last(), paths.at(9));
        QCOMPARE(files.size(), RecentFiles::maxFiles - 1);

        // The menu lists them, numbered, and hands the chosen one on.
        QMenu menu;
        RecentFiles recent(&menu);
        QString chosen;
        connect(&recent, &RecentFiles::fileChosen, this,
                [&chosen](const QString& p) { chosen = p; });
        emit menu.aboutToShow();
        QCOMPARE(menu.actions().size(), files.size() + 2); // the files, a separator, Clear
        menu.actions().first()->trigger();
        QCOMPARE(chosen, paths.at(9));
    }

    void everySplitterOfAViewIsKept()
    {
        // Two views of the same kind (an area before and after a restart): each splitter comes
        // back by its name, or by its place among the view's splitters when it has none.
        auto makeView = [] {
            auto* view = new QWidget;
            view->setObjectName(QStringLiteral("dashboardView"));
            auto* outer = new QSplitter(Qt::Vertical, view);
            auto* inner = new QSplitter(Qt::Horizontal, outer);
            inner->setObjectName(QStringLiteral("tablesSplitter"));
            for (QSplitter* s : {outer, inner}) {
                s->addWidget(new QWidget);
                s->addWidget(new QWidget);
            }
            auto* layout = new QVBoxLayout(view);
            layout->addWidget(outer);
            view->resize(600, 400);
            view->show();
            return view;
        };
        std::unique_ptr<QWidget> before(makeView());
        QVERIFY(QTest::qWaitForWindowExposed(before.get()));
        const QList<QSplitter*> splitters = before->findChildren<QSplitter*>();
        QCOMPARE(splitters.size(), 2);
        splitters[0]->setSizes({60, 250, 90});
        splitters[1]->setSizes({450, 150});
        const QList<int> outerSizes = splitters[0]->sizes();
        const QList<int> innerSizes = splitters[1]->sizes();
        {
            QSettings settings;
            splitterstate::save(settings, before.get());
        }
        QVERIFY(QSettings().contains(QStringLiteral("splitters/dashboardView/tablesSplitter")));
        std::unique_ptr<QWidget> after(makeView());
        QVERIFY(QTest::qWaitForWindowExposed(after.get()));
        const QList<QSplitter*> again = after->findChildren<QSplitter*>();
        QVERIFY(again[0]->sizes() != outerSizes);
        splitterstate::restore(QSettings(), after.get());
        QCOMPARE(again[0]->sizes(), outerSizes);
        QCOMPARE(again[1]->sizes(), innerSizes);
    }
};

QTEST_MAIN(TestWorkingScopeRestore)
#include "TestWorkingScopeRestore.moc"
