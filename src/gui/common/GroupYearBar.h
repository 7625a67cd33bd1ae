#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace sl {

class RosterService;

// The study group and year that the secretary's areas (plan, sessions, attendance) show: a
// combo of the groups (中心组 first, then by number) and a year.
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
    QSpinBox* yearSpin() const { return m_year; }

signals:
    void changed();

private:
    RosterService& m_roster;
    bool m_allGroups;
    QComboBox* m_group;
    QSpinBox* m_year;
};

} // namespace sl
