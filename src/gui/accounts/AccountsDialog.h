#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;
class QTableView;

namespace sl {

class AccountService;
struct Account;
class AccountTableModel;
class RosterService;

namespace Ui {
class AccountsDialog;
}

// 账号管理 (administrators): the accounts of the ledger; a new account, a password reset, and
// disabling or enabling an account (accounts are never deleted: the audit trail names them).
// Every change goes through the account service, which checks the role again and writes the
// audit entry; a refusal is shown in a message box and changes nothing.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AccountService& accounts, RosterService& roster, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    QTableView* table() const;
    QLineEdit* filterField() const { return m_filter; }
    AccountTableModel* model() const { return m_model; }
    QPushButton* newButton() const;
    QPushButton* resetButton() const;
    QPushButton* disableButton() const;

    // Reads the accounts again, keeping the selected one; false (said) on failure.
    bool reload();
    void newAccount();
    void resetPassword();
    // Disables the selected account, or enables it when it is disabled.
    void toggleDisabled();
    // Selects the account with this id (false when it is not shown).
    bool select(qint64 id);
    // The account of the current row, 0 when none.
    qint64 selectedId() const;

private:
    // The account of the current row (through the sort and filter), null when none.
    const Account* current() const;
    void updateButtons();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountService& m_accounts;
    RosterService& m_roster;
    AccountTableModel* m_model;
    QLineEdit* m_filter = nullptr;
};

} // namespace sl
