#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace sl {

class LedgerEvents;
class MemberDetailPane;
class MemberDialog;
class MemberTableModel;
class MemberTableView;
struct MemberRow;
class OrgTreeModel;
class RosterService;

// 组织与党员: the organisation tree on the left; on the right the members of the selected
// organisation (with its descendants), a filter that searches as you type, and the detail of
// the selected member.
class MembersView : public QWidget
{
    Q_OBJECT

public:
    // It follows the roster through `events` (LedgerEvents::rosterChanged).
    MembersView(RosterService& roster, LedgerEvents& events, QWidget* parent = nullptr);

    QTreeView* orgTree() const { return m_orgTree; }
    QLineEdit* filterEdit() const { return m_filter; }
    MemberTableView* table() const { return m_table; }
    MemberTableModel* memberModel() const { return m_model; }
    OrgTreeModel* orgModel() const { return m_orgModel; }
    // The text shown instead of the table when there is nothing to list; empty when the table
    // is shown.
    QString emptyText() const;

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* findAction() const { return m_findAction; }

    // Selects an organisation in the tree (and lists its members); false when unknown.
    bool selectOrg(qint64 orgId);
    qint64 currentOrgId() const;
    qint64 currentMemberId() const;
    // The selected member's row (null when none).
    const MemberRow* currentRow() const;
    MemberDetailPane* detailPane() const { return m_detail; }
    // Adds actions on the selected member to the table's context menu (leaving, BranchActions).
    void addMemberActions(const QList<QAction*>& actions);
    // Selects a loaded member in the table; false when it is not among the loaded rows.
    bool selectMember(qint64 memberId);
    // The dialog that edits `memberId` (0: a new member in the current organisation), not yet
    // shown; null (after telling the user) when the member cannot be read.
    MemberDialog* createDialog(qint64 memberId);

    // Puts `widget` in the bar above the table, before 新建 (the branch set-up menu).
    void addToBar(QWidget* widget);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

public slots:
    void reloadOrganisations();
    void newMember();
    void editCurrent();
    void focusFilter();

signals:
    void memberCountChanged(qint64 total);
    // Another member (or none) is selected, or the selected one was reloaded.
    void currentMemberChanged();

private:
    void buildActions();
    QWidget* buildMembersPane();
    void onOrgChanged();
    void onModelReloaded();
    void onCurrentMemberChanged();
    void applyFilter();
    bool openDialog(qint64 memberId);
    void updateActions();
    void updateEmptyState();

    RosterService& m_roster;
    OrgTreeModel* m_orgModel;
    MemberTableModel* m_model;
    QSplitter* m_hSplit = nullptr;
    QSplitter* m_vSplit = nullptr;
    QTreeView* m_orgTree = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_filterTimer = nullptr;
    QPushButton* m_newButton = nullptr;
    QHBoxLayout* m_bar = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    MemberTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    MemberDetailPane* m_detail = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QList<QAction*> m_memberActions;
    QString m_orgError;
};

} // namespace sl
