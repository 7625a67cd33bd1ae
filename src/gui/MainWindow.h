#pragma once

#include "gui/common/UiLanguage.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace sl {

class AccountMenu;
class ArchiveView;
class AreaViews;
class BackupMenu;
class ElidedLabel;
class ExchangeMenus;
class Ledger;
class MemberContext;
class MembersView;
class MyYearView;
class NavigationSidebar;
class RosterService;
class RecentFiles;
class ScopeToolBar;
class WorkingScope;
class SelfStudyView;
class SettingsView;
class WritingsView;

// What a main window shows first: `area` instead of the start area (which is not built then;
// ignored when the account has no such area), in the working `year` instead of the default one
// (0: the default). The view is built once, on what it is to show.
struct WindowStart
{
    QString area;
    int year = 0;
};

// The main window: menus, the navigation sidebar with the areas that are built and that the
// account may use (AreaViews), the area views, and the status bar (database path, member
// count).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `persistent`: restore and save geometry and splitters in the settings (off for
    // screenshots and tests).
    explicit MainWindow(std::unique_ptr<Ledger> ledger, bool persistent = true,
                        const WindowStart& first = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Ledger& ledger() { return *m_ledger; }
    RosterService& roster() { return *m_roster; }
    NavigationSidebar* sidebar() const { return m_sidebar; }
    // The areas' views, each built when first shown or asked for.
    AreaViews* areaViews() const { return m_areas.get(); }
    MembersView* membersView() const;
    MyYearView* myYearView() const;
    SelfStudyView* selfStudyView() const;
    WritingsView* writingsView() const;
    ArchiveView* archiveView() const;
    SettingsView* settingsView() const;
    // The member (and year) the member areas show.
    MemberContext* memberContext() const;
    // The scope and year every area shows, and the tool bar that chooses them.
    WorkingScope* workingScope() const { return m_working; }
    ScopeToolBar* scopeToolBar() const { return m_scopeBar; }

    // The ids of the areas shown in the sidebar: "my-year", "selfstudy", "writings",
    // "archive", "members", "settings" (those the account may use).
    QStringList areas() const;
    QString currentArea() const;
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    bool showArea(const QString& id);
    QString databasePathText() const;
    QString memberCountText() const;

    // Opens (or, with `create`, creates) another database and shows it, after a log-in when it
    // has accounts; on failure or a cancelled log-in tells the user and keeps the current one.
    bool switchDatabase(const QString& path, bool create);
    // The 账号 menu and the account in the status bar.
    AccountMenu* accountMenu() const { return m_account; }
    // File › Backup…, Restore from Backup… and the automatic daily backup.
    BackupMenu* backupMenu() const { return m_backupMenu; }
    // Builds the areas again for the acting account (after a log-in as someone else).
    void rebuildAreas();
    // Switches the interface to `language` at once: new translators, the menus and the areas
    // built again in it (the shown area stays). Refused, with a message, while an area holds
    // unsaved edits; returns whether the interface is in `language` now.
    bool switchLanguage(UiLanguage language);

public slots:
    void newDatabase();
    void openDatabase();
    void backupDatabase();
    // File › Restore from Backup… (BackupMenu): replaces the database and reopens it.
    void restoreDatabase();
    void checkDatabase();
    // 学习台账（年度）: the annual volume of a group or an organisation as PDF.
    void ledgerVolume();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The menu bar, built again in the new language by switchLanguage.
    void buildMenus();
    // View › Interface Language: Chinese or English, switched at once.
    void addLanguageMenu(QMenu* view);
    // The View › Interface Language items and the settings page show the current language.
    void showLanguageChoice();
    void buildAreas();
    // An area's view has just been built: its undo stack joins the group.
    void adoptArea(const QString& id);
    void showMemberCount(qint64 total);
    void rebuildEditMenu();
    // Shows the area that was current, or the first view's, or the start area.
    void setLedger(std::unique_ptr<Ledger> ledger, const WindowStart& first = {});
    // Saves the areas' states (saveAreaStates) and deletes their views.
    void dropAreas();
    // Asks about the edits not yet saved in the shown area (`shownAreaOnly`) or in every area
    // (PendingChanges); false when the user keeps them (Cancel, or a save refused).
    bool settlePendingChanges(bool shownAreaOnly);
    // The splitters of every area built, and the members view's columns.
    void saveAreaStates();
    // Builds the areas for the ledger's account and shows `area` (else the start area).
    void showAreas(const QString& area);
    void updateTitle();
    void saveSettings();
    void restoreSettings();
    QString databaseDir() const;

    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    bool m_persistent;
    QSplitter* m_split = nullptr;
    NavigationSidebar* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::unique_ptr<AreaViews> m_areas;
    WorkingScope* m_working = nullptr;
    ScopeToolBar* m_scopeBar = nullptr;
    RecentFiles* m_recent = nullptr; // File › Open Recent, made again with the menus
    QMenu* m_editMenu = nullptr;
    ExchangeMenus* m_exchange = nullptr;
    BackupMenu* m_backupMenu = nullptr;
    // The undo stacks of the areas; Edit › Undo/Redo act on the shown area's.
    QUndoGroup* m_undoGroup = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QList<QAction*> m_languageActions;
    AccountMenu* m_account = nullptr;
    QLabel* m_accountLabel = nullptr;
    ElidedLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace sl
