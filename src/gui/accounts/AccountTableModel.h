#pragma once

#include "gui/common/RowTableModel.h"

#include "domain/Account.h"

namespace sl {

// The accounts of the ledger for the account management dialog: name, role, member,
// organisation, state and the last log-in (local time).
class AccountTableModel : public RowTableModel<Account>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Member,
        Organisation,
        State,
        LastLogin,
        ColumnCount
    };

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(std::vector<Account> accounts) { resetRows(std::move(accounts)); }
    // The row of the account with this id, -1 when none.
    int rowOf(qint64 id) const;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace sl
