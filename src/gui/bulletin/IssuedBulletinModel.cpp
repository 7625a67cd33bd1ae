#include "gui/bulletin/IssuedBulletinModel.h"

#include "gui/common/UiLanguage.h"

namespace sl {

QVariant IssuedBulletinModel::data(const QModelIndex& index, int role) const
{
    const IssuedBulletin* b = rowAt(index.row());
    if (!b || (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Number:
        return role == SortRole ? QVariant(b->issuedOn.year() * 10000 + b->serial)
                                : QVariant(b->number);
    case IssuedOn:
        return dates::toIso(b->issuedOn);
    case Title:
        return b->title;
    case Scope:
        return b->scopeName;
    case PeriodColumn:
        if (role == SortRole)
            return dates::toIso(b->period.from);
        return ui::isEnglish() ? b->period.labelEn() : b->period.label();
    case IssuedBy:
        return b->issuedBy.isEmpty() ? tr("(single-user mode)") : b->issuedBy;
    default:
        return {};
    }
}

QVariant IssuedBulletinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case IssuedOn:
        return tr("Issued on");
    case Title:
        return tr("Title");
    case Scope:
        return tr("Scope");
    case PeriodColumn:
        return tr("Period");
    case IssuedBy:
        return tr("Issued by");
    default:
        return {};
    }
}

} // namespace sl
