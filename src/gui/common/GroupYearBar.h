#pragma once

#include "domain/ScopeRef.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sl {

class FilteredChoices;
class RosterService;
class WorkingScope;

// The study group and year that the secretary's areas (plan, sessions, attendance) show: a
// combo of the groups (中心组 first, then by number) and a year. With more groups than a page
// (a district), a filter line finds them by name or number and the combo holds a page only.
class GroupYearBar : public QWidget
{
    Q_OBJECT

public:
    // `allGroups`: a first item "every group" (group id 0).
    GroupYearBar(RosterService& roster, bool allGroups = false, QWidget* parent = nullptr);

    void reload();
    qint64 groupId() const;
    // Following the window (follow()): a group outside the working scope becomes the scope.
    bool setGroupId(qint64 id);
    int year() const;
    // Following the window: sets the window's year.
    void setYear(int year);

    // Follows the window's scope and year (the tool bar) instead of its own: the year box is
    // hidden; a group scope hides the group chooser and shows that group; an organisation scope
    // lists the groups of its subtree (with "every group" first when the bar has it).
    void follow(WorkingScope& working);
    // The organisation scope followed (0: none): with "every group", the groups of its subtree.
    qint64 rootOrgId() const { return m_rootOrgId; }
    QComboBox* groupCombo() const { return m_group; }
    QLineEdit* groupFilter() const { return m_filter; }
    QSpinBox* yearSpin() const { return m_year; }

signals:
    void changed();

private:
    void applyScope(const ScopeRef& scope);

    RosterService& m_roster;
    WorkingScope* m_working = nullptr;
    qint64 m_rootOrgId = 0;
    bool m_allGroups;
    QComboBox* m_group;
    QLabel* m_groupLabel;
    QLineEdit* m_filter;
    FilteredChoices* m_choices;
    QSpinBox* m_year;
};

} // namespace sl
