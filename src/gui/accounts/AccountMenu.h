#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace sl {

class Ledger;
class RosterService;

// The 账号 menu of the main window and the account shown in its status bar: change one's
// password, manage the accounts (administrators), log out; in single-user mode, switch logging
// in on by creating the first administrator. What each action may do is decided again by the
// account service.
class AccountMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the menu to `menu` and the account label to the window's status bar.
    AccountMenu(QMenu* menu, QLabel* statusLabel, QWidget* window);

    // The ledger the actions work on (null: none); updates the actions and the label.
    void setLedger(Ledger* ledger, RosterService* roster);
    // Asked before the account changes (log out, switching logging in on), which builds the
    // areas again: false keeps the account and the areas as they are (unsaved edits kept).
    void setChangeGuard(std::function<bool()> mayChange) { m_mayChange = std::move(mayChange); }
    // "张伟（党员）", or 单用户模式.
    QString statusText() const;

    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* manageAction() const { return m_manage; }
    QAction* logOutAction() const { return m_logOut; }
    QAction* switchOnAction() const { return m_switchOn; }

public slots:
    void changePassword();
    void manageAccounts();
    // Logs out and asks for a log-in again; when that is cancelled, the window closes.
    void logOut();
    // Single-user mode: the first administrator (logging in is on from then).
    void switchOn();

signals:
    // The acting account changed (another log-in, the first administrator): the areas the
    // window shows must be built again.
    void accountChanged();

private:
    void update();

    QWidget* m_window;
    QLabel* m_status;
    Ledger* m_ledger = nullptr;
    RosterService* m_roster = nullptr;
    QString m_name;
    std::function<bool()> m_mayChange;
    QAction* m_changePassword;
    QAction* m_manage;
    QAction* m_logOut;
    QAction* m_switchOn;
};

} // namespace sl
