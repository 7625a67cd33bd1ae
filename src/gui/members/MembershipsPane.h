#pragma once

#include "domain/GroupRecords.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sl {

// The selected member's places in study groups (group, role, from, until), below the members
// table beside the detail: 加入学习组…, 编辑… (role and dates) and 移除… of the chosen one. The
// edits themselves are BranchActions' (undoable); this pane only lists and asks.
class MembershipsPane : public QWidget
{
    Q_OBJECT

public:
    explicit MembershipsPane(QWidget* parent = nullptr);

    // Shows the memberships (no member: an empty, disabled pane).
    void setMemberships(const std::vector<MembershipRow>& rows, bool hasMember);
    qint64 currentMembershipId() const;
    bool selectMembership(qint64 membershipId);
    QTableWidget* table() const { return m_table; }
    QPushButton* joinButton() const { return m_join; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void joinRequested();
    void editRequested(qint64 membershipId);
    void removeRequested(qint64 membershipId);

private:
    void updateButtons();

    QLabel* m_empty;
    QTableWidget* m_table;
    QPushButton* m_join;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_hasMember = false;
};

} // namespace sl
