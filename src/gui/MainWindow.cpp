#include "gui/MainWindow.h"

#include "gui/AboutDialog.h"
#include "gui/AreaViews.h"
#include "gui/BackupMenu.h"
#include "gui/ExchangeMenus.h"
#include "gui/NavigationSidebar.h"
#include "gui/SecretaryAreas.h"
#include "gui/accounts/AccountMenu.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/book/LedgerVolumeDialog.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/ElidedLabel.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PendingChanges.h"
#include "gui/common/RecentFiles.h"
#include "gui/common/ScopeToolBar.h"
#include "gui/common/SplitterState.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/UndoActions.h"
#include "gui/common/WindowSize.h"
#include "gui/common/WorkingScope.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/settings/LanguagePage.h"
#include "gui/settings/SettingsView.h"

#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <tuple>

namespace sl {

namespace {

QString databaseFilter()
{
    return MainWindow::tr("StudyLedger databases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Ledger> ledger, bool persistent, const WindowStart& first,
                       QWidget* parent)
    : QMainWindow(parent), m_persistent(persistent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sidebar = new NavigationSidebar(this);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window));
    m_sidebar->setPalette(sidebarPalette);
    m_stack = new QStackedWidget(this);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_sidebar);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    setCentralWidget(m_split);
    connect(m_sidebar, &NavigationSidebar::areaChosen, this,
            [this](const QString& id) { showArea(id); });

