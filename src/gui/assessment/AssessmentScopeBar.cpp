#include "gui/assessment/AssessmentScopeBar.h"

#include "gui/members/OrgTreeModel.h"

#include "services/Clock.h"
#include "services/RosterService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace sl {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

} // namespace

AssessmentScopeBar::AssessmentScopeBar(RosterService& roster, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_scope(new QComboBox(this)), m_year(new QSpinBox(this))
{
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setMaxVisibleItems(24);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(tr(" (year)"));
    m_year->setValue(Clock::today().year());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Scope:"), this);
    label->setBuddy(m_scope);
    layout->addWidget(label);
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AssessmentScopeBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &AssessmentScopeBar::changed);
    reload();
}

void AssessmentScopeBar::reload()
{
    const ScopeRef current = scope();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    if (auto orgs = m_roster.organisations()) {
        OrgTreeModel tree;
        tree.setOrganisations(*orgs);
        for (const OrgTreeModel::Entry& e : tree.depthFirst()) {
            m_scope->addItem(QString(e.depth, QChar(0x3000)) + e.org->name, e.org->id);
            m_scope->setItemData(m_scope->count() - 1, int(ScopeKind::Organisation), KindRole);
        }
    }
    if (auto groups = m_roster.groups(); groups && !groups->empty()) {
        std::vector<StudyGroup> list = *groups;
        std::stable_sort(list.begin(), list.end(), [](const StudyGroup& a, const StudyGroup& b) {
            if (a.kind != b.kind)
                return a.kind == GroupKind::Central;
            return a.extId < b.extId;
        });
        if (m_scope->count() > 0)
            m_scope->insertSeparator(m_scope->count());
        for (const StudyGroup& g : list) {
            m_scope->addItem(tr("Study group: %1").arg(g.name), g.id);
            m_scope->setItemData(m_scope->count() - 1, int(ScopeKind::Group), KindRole);
        }
    }
    const int i = indexOf(current);
    m_scope->setCurrentIndex(i >= 0 ? i : (m_scope->count() > 0 ? 0 : -1));
}

int AssessmentScopeBar::indexOf(const ScopeRef& scope) const
{
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariant kind = m_scope->itemData(i, KindRole);
        if (kind.isValid() && kind.toInt() == int(scope.kind) &&
            m_scope->itemData(i).toLongLong() == scope.id)
            return i;
    }
    return -1;
}

ScopeRef AssessmentScopeBar::scope() const
{
    const int i = m_scope->currentIndex();
    if (i < 0 || !m_scope->itemData(i, KindRole).isValid())
        return {};
    return {ScopeKind(m_scope->itemData(i, KindRole).toInt()), m_scope->itemData(i).toLongLong()};
}

bool AssessmentScopeBar::setScope(const ScopeRef& scope)
{
    const int i = indexOf(scope);
    if (i < 0)
        return false;
    m_scope->setCurrentIndex(i);
    return true;
}

int AssessmentScopeBar::year() const
{
    return m_year->value();
}

void AssessmentScopeBar::setYear(int year)
{
    m_year->setValue(year);
}

} // namespace sl
