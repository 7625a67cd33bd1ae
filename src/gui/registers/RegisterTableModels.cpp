#include "gui/registers/RegisterTableModels.h"

#include "gui/common/TableSortProxy.h"
#include "gui/common/UiLanguage.h"

namespace sl {

QVariant ExpertTableModel::data(const QModelIndex& index, int role) const
{
    const Expert* e = rowAt(index.row());
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e->name;
    case Title:
        return e->title;
    case Affiliation:
        return e->affiliation;
    case Fields:
        return e->fields;
    default:
        return {};
    }
}

QVariant ExpertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Affiliation:
        return tr("Affiliation");
    case Fields:
        return tr("Fields");
    default:
        return {};
    }
}

QVariant ModelUnitTableModel::data(const QModelIndex& index, int role) const
{
    const ModelUnitRow* u = rowAt(index.row());
    if (!u)
        return {};
    if (role == IdRole)
        return u->unit.id;
    if (role == TableSortProxy::SortRole && index.column() == Year)
        return u->unit.year;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return u->unit.name;
    case Organisation:
        return u->orgName;
    case Kind:
        return ui::label(u->unit.kind);
    case Year:
        return QString::number(u->unit.year);
    case Status:
        return ui::label(u->unit.status);
    default:
        return {};
    }
}

QVariant ModelUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name of the unit");
    case Organisation:
        return tr("Organisation");
    case Kind:
        return tr("Kind");
    case Year:
        return tr("Year");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace sl
