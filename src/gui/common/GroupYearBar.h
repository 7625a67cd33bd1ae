#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace sl {

class FilteredChoices;
class RosterService;

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
    bool setGroupId(qint64 id);
    int year() const;
    void setYear(int year);
    QComboBox* groupCombo() const { return m_group; }
    QLineEdit* groupFilter() const { return m_filter; }
    QSpinBox* yearSpin() const { return m_year; }

signals:
    void changed();

private:
    RosterService& m_roster;
    bool m_allGroups;
    QComboBox* m_group;
    QLineEdit* m_filter;
    FilteredChoices* m_choices;
    QSpinBox* m_year;
};

} // namespace sl
