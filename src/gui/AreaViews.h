#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QAction;
class QStackedWidget;
class QUndoStack;
class QWidget;

namespace sl {

class ArchiveView;
class AssessmentView;
class AuditView;
class BulletinView;
class DashboardView;
class HomeView;
class Ledger;
class MemberContext;
class MembersView;
class MyYearView;
class NavigationSidebar;
class PendingChanges;
class RosterService;
class SelfStudyView;
class SecretaryAreas;
class SettingsView;
class WorkingScope;
class WritingsView;

// The views of the areas for one open ledger, and the member context they share. Lists the
// areas that the account may use, in the order of UX.md: 首页, 我的年度, 个人自学, 心得与调研,
// 学习考核, 学习档案, 学习通报, 统计看板, 组织与党员, 审计日志 (administrators), 设置. A view is
// built when it is first asked for (shown, or reached through its accessor), so that opening
// a large ledger costs only the area shown.
class AreaViews : public QObject
{
    Q_OBJECT

public:
    static const QString homeArea;
    static const QString myYearArea;
    static const QString selfStudyArea;
    static const QString writingsArea;
    static const QString assessmentArea;
    static const QString archiveArea;
    static const QString bulletinArea;
    static const QString dashboardArea;
    static const QString membersArea;
    static const QString auditArea;
    static const QString settingsArea;

    // `working`: the window's scope and year, which every view follows (null: each keeps its
    // own bars, as in tests of one view).
    AreaViews(Ledger& ledger, RosterService& roster, bool persistent,
              WorkingScope* working = nullptr, QObject* parent = nullptr);
    // Deletes the views (they hold references to the services).
    ~AreaViews() override;

    // Lists the areas in the sidebar (which it empties first); their views are added to the
    // stack as they are built.
    void build(QStackedWidget* stack, NavigationSidebar* sidebar);

    // The view of area `id`, built now if it is not yet (null: no such area for the account).
    QWidget* view(const QString& id);
    bool isBuilt(const QString& id) const;
    QStringList builtAreas() const;
    // The actions of the Edit menu while area `id` is shown (null: a separator); none until
    // the area is built.
    QList<QAction*> editActions(const QString& id) const;
    // The undo stack of area `id` (null: it has none, or it is not built yet). Every stack
    // joins the main window's QUndoGroup when its area is built (areaBuilt), and the shown
    // area's becomes the active one (Edit › Undo/Redo).
    QUndoStack* undoStack(const QString& id) const;
    // Every stack of a built area, for MainWindow's QUndoGroup: undoStack(id)'s, and in the
    // attendance area also those of the speeches and the make-up ledger.
    QList<QUndoStack*> undoStacks(const QString& id) const;
    // The edits not yet saved in the built views of area `id` (every area when `id` is empty):
    // MainWindow asks about them before they would be lost (PendingChanges).
    std::vector<PendingChanges*> pendingChanges(const QString& id = {}) const;
    // The area to show first: the home (首页).
    QString startArea() const;

    MemberContext* context() const { return m_context; }
    // The views by area, each built on demand (null when the account has no such area).
    MembersView* members();
    HomeView* homeView();
    MyYearView* myYearView();
    SelfStudyView* selfStudyView();
    WritingsView* writingsView();
    ArchiveView* archiveView();
    AssessmentView* assessmentView();
    BulletinView* bulletinView();
    DashboardView* dashboardView();
    SettingsView* settingsView();
    AuditView* auditView();
    // 学习计划, 学习活动, 考勤与补学, 登记簿 (not for a member's own account).
    SecretaryAreas* secretaryAreas() const { return m_secretary; }

signals:
    // A view asks for another area (the home's links).
    void areaRequested(const QString& id);
    // The view of area `id` has just been built and added to the stack.
    void areaBuilt(const QString& id);

private:
    struct Area
    {
        QString id;
        std::function<QWidget*()> make;
        QWidget* view = nullptr;
    };

    void add(const QString& id, const QString& label, std::function<QWidget*()> make);
    Area* find(const QString& id);
    const Area* find(const QString& id) const;
    // Puts a view just built into the stack.
    void place(const QString& id, QWidget* view);
    template <class View> View* built(const QString& id) const;
    HomeView* makeHome();

    Ledger& m_ledger;
    RosterService& m_roster;
    MemberContext* m_context;
    WorkingScope* m_working;
    QStackedWidget* m_stack = nullptr;
    NavigationSidebar* m_sidebar = nullptr;
    std::vector<Area> m_areas;
    SecretaryAreas* m_secretary = nullptr;
};

} // namespace sl
