#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>
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
class RosterService;
class SelfStudyView;
class SecretaryAreas;
class SettingsView;
class WritingsView;

// The views of the areas for one open ledger, and the member context they share. Builds only
// the areas that are written and that the account may use, in the order of UX.md: 首页, 我的年度,
// 个人自学, 心得与调研, 学习考核, 学习档案, 学习通报, 统计看板, 组织与党员, 审计日志
// (administrators), 设置.
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

    AreaViews(Ledger& ledger, RosterService& roster, bool persistent, QObject* parent = nullptr);
    // Deletes the views (they hold references to the services).
    ~AreaViews() override;

    // Adds the views to the stack and the sidebar (which it empties first).
    void build(QStackedWidget* stack, NavigationSidebar* sidebar);

    QWidget* view(const QString& id) const;
    // The actions of the Edit menu while area `id` is shown (null: a separator).
    QList<QAction*> editActions(const QString& id) const;
    // The undo stack of area `id` (null: it has none). Every stack joins the main window's
    // QUndoGroup, and the shown area's becomes the active one (Edit › Undo/Redo).
    QUndoStack* undoStack(const QString& id) const;
    // The area to show first: the home (首页).
    QString startArea() const;

    MemberContext* context() const { return m_context; }
    MembersView* members() const { return m_members; }
    HomeView* homeView() const { return m_home; }
    MyYearView* myYearView() const { return m_myYear; }
    SelfStudyView* selfStudyView() const { return m_selfStudy; }
    WritingsView* writingsView() const { return m_writings; }
    ArchiveView* archiveView() const { return m_archive; }
    AssessmentView* assessmentView() const { return m_assessment; }
    BulletinView* bulletinView() const { return m_bulletin; }
    DashboardView* dashboardView() const { return m_dashboard; }
    SettingsView* settingsView() const { return m_settings; }
    AuditView* auditView() const { return m_audit; }
    // 学习计划, 学习活动, 考勤与补学, 登记簿 (not for a member's own account).
    SecretaryAreas* secretaryAreas() const { return m_secretary; }

signals:
    // A view asks for another area (the home's links).
    void areaRequested(const QString& id);

private:
    void add(const QString& id, const QString& label, QWidget* view);

    Ledger& m_ledger;
    RosterService& m_roster;
    MemberContext* m_context;
    QStackedWidget* m_stack = nullptr;
    NavigationSidebar* m_sidebar = nullptr;
    std::vector<std::pair<QString, QWidget*>> m_views;
    MembersView* m_members = nullptr;
    HomeView* m_home = nullptr;
    MyYearView* m_myYear = nullptr;
    SelfStudyView* m_selfStudy = nullptr;
    WritingsView* m_writings = nullptr;
    ArchiveView* m_archive = nullptr;
    AssessmentView* m_assessment = nullptr;
    BulletinView* m_bulletin = nullptr;
    DashboardView* m_dashboard = nullptr;
    SettingsView* m_settings = nullptr;
    AuditView* m_audit = nullptr;
    SecretaryAreas* m_secretary = nullptr;
};

} // namespace sl
