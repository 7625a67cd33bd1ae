#include "gui/common/ScopeComboBox.h"

#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace sl {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

} // namespace

ScopeComboBox::ScopeComboBox(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("scopeComboBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(24);
}

void ScopeComboBox::reload(Ledger& ledger, RosterService& roster)
{
    const ScopeRef current = scope();
    const QSignalBlocker block(this);
    clear();
    auto orgs = roster.organisations();
    if (!orgs)
        return;
    const Actor& actor = ledger.actor();
    const bool limited = !actor.isSingleUser() && actor.orgId != 0;
    QSet<qint64> visible;
    if (limited) {
        auto ids = roster.subtree(actor.orgId);
        for (qint64 id : ids ? *ids : std::vector<qint64>())
            visible.insert(id);
    }
    std::vector<Organisation> list = *orgs;
    std::sort(list.begin(), list.end(),
              [](const Organisation& a, const Organisation& b) { return a.extId < b.extId; });
    QSet<qint64> known;
    for (const Organisation& o : list)
        known.insert(o.id);
    // Depth first from the roots (or from the account's organisation).
    std::function<void(qint64, int)> addChildren = [&](qint64 parent, int depth) {
        for (const Organisation& o : list) {
            const bool root =
                limited ? o.id == actor.orgId : (o.parentId == 0 || !known.contains(o.parentId));
            if (parent == 0 ? !root : o.parentId != parent)
                continue;
            addItem(QString(depth * 2, QChar(0x3000)) + o.name, o.id);
            setItemData(count() - 1, int(ScopeKind::Organisation), KindRole);
            addChildren(o.id, depth + 1);
        }
    };
    addChildren(0, 0);
    if (auto groups = roster.groups(); groups && !groups->empty()) {
        std::vector<StudyGroup> sorted = *groups;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const StudyGroup& a, const StudyGroup& b) {
                             if (a.kind != b.kind)
                                 return a.kind == GroupKind::Central;
                             return a.extId < b.extId;
                         });
        if (count() > 0)
            insertSeparator(count());
        for (const StudyGroup& g : sorted) {
            if (limited && !visible.contains(g.orgId))
                continue;
            addItem(tr("Group: %1").arg(g.name), g.id);
            setItemData(count() - 1, int(ScopeKind::Group), KindRole);
        }
    }
    if (!current.isValid() || !setScope(current))
        setCurrentIndex(count() > 0 ? 0 : -1);
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
    for (int i = 0; i < count(); ++i) {
        const QVariant kind = itemData(i, KindRole);
        if (kind.isValid() && ScopeKind(kind.toInt()) == scope.kind &&
            itemData(i).toLongLong() == scope.id) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace sl
