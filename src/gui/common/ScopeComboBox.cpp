#include "gui/common/ScopeComboBox.h"

#include "gui/common/FilteredChoices.h"

#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QHash>
#include <QLineEdit>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace sl {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

} // namespace

ScopeComboBox::ScopeComboBox(QWidget* parent)
    : QComboBox(parent), m_filter(new QLineEdit(parent)),
      m_choices(new FilteredChoices(this, m_filter, this))
{
    setObjectName(QStringLiteral("scopeComboBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(24);
    m_filter->setObjectName(QStringLiteral("scopeFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Find…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->hide();
}

void ScopeComboBox::reload(Ledger& ledger, RosterService& roster)
{
    auto orgs = roster.organisations();
    if (!orgs) {
        m_choices->setChoices({});
        return;
    }
    const Actor& actor = ledger.actor();
    const bool limited = !actor.isSingleUser() && actor.orgId != 0;
    QSet<qint64> visible;
    if (limited) {
        auto ids = roster.subtree(actor.orgId);
        for (qint64 id : ids ? *ids : std::vector<qint64>())
            visible.insert(id);
    }
    std::vector<Organisation> list = std::move(*orgs);
    std::sort(list.begin(), list.end(),
              [](const Organisation& a, const Organisation& b) { return a.extId < b.extId; });
    QSet<qint64> known;
    for (const Organisation& o : list)
        known.insert(o.id);
    // The children of each organisation, by number; the roots (or the account's organisation)
    // under 0.
    QHash<qint64, std::vector<const Organisation*>> children;
    for (const Organisation& o : list) {
        const bool root =
            limited ? o.id == actor.orgId : (o.parentId == 0 || !known.contains(o.parentId));
        if (root)
            children[0].push_back(&o);
        else if (o.parentId != 0)
            children[o.parentId].push_back(&o);
    }
    std::vector<FilteredChoices::Choice> choices;
    // Depth first from the roots.
    std::function<void(qint64, int)> addChildren = [&](qint64 parent, int depth) {
        const auto found = children.constFind(parent);
        if (found == children.constEnd())
            return;
        for (const Organisation* o : *found) {
            if (parent != 0 && limited && !visible.contains(o->id))
                continue;
            choices.push_back({QString(depth * 2, QChar(0x3000)) + o->name, o->id,
                               int(ScopeKind::Organisation),
                               o->name + QLatin1Char(' ') + o->extId});
            addChildren(o->id, depth + 1);
        }
    };
    addChildren(0, 0);
    if (auto groups = roster.groups(); groups && !groups->empty()) {
        std::vector<StudyGroup> sorted = std::move(*groups);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const StudyGroup& a, const StudyGroup& b) {
                             if (a.kind != b.kind)
                                 return a.kind == GroupKind::Central;
                             return a.extId < b.extId;
                         });
        bool first = true;
        for (const StudyGroup& g : sorted) {
            if (limited && !visible.contains(g.orgId))
                continue;
            choices.push_back({tr("Group: %1").arg(g.name), g.id, int(ScopeKind::Group),
                               g.name + QLatin1Char(' ') + g.extId, first});
            first = false;
        }
    }
    m_choices->setChoices(std::move(choices));
}

bool ScopeComboBox::needsFilter() const
{
    return m_choices->needsFilter();
}

ScopeRef ScopeComboBox::scope() const
{
    const int i = currentIndex();
    if (i < 0 || !itemData(i, KindRole).isValid())
        return {};
    return ScopeRef{ScopeKind(itemData(i, KindRole).toInt()), itemData(i).toLongLong()};
}

bool ScopeComboBox::setScope(const ScopeRef& scope)
{
    return m_choices->select(scope.id, int(scope.kind));
}

} // namespace sl
