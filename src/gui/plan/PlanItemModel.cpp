#include "gui/plan/PlanItemModel.h"

#include "gui/common/UiLanguage.h"

#include <QBrush>

namespace sl {

int PlanItemModel::rowOfItem(qint64 id) const
{
    return findRow(id, [](const PlanItemProgress& p) { return p.item.id; });
}

QVariant PlanItemModel::data(const QModelIndex& index, int role) const
{
    const PlanItemProgress* p = item(index.row());
    if (!p)
        return {};
    const PlanItem& i = p->item;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return i.itemNo;
        case Month:
            return tr("month %1").arg(i.month);
        case Topic:
            return i.topic;
        case Form:
            return ui::label(i.form);
        case Lead:
            return i.lead;
        case Trigger:
            return i.trigger ? ui::label(*i.trigger) : QString();
        case Done:
            if (!p->done())
                return tr("Not yet");
            return p->heldSessions > 1 ? tr("✓ %1 (%2 sessions)")
                                             .arg(dates::toIso(p->firstSessionDate))
                                             .arg(p->heldSessions)
                                       : tr("✓ %1").arg(dates::toIso(p->firstSessionDate));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Done)
        return QBrush(p->done() ? QColor(0x2e, 0x7d, 0x32) : QColor(0x99, 0x99, 0x99));
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Topic)
        return i.topic;
    return {};
}

QVariant PlanItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Month:
        return tr("Month");
    case Topic:
        return tr("Topic");
    case Form:
        return tr("Form");
    case Lead:
        return tr("Lead");
    case Trigger:
        return tr("Three musts");
    case Done:
        return tr("Carried out");
    }
    return {};
}

} // namespace sl
