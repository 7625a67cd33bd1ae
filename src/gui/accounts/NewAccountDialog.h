#pragma once

#include "domain/Account.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace sl {

class AccountService;
class RosterService;

namespace Ui {
class NewAccountDialog;
}

// 新建账号: name, role, the member a member account stands for, the organisation whose subtree
// a secretary or leader works in, and the password twice. The fields a role does not use are
// disabled; what is missing or wrong is named as typed; Save asks the account service and shows
// its refusal (a taken name, an unknown member) in the dialog. `firstAdmin`: the first account
// of a single-user ledger, which must be an administrator and switches logging in on.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(AccountService& accounts, RosterService& roster, bool firstAdmin,
                     QWidget* parent = nullptr);
    ~NewAccountDialog() override;

    // The id of the account created (after Accepted).
    qint64 accountId() const { return m_accountId; }

    QLineEdit* nameEdit() const;
    QComboBox* roleCombo() const;
    QLineEdit* memberEdit() const;
    QComboBox* orgCombo() const;
    QLineEdit* passwordEdit() const;
    QLineEdit* repeatEdit() const;
    QPushButton* saveButton() const { return m_save; }
    QString errorText() const;

    bool save();

private:
    void validate();
    AccountRole role() const;

    std::unique_ptr<Ui::NewAccountDialog> m_ui;
    AccountService& m_accounts;
    RosterService& m_roster;
    QPushButton* m_save = nullptr;
    qint64 m_memberId = 0;
    qint64 m_accountId = 0;
};

} // namespace sl
