#include "gui/accounts/AccountTableModel.h"

#include "gui/common/TableSortProxy.h"
#include "gui/common/UiLanguage.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace sl {

AccountTableModel::AccountTableModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

int AccountTableModel::rowOf(qint64 id) const
{
    return findRow(id, [](const Account& a) { return a.id; });
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    const Account* a = rowAt(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && a->disabled)
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    if (role == TableSortProxy::SortRole && index.column() == LastLogin)
        return a->lastLoginAt; // ISO text sorts by time; never logged in first
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return a->name;
    case Role:
        return ui::label(a->role);
    case Member:
        return a->memberName;
    case Organisation:
        return a->orgId == 0 && a->role != AccountRole::Member ? tr("(all)") : a->orgName;
    case State:
        return a->disabled ? tr("Disabled") : tr("Active");
    case LastLogin: {
        if (a->lastLoginAt.isEmpty())
            return tr("never");
        const QDateTime at = QDateTime::fromString(a->lastLoginAt, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : a->lastLoginAt;
    }
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Account");
    case Role:
        return tr("Role");
    case Member:
        return tr("Member");
    case Organisation:
        return tr("Organisation");
    case State:
        return tr("State");
    case LastLogin:
        return tr("Last log-in");
    default:
        return {};
    }
}

} // namespace sl
