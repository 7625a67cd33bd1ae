#include "gui/common/GroupYearBar.h"

#include "gui/common/YearSpinBox.h"

#include "services/RosterService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace sl {

GroupYearBar::GroupYearBar(RosterService& roster, bool allGroups, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_allGroups(allGroups), m_group(new QComboBox(this)),
      m_year(new YearSpinBox(this))
{
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* groupLabel = new QLabel(tr("Study &group:"), this);
    groupLabel->setBuddy(m_group);
    layout->addWidget(groupLabel);
    layout->addWidget(m_group);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    connect(m_group, &QComboBox::currentIndexChanged, this, &GroupYearBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &GroupYearBar::changed);
    reload();
}

void GroupYearBar::reload()
{
    const qint64 current = groupId();
    const QSignalBlocker block(m_group);
    m_group->clear();
    if (m_allGroups)
        m_group->addItem(tr("Every group"), qint64(0));
    auto groups = m_roster.groups();
    if (groups) {
        std::vector<StudyGroup> list = *groups;
        std::stable_sort(list.begin(), list.end(), [](const StudyGroup& a, const StudyGroup& b) {
            if (a.kind != b.kind)
                return a.kind == GroupKind::Central;
            return a.extId < b.extId;
        });
        for (const StudyGroup& g : list)
            m_group->addItem(g.name, g.id);
    }
    const int i = m_group->findData(current);
    m_group->setCurrentIndex(i >= 0 ? i : (m_group->count() > 0 ? 0 : -1));
}

qint64 GroupYearBar::groupId() const
{
    return m_group->currentIndex() >= 0 ? m_group->currentData().toLongLong() : 0;
}

bool GroupYearBar::setGroupId(qint64 id)
{
    const int i = m_group->findData(id);
    if (i < 0)
        return false;
    m_group->setCurrentIndex(i);
    return true;
}

int GroupYearBar::year() const
{
    return m_year->value();
}

void GroupYearBar::setYear(int year)
{
    m_year->setValue(year);
}

} // namespace sl
