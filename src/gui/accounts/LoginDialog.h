#pragma once

#include "domain/Account.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace sl {

class AccountService;

namespace Ui {
class LoginDialog;
}

// 登录: the account name and password of a ledger that has accounts. OK asks the account
// service; a refusal (wrong name or password, a disabled account, the delay after failures)
// shows its message in the dialog, empties the password and keeps the dialog open. The password
// is never kept after the attempt.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(AccountService& accounts, const QString& databasePath, const QString& name = {},
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The account logged in (after Accepted).
    const Account& account() const { return m_account; }

    QLineEdit* nameEdit() const;
    QLineEdit* passwordEdit() const;
    QString errorText() const;

    // Logs in with what is typed: true (and accepts) on success.
    bool attempt();

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    AccountService& m_accounts;
    Account m_account;
};

// Logs in to `ledger` when it has accounts, with the login dialog (`name` filled in). True when
// the ledger has no accounts or the login succeeded; false when the user cancelled or the
// accounts cannot be read (said in a message box).
bool signIn(class Ledger& ledger, QWidget* parent, const QString& name = {});

} // namespace sl
