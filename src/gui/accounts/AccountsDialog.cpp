#include "gui/accounts/AccountsDialog.h"

#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/NewAccountDialog.h"
#include "gui/accounts/PasswordDialog.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableBehaviour.h"

#include "services/AccountService.h"

#include "ui_AccountsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sl {

AccountsDialog::AccountsDialog(AccountService& accounts, RosterService& roster, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_accounts(accounts),
      m_roster(roster), m_model(new AccountTableModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Accounts"));
    m_ui->introLabel->setText(
        tr("Who may log in to this ledger and what each may do. An account that leaves is "
           "disabled, not deleted: the audit trail keeps its name."));
    // Like every table: Chinese sort, a filter as you type (names also by pinyin initials),
    // remembered columns, a context menu, Enter to reset the password, an empty state.
    QTableView* table = m_ui->accountsTableView;
    TableBehaviour::sortAndFilter(table, m_model,
                                  {AccountTableModel::Name, AccountTableModel::Member});
    m_filter = TableBehaviour::filterField(table, this);
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(table), m_filter);
    auto* reset = new QAction(tr("&Reset Password…"), this);
    auto* toggle = new QAction(tr("&Disable / Enable"), this);
    auto* add = new QAction(tr("&New Account…"), this);
    connect(reset, &QAction::triggered, this, &AccountsDialog::resetPassword);
    connect(toggle, &QAction::triggered, this, &AccountsDialog::toggleDisabled);
    connect(add, &QAction::triggered, this, &AccountsDialog::newAccount);
    TableBehaviour::Options options;
    options.exportStem = tr("accounts");
    options.emptyText = tr("No accounts yet — click “New Account…” to add the first.");
    options.edit = reset;
    options.remove = toggle;
    options.more = {add};
    TableBehaviour::install(table, options);
    table->verticalHeader()->hide();
    m_ui->accountsTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_ui->disablePushButton, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->accountsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &AccountsDialog::updateButtons);
    reload();
    m_ui->accountsTableView->resizeColumnsToContents();
}

AccountsDialog::~AccountsDialog() = default;

QTableView* AccountsDialog::table() const
{
    return m_ui->accountsTableView;
}

QPushButton* AccountsDialog::newButton() const
{
    return m_ui->newPushButton;
}

QPushButton* AccountsDialog::resetButton() const
{
    return m_ui->resetPushButton;
}

QPushButton* AccountsDialog::disableButton() const
{
    return m_ui->disablePushButton;
}

const Account* AccountsDialog::current() const
{
    return m_model->rowAt(TableBehaviour::currentSourceRow(m_ui->accountsTableView));
}

qint64 AccountsDialog::selectedId() const
{
    const Account* a = current();
    return a ? a->id : 0;
}

bool AccountsDialog::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_ui->accountsTableView->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, AccountTableModel::Name));
    if (!index.isValid())
        return false; // filtered out
    m_ui->accountsTableView->setCurrentIndex(index);
    updateButtons();
    return true;
}

bool AccountsDialog::reload()
{
    const qint64 keep = selectedId();
    auto list = m_accounts.list();
    if (!list) {
        MessageBoxes::critical(this, windowTitle(), list.error().message);
        return false;
    }
    m_model->setAccounts(std::move(list).value());
    QAbstractItemModel* shown = m_ui->accountsTableView->model();
    if (!select(keep) && shown->rowCount() > 0)
        m_ui->accountsTableView->setCurrentIndex(shown->index(0, AccountTableModel::Name));
    updateButtons();
    return true;
}

void AccountsDialog::updateButtons()
{
    const Account* a = current();
    m_ui->resetPushButton->setEnabled(a != nullptr);
    m_ui->disablePushButton->setEnabled(a != nullptr);
    m_ui->disablePushButton->setText(a && a->disabled ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::newAccount()
{
    NewAccountDialog dialog(m_accounts, m_roster, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.accountId());
}

void AccountsDialog::resetPassword()
{
    const Account* a = current();
    if (!a)
        return;
    PasswordDialog dialog(m_accounts, *a, this);
    dialog.exec();
}

void AccountsDialog::toggleDisabled()
{
    const Account* a = current();
    if (!a)
        return;
    const bool disable = !a->disabled;
    if (disable && MessageBoxes::question(this, windowTitle(),
                                          tr("Disable the account %1? It can no longer log in; its "
                                             "records and audit entries stay.")
                                              .arg(a->name)) != QMessageBox::Yes)
        return;
    if (Status s = m_accounts.setDisabled(a->id, disable); !s) {
        MessageBoxes::critical(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace sl
