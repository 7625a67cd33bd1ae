#pragma once

#include "domain/Account.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace sl {

class AccountService;

namespace Ui {
class PasswordDialog;
}

// 修改密码 / 重置密码: the logged-in account changes its own password (giving the current one),
// or an administrator sets another account's. The new password is checked as typed (its length,
// the repetition), naming the field; Save asks the account service and shows its refusal in the
// dialog. The passwords are emptied when the dialog closes.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `target`: the account whose password an administrator resets; none: one's own.
    PasswordDialog(AccountService& accounts, std::optional<Account> target,
                   QWidget* parent = nullptr);
    ~PasswordDialog() override;

    QLineEdit* currentEdit() const;
    QLineEdit* newEdit() const;
    QLineEdit* repeatEdit() const;
    QPushButton* saveButton() const { return m_save; }
    QString errorText() const;

    // Saves what is typed: true (and accepts) when the service took it.
    bool save();

private:
    void validate();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    AccountService& m_accounts;
    std::optional<Account> m_target;
    QPushButton* m_save = nullptr;
};

} // namespace sl