    m_pathLabel = new ElidedLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setContentsMargins(4, 0, 0, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("memberCountLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setContentsMargins(0, 0, 12, 0); // apart from the member count
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    m_backupMenu = new BackupMenu(this);
    m_exchange = new ExchangeMenus(this, this);
    m_undoGroup = new QUndoGroup(this);
    m_working = new WorkingScope(persistent, this);
    m_scopeBar = new ScopeToolBar(*m_working, this);
    addToolBar(m_scopeBar);
    buildMenus();
    setLedger(std::move(ledger), first);
    m_split->setSizes({m_sidebar->sizeHint().width(), 1000});
    resize(ui::defaultWindowSize()); // within the screen (a 1366 × 768 laptop)
    if (m_persistent)
        restoreSettings();
}

MainWindow::~MainWindow()
{
    // The views hold references to the services: delete them first.
    m_areas.reset();
}

MembersView* MainWindow::membersView() const
{
    return m_areas->members();
}

MyYearView* MainWindow::myYearView() const
{
    return m_areas->myYearView();
}

SelfStudyView* MainWindow::selfStudyView() const
{
    return m_areas->selfStudyView();
}

WritingsView* MainWindow::writingsView() const
{
    return m_areas->writingsView();
}

ArchiveView* MainWindow::archiveView() const
{
    return m_areas->archiveView();
}

SettingsView* MainWindow::settingsView() const
{
    return m_areas->settingsView();
}

MemberContext* MainWindow::memberContext() const
{
    return m_areas->context();
}

void MainWindow::buildMenus()
{
    // A new bar replaces the old one (deleted with its menus); the objects behind the menus
    // (backups, imports and exports, the undo group) stay.
    setMenuBar(new QMenuBar(this));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    // The menu is built again when the language changes: one list, on the menu of the day.
    delete m_recent;
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::fileChosen, this,
            [this](const QString& path) { switchDatabase(path, false); });
    m_backupMenu->addTo(file); // Backup…, Restore from Backup…
    file->addSeparator();
    m_exchange->addTo(file); // what an import changes reaches the areas through the events
    file->addSeparator();
    QAction* volume =
        file->addAction(tr("&Ledger Volume of the Year…"), this, &MainWindow::ledgerVolume);
    volume->setObjectName(QStringLiteral("ledgerVolumeAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    delete m_undoAction;
    delete m_redoAction;
    std::tie(m_undoAction, m_redoAction) = undoactions::create(m_undoGroup, this);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* sidebar = view->addAction(tr("&Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(!m_sidebar->isHidden());
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    view->addAction(m_scopeBar->toggleViewAction());
    addLanguageMenu(view);

    delete m_account;
    m_account = new AccountMenu(menuBar()->addMenu(tr("&Account")), m_accountLabel, this);
    connect(m_account, &AccountMenu::accountChanged, this, &MainWindow::rebuildAreas);
    m_account->setChangeGuard([this] { return settlePendingChanges(false); });
    if (m_ledger)
        m_account->setLedger(m_ledger.get(), m_roster.get());
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Check Database"), this, &MainWindow::checkDatabase);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About StudyLedger"), this, &MainWindow::about)
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::rebuildEditMenu()
{
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    const QList<QAction*> actions =
        m_areas ? m_areas->editActions(currentArea()) : QList<QAction*>();
    if (!actions.isEmpty())
        m_editMenu->addSeparator();
    for (QAction* a : actions) {
        if (a)
            m_editMenu->addAction(a);
        else
            m_editMenu->addSeparator();
    }
}

void MainWindow::buildAreas()
{
    m_areas = std::make_unique<AreaViews>(*m_ledger, *m_roster, m_persistent, m_working);
    // An area's view is built when it is first shown: its undo stack joins then, and the
    // members view takes over the member count.
    connect(m_areas.get(), &AreaViews::areaBuilt, this, &MainWindow::adoptArea);
    m_areas->build(m_stack, m_sidebar);
    connect(m_areas.get(), &AreaViews::areaRequested, this,
            [this](const QString& id) { showArea(id); });
    if (SecretaryAreas* secretary = m_areas->secretaryAreas())
        connect(secretary, &SecretaryAreas::areaRequested, this,
                [this](const QString& id) { showArea(id); });
    if (m_sidebar->areas().contains(AreaViews::membersArea)) {
        // What the members view shows first: the account's organisation with its subtree.
        MemberQuery query;
        query.orgId = m_roster->accountOrgId();
        auto total = m_roster->memberCount(query);
        showMemberCount(total ? *total : 0);
    }
}

void MainWindow::adoptArea(const QString& id)
{
    for (QUndoStack* stack : m_areas->undoStacks(id))
        m_undoGroup->addStack(stack);
    if (id == AreaViews::settingsArea) // queued: the switch rebuilds the page that asks
        connect(m_areas->settingsView()->languagePage(), &LanguagePage::languageChosen, this,
                &MainWindow::switchLanguage, Qt::QueuedConnection);
    if (m_persistent)
        splitterstate::restore(QSettings(), m_areas->view(id));
    if (id != AreaViews::membersArea)
        return;
    MembersView* members = m_areas->members();
    if (m_persistent) {
        const QSettings settings;
        members->restoreState(settings);
    }
    connect(members, &MembersView::memberCountChanged, this, &MainWindow::showMemberCount);
    showMemberCount(members->memberModel()->totalCount());
}

void MainWindow::showMemberCount(qint64 total)
{
    m_countLabel->setText(tr("%Ln member(s)", nullptr, int(total)));
}

void MainWindow::setLedger(std::unique_ptr<Ledger> ledger, const WindowStart& first)
{
    const QString area = currentArea().isEmpty() ? first.area : currentArea();
    dropAreas();
    m_roster.reset();
    m_ledger = std::move(ledger);
    m_roster = std::make_unique<RosterService>(*m_ledger);
    if (m_exchange)
        m_exchange->setLedger(m_ledger.get());
    m_account->setLedger(m_ledger.get(), m_roster.get());
    m_scopeBar->setLedger(*m_ledger, *m_roster);
    if (first.year > 0)
        m_working->setYear(first.year);
    if (m_persistent)
        RecentFiles::add(m_ledger->path());
    showAreas(area);
    m_pathLabel->setText(databasePathText());
    m_pathLabel->setToolTip(databasePathText());
    updateTitle();
    if (!m_ledger->migrationBackup().isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; the previous version is kept in %1")
                                     .arg(QDir::toNativeSeparators(m_ledger->migrationBackup())));
    if (m_persistent) // the first start of a day makes a copy (not in tests and screenshots)
        m_backupMenu->startAutomaticBackup();
}

void MainWindow::dropAreas()
{
    if (m_areas && m_persistent)
        saveAreaStates();
    m_areas.reset();
}

void MainWindow::saveAreaStates()
{
    QSettings settings;
    for (const QString& id : m_areas->builtAreas())
        splitterstate::save(settings, m_areas->view(id));
    if (m_areas->isBuilt(AreaViews::membersArea))
        m_areas->members()->saveState(settings);
}

void MainWindow::showAreas(const QString& area)
{
    m_countLabel->clear();
    buildAreas();
    if (area.isEmpty() || !showArea(area))
        showArea(m_areas->startArea());
}

void MainWindow::rebuildAreas()
{
    const QString area = currentArea();
    dropAreas();
    m_scopeBar->setLedger(*m_ledger, *m_roster); // the new account's scopes
    showAreas(area);
}

QStringList MainWindow::areas() const
{
    return m_sidebar->areas();
}

QString MainWindow::currentArea() const
{
    return m_sidebar->currentArea();
}

bool MainWindow::showArea(const QString& id)
{
    QWidget* view = m_areas ? m_areas->view(id) : nullptr;
    if (QWidget* shown = m_stack->currentWidget();
        view && shown && view != shown && !settlePendingChanges(true)) {
        const QSignalBlocker block(m_sidebar); // the sidebar's row back on the area kept
        for (const QString& area : m_areas->builtAreas())
            if (m_areas->view(area) == shown)
                m_sidebar->setCurrentArea(area);
        return false;
    }
    if (!view || !m_sidebar->setCurrentArea(id))
        return false;
    m_stack->setCurrentWidget(view);
    m_undoGroup->setActiveStack(m_areas->undoStack(id));
    rebuildEditMenu();
    return true;
}

QString MainWindow::databasePathText() const
{
    return m_ledger ? QDir::toNativeSeparators(QFileInfo(m_ledger->path()).absoluteFilePath())
                    : QString();
}

QString MainWindow::memberCountText() const
{
    return m_countLabel->text();
}

void MainWindow::updateTitle()
{
    setWindowTitle(
        QStringLiteral("%1 — %2").arg(QFileInfo(m_ledger->path()).fileName(), tr("StudyLedger")));
}

QString MainWindow::databaseDir() const
{
    return QFileInfo(m_ledger->path()).absolutePath();
}

bool MainWindow::switchDatabase(const QString& path, bool create)
{
    auto opened = Ledger::open(path, create ? OpenMode::CreateIfMissing : OpenMode::MustExist);
    if (!opened) {
        MessageBoxes::critical(this, tr("Cannot open the database"),
                               tr("%1 cannot be opened:\n%2")
                                   .arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    if (!signIn(**opened, this))
        return false;
    setLedger(std::move(opened).value());
    return true;
}

bool MainWindow::settlePendingChanges(bool shownAreaOnly)
{
    if (!m_areas)
        return true;
    std::vector<PendingChanges*> pending = m_areas->pendingChanges();
    if (shownAreaOnly) {
        const QWidget* shown = m_stack->currentWidget();
        std::erase_if(pending, [shown](PendingChanges* p) {
            const auto* widget = dynamic_cast<const QWidget*>(p);
            return !widget || !shown || (widget != shown && !shown->isAncestorOf(widget));
        });
    }
    return pendingchanges::settle(this, pending);
}

void MainWindow::newDatabase()
{
    if (!settlePendingChanges(false))
        return;
    const QString path = FileDialogs::saveFileName(
        this, tr("New Database"), databaseDir() + QStringLiteral("/studyledger.sqlite"),
        databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBoxes::warning(this, tr("New Database"),
                              tr("%1 exists already. Choose a new file name, or open it with "
                                 "File › Open.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchDatabase(path, true);
}

void MainWindow::openDatabase()
{
    if (!settlePendingChanges(false))
        return;
    const QString path =
        FileDialogs::openFileName(this, tr("Open Database"), databaseDir(), databaseFilter());
    if (!path.isEmpty())
        switchDatabase(path, false);
}

void MainWindow::backupDatabase()
{
    m_backupMenu->backup();
}

void MainWindow::restoreDatabase()
{
    m_backupMenu->restore();
}

void MainWindow::checkDatabase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto problems = m_ledger->check();
    QApplication::restoreOverrideCursor();
    if (!problems)
        MessageBoxes::critical(this, tr("Check Database"), problems.error().message);
    else if (problems->isEmpty())
        MessageBoxes::information(this, tr("Check Database"),
                                  tr("The database is intact: the integrity, foreign-key and "
                                     "roll-up checks passed."));
    else
        MessageBoxes::warning(
            this, tr("Check Database"),
            tr("The database has problems:\n%1").arg(problems->mid(0, 20).join(QLatin1Char('\n'))));
}

void MainWindow::ledgerVolume()
{
    // Window-modal: the database stays as it is while the volume is written (on a worker
    // thread, so that the window still paints).
    auto* dialog = new LedgerVolumeDialog(*m_ledger, *m_roster, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settlePendingChanges(false)) { // nothing unsaved is dropped: the window stays open
        event->ignore();
        return;
    }
    if (m_persistent)
        saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_split->saveState());
    settings.setValue(QStringLiteral("mainWindow/area"), currentArea());
    saveAreaStates();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    showArea(settings.value(QStringLiteral("mainWindow/area")).toString());
}

} // namespace sl
