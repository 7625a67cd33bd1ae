#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedLayout;

namespace sl {

class MembershipsPane;
struct MemberRow;

// The selected member in full, below the members table: the record, whether they left (停用),
// and their places in study groups (MembershipsPane).
class MemberDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit MemberDetailPane(QWidget* parent = nullptr);

    // Shows `row`, or the hint to select a member when null.
    void showMember(const MemberRow* row);
    // The member's places in study groups (filled by BranchActions).
    MembershipsPane* memberships() const { return m_memberships; }

private:
    QLabel* addValue(int row, int pair, const QString& label);

    QStackedLayout* m_stack;
    QLabel* m_hint;
    QLabel* m_title;
    QLabel* m_extId;
    QLabel* m_gender;
    QLabel* m_birthDate;
    QLabel* m_joinDate;
    QLabel* m_category;
    QLabel* m_org;
    QLabel* m_position;
    QLabel* m_cadre;
    QLabel* m_phone;
    QLabel* m_state;
    MembershipsPane* m_memberships;
    QGridLayout* m_grid;
};

} // namespace sl
