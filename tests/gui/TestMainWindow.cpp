#include "gui/GuiFixture.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/NavigationSidebar.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/plan/PlanView.h"
#include "gui/selfstudy/SelfStudyView.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace sl;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    qint64 total() const { return m_window->membersView()->memberModel()->totalCount(); }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok); // no modal box may block the test
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers();
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // Alt+letter of a field or a button never takes a menu's letter (学习内容(A) opened 账号(A)
    // on a real desktop instead of going to the field).
    void areaMnemonicsLeaveTheMenusAlone()
    {
        QSet<QKeySequence> menus;
        for (const QAction* a : m_window->menuBar()->actions())
            menus << QKeySequence::mnemonic(a->text());
        QVERIFY(menus.contains(QKeySequence(Qt::ALT | Qt::Key_F)));
        QStringList clashes;
        for (const QString& area : m_window->areas()) {
            QVERIFY(m_window->showArea(area));
            QCoreApplication::processEvents();
            for (QWidget* w : m_window->centralWidget()->findChildren<QWidget*>()) {
                if (!w->isVisible())
                    continue;
                QString text;
                if (const auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                    text = label->text();
                else if (const auto* button = qobject_cast<QAbstractButton*>(w))
                    text = button->text();
                if (!text.isEmpty() && menus.contains(QKeySequence::mnemonic(text)))
                    clashes << area + QStringLiteral(": ") + text;
            }
        }
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // A window asked to open on an area in a year builds that area alone, in that year: the
    // start area is not built first. An area the account lacks gives the start area.
    void opensOnTheAreaAndYearAsked()
    {
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        MainWindow window(std::move(ledger).value(), false,
                          WindowStart{AreaViews::assessmentArea, 2024});
        QCOMPARE(window.currentArea(), AreaViews::assessmentArea);
        QCOMPARE(window.areaViews()->builtAreas(), QStringList{AreaViews::assessmentArea});
        QCOMPARE(window.areaViews()->assessmentView()->scopeBar()->year(), 2024);

        auto again = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(again.ok());
        MainWindow other(std::move(again).value(), false, WindowStart{QStringLiteral("nowhere")});
        QCOMPARE(other.currentArea(), other.areaViews()->startArea());
        QCOMPARE(other.areaViews()->builtAreas(), QStringList{other.areaViews()->startArea()});
    }

    void showsOnlyTheBuiltAreas()
    {
        const QStringList areas = m_window->areas();
        for (const char* area :
             {"home", "my-year", "plan", "sessions", "attendance", "registers", "selfstudy",
              "writings", "assessment", "archive", "dashboard", "members", "settings"})
            QVERIFY2(areas.contains(QString::fromLatin1(area)), area);
        // 首页 comes first, and is where the window opens; 统计看板 comes before 组织与党员
        // (UX.md).
        QCOMPARE(areas.first(), QStringLiteral("home"));
        const int dashboard = int(areas.indexOf(QStringLiteral("dashboard")));
        const int members = int(areas.indexOf(QStringLiteral("members")));
        QCOMPARE(members, dashboard + 1);
        QCOMPARE(m_window->sidebar()->item(members)->text(), QStringLiteral("组织与党员"));
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QCOMPARE(m_window->currentArea(), QStringLiteral("members"));
        // Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), QStringLiteral("home"));
        // 学习通报 between 学习档案 and 统计看板 (UX.md).
        QCOMPARE(areas.indexOf(QStringLiteral("bulletin")), dashboard - 1);
        QCOMPARE(areas.indexOf(QStringLiteral("archive")), dashboard - 2);
        // 审计日志 (single-user mode, as for an administrator) last before 设置.
        QCOMPARE(areas.indexOf(QStringLiteral("audit")),
                 areas.indexOf(QStringLiteral("settings")) - 1);
        QCOMPARE(areas.size(), 15);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier); // the tenth area
        QCOMPARE(m_window->currentArea(), areas.at(9));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), areas.at(2));
        QVERIFY(m_window->showArea(QStringLiteral("members")));
    }

    void undoFollowsTheShownArea()
    {
        // One QUndoGroup: Edit › Undo/Redo act on the stack of the area shown.
        QUndoGroup* group = m_window->undoGroup();
        QVERIFY(m_window->showArea(QStringLiteral("plan")));
        auto* plan = m_window->findChild<PlanView*>();
        QVERIFY(plan);
        QCOMPARE(group->activeStack(), plan->undoStack());
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        QCOMPARE(group->activeStack(), m_window->selfStudyView()->undoStack());
        // 组织与党员: the stack of the branch's set-up (organisations, groups, memberships).
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QVERIFY(group->activeStack());
        QCOMPARE(group->activeStack(), m_window->areaViews()->undoStack(QStringLiteral("members")));
        QVERIFY(m_window->showArea(QStringLiteral("archive")));
        QCOMPARE(group->activeStack(), nullptr);
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    }

    void showsTheDatabaseInTitleAndStatusBar()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.sqlite")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("学习台账")));
        QVERIFY(m_window->databasePathText().endsWith(QStringLiteral("test.sqlite")));
        QCOMPARE(m_window->memberCountText(), QStringLiteral("共 12 名党员"));
    }

    void backsUpTheDatabase()
    {
        const QString target = m_fixture->ledger.file(QStringLiteral("backup.sqlite"));
        FileDialogs::setNextFileName(target);
        m_window->backupDatabase();
        QVERIFY(QFile::exists(target));
        {
            auto copy = Ledger::open(target, OpenMode::MustExist);
            QVERIFY(copy.ok());
            QCOMPARE(RosterService(**copy).memberCount({}).value(), qint64(12));
        }
        // An existing file is replaced only when the user agrees.
        const QDateTime before = QFileInfo(target).lastModified();
        FileDialogs::setNextFileName(target);
        MessageBoxes::setNextAnswer(QMessageBox::No);
        m_window->backupDatabase();
        QCOMPARE(QFileInfo(target).lastModified(), before);
        FileDialogs::setNextFileName(target);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->backupDatabase();
        QVERIFY(QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    void checksTheDatabase()
    {
        m_window->checkDatabase();
        QVERIFY(MessageBoxes::lastText().startsWith(QStringLiteral("数据库完好")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString junk = m_fixture->ledger.file(QStringLiteral("notes.txt"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库\n");
        f.close();
        const QString before = m_window->databasePathText();
        FileDialogs::setNextFileName(junk);
        m_window->openDatabase();
        QCOMPARE(m_window->databasePathText(), before);
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("notes.txt")));
        QCOMPARE(total(), qint64(12));
    }

    void createsAndOpensDatabases()
    {
        const QString fresh = m_fixture->ledger.file(QStringLiteral("fresh.sqlite"));
        FileDialogs::setNextFileName(fresh);
        m_window->newDatabase();
        QVERIFY(m_window->databasePathText().endsWith(QStringLiteral("fresh.sqlite")));
        QCOMPARE(total(), qint64(0));
        QVERIFY(m_window->membersView()->emptyText().startsWith(QStringLiteral("还没有党组织")));
        QCOMPARE(m_window->memberCountText(), QStringLiteral("共 0 名党员"));

        // New refuses an existing file rather than touching it.
        FileDialogs::setNextFileName(m_fixture->ledger.path());
        m_window->newDatabase();
        QVERIFY(m_window->databasePathText().endsWith(QStringLiteral("fresh.sqlite")));

        FileDialogs::setNextFileName(m_fixture->ledger.path());
        m_window->openDatabase();
        QVERIFY(m_window->databasePathText().endsWith(QStringLiteral("test.sqlite")));
        QCOMPARE(total(), qint64(12));
        QCOMPARE(m_window->currentArea(), QStringLiteral("members"));
    }

    void cancelledDialogsChangeNothing()
    {
        const QString before = m_window->databasePathText();
        FileDialogs::setNextFileName(QString());
        m_window->openDatabase();
        FileDialogs::setNextFileName(QString());
        m_window->newDatabase();
        QCOMPARE(m_window->databasePathText(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
