#include "gui/accounts/AccountMenu.h"

#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/accounts/NewAccountDialog.h"
#include "gui/accounts/PasswordDialog.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/AccountService.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>

namespace sl {

AccountMenu::AccountMenu(QMenu* menu, QLabel* statusLabel, QWidget* window)
    : QObject(window), m_window(window), m_status(statusLabel)
{
    m_changePassword = menu->addAction(tr("&Change Password…"), this, &AccountMenu::changePassword);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    m_manage = menu->addAction(tr("&Accounts…"), this, &AccountMenu::manageAccounts);
    m_manage->setObjectName(QStringLiteral("manageAccountsAction"));
    m_switchOn = menu->addAction(tr("&Switch On Logging In…"), this, &AccountMenu::switchOn);
    m_switchOn->setObjectName(QStringLiteral("switchOnLoginAction"));
    menu->addSeparator();
    m_logOut = menu->addAction(tr("&Log Out"), this, &AccountMenu::logOut);
    m_logOut->setObjectName(QStringLiteral("logOutAction"));
    m_status->setObjectName(QStringLiteral("accountLabel"));
}

void AccountMenu::setLedger(Ledger* ledger, RosterService* roster)
{
    m_ledger = ledger;
    m_roster = roster;
    update();
}

QString AccountMenu::statusText() const
{
    return m_status->text();
}

void AccountMenu::update()
{
    m_name.clear();
    std::optional<Account> current;
    if (m_ledger) {
        auto account = AccountService(*m_ledger).current();
        if (account && *account)
            current = **account;
    }
    const bool single = !current;
    const bool admin = current && current->role == AccountRole::Admin;
    m_changePassword->setVisible(!single);
    m_logOut->setVisible(!single);
    m_manage->setVisible(admin);
    m_switchOn->setVisible(single && m_ledger);
    if (single) {
        m_status->setText(tr("Single-user mode"));
        m_status->setToolTip(tr("This ledger has no accounts: everything is allowed. "
                                "Account › Switch On Logging In creates the first administrator."));
    } else {
        m_name = current->name;
        m_status->setText(tr("%1 (%2)").arg(current->name, ui::label(current->role)));
        m_status->setToolTip(
            current->orgName.isEmpty() ? QString() : tr("Organisation: %1").arg(current->orgName));
    }
}

void AccountMenu::changePassword()
{
    if (!m_ledger)
        return;
    AccountService accounts(*m_ledger);
    PasswordDialog dialog(accounts, std::nullopt, m_window);
    if (dialog.exec() == QDialog::Accepted)
        MessageBoxes::information(m_window, dialog.windowTitle(), tr("Your password is changed."));
}

void AccountMenu::manageAccounts()
{
    if (!m_ledger || !m_roster)
        return;
    AccountService accounts(*m_ledger);
    AccountsDialog dialog(accounts, *m_roster, m_window);
    dialog.exec();
    update();
}

void AccountMenu::logOut()
{
    if (!m_ledger || (m_mayChange && !m_mayChange()))
        return;
    const QString name = m_name;
    AccountService(*m_ledger).logout();
    // Nothing of the previous account stays on the screen while nobody is logged in.
    // The log-in dialog is then the only window: closing it must not end the program.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    const bool in = signIn(*m_ledger, nullptr, name);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!in) {
        m_window->close(); // nobody logged in: no areas to build again
        return;
    }
    update();
    emit accountChanged();
    m_window->show();
}

void AccountMenu::switchOn()
{
    if (!m_ledger || !m_roster || (m_mayChange && !m_mayChange()))
        return;
    AccountService accounts(*m_ledger);
    NewAccountDialog dialog(accounts, *m_roster, true, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    update();
    emit accountChanged();
    MessageBoxes::information(
        m_window, dialog.windowTitle(),
        tr("Logging in is on. You are logged in as the administrator %1.").arg(m_name));
}

} // namespace sl
