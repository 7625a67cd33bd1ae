#include "gui/common/GroupYearBar.h"

#include "gui/common/FilteredChoices.h"
#include "gui/common/WorkingScope.h"
#include "gui/common/YearSpinBox.h"

#include "services/RosterService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace sl {

GroupYearBar::GroupYearBar(RosterService& roster, bool allGroups, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_allGroups(allGroups), m_group(new QComboBox(this)),
      m_groupLabel(new QLabel(tr("Study &group:"), this)), m_filter(new QLineEdit(this)),
      m_choices(new FilteredChoices(m_group, m_filter, this)), m_year(new YearSpinBox(this))
{
    m_filter->setObjectName(QStringLiteral("groupFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Find a group…"));
    m_filter->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_groupLabel->setBuddy(m_group);
    layout->addWidget(m_groupLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_group);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    connect(m_group, &QComboBox::currentIndexChanged, this, &GroupYearBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &GroupYearBar::changed);
    reload();
}

void GroupYearBar::reload()
{
    std::vector<FilteredChoices::Choice> choices;
    if (m_allGroups)
        choices.push_back({tr("Every group"), qint64(0), {}, {}});
    if (auto groups = m_roster.groups(m_rootOrgId)) {
        std::vector<StudyGroup> list = std::move(*groups);
        std::stable_sort(list.begin(), list.end(), [](const StudyGroup& a, const StudyGroup& b) {
            if (a.kind != b.kind)
                return a.kind == GroupKind::Central;
            return a.extId < b.extId;
        });
        for (const StudyGroup& g : list)
            choices.push_back({g.name, g.id, {}, g.name + QLatin1Char(' ') + g.extId});
    }
    m_choices->setChoices(std::move(choices));
    const bool oneGroup = m_working && m_working->scope().isGroup();
    m_groupLabel->setVisible(!oneGroup);
    m_group->setVisible(!oneGroup);
    m_filter->setVisible(!oneGroup && m_choices->needsFilter());
}

void GroupYearBar::follow(WorkingScope& working)
{
    m_working = &working;
    m_year->hide();
    {
        // Taking the window's year and scope is one change for the view, not two: a view
        // reloads once (on a district, each reload of the sessions or the make-up ledger
        // reads the organisation's year).
        const QSignalBlocker block(this);
        working.bindYear(m_year);
        applyScope(working.scope());
    }
    connect(&working, &WorkingScope::scopeChanged, this, &GroupYearBar::applyScope);
    emit changed();
}

void GroupYearBar::applyScope(const ScopeRef& scope)
{
    const qint64 before = groupId();
    m_rootOrgId = scope.isGroup() ? 0 : scope.id;
    {
        const QSignalBlocker block(m_group);
        reload();
        if (scope.isGroup())
            m_choices->select(scope.id);
        else if (m_allGroups)
            m_choices->select(qint64(0));
    }
    if (groupId() != before || !scope.isGroup())
        emit changed();
}

qint64 GroupYearBar::groupId() const
{
    return m_group->currentIndex() >= 0 ? m_group->currentData().toLongLong() : 0;
}

bool GroupYearBar::setGroupId(qint64 id)
{
    const bool oneGroup = m_working && m_working->scope().isGroup();
    if (!oneGroup && m_choices->select(id))
        return true;
    if (!m_working || id == 0)
        return false;
    return m_working->setScope(ScopeRef::group(id)) && groupId() == id;
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
