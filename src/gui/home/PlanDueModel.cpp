#include "gui/home/PlanDueModel.h"

#include "gui/common/UiLanguage.h"

#include <QBrush>

namespace sl {

QVariant PlanDueModel::data(const QModelIndex& index, int role) const
{
    const PlanItemDue* r = row(index.row());
    if (!r)
        return {};
    const PlanItem& item = r->progress.item;
    const bool done = r->progress.done();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group:
            return r->groupName;
        case Number:
            return item.itemNo;
        case Topic:
            return item.topic;
        case Form:
            return ui::label(item.form);
        case State:
            return done ? tr("carried out %1").arg(dates::toIso(r->progress.firstSessionDate))
                        : tr("to do");
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && !done)
        return QBrush(QColor(0xb0, 0x24, 0x18));
    if (role == Qt::ToolTipRole && index.column() == Topic)
        return item.topic;
    return {};
}

QVariant PlanDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Study group");
    case Number:
        return tr("No.");
    case Topic:
        return tr("Topic");
    case Form:
        return tr("Form");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace sl
