#include "gui/accounts/AccountScreenshots.h"

#include "gui/MainWindow.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/accounts/NewAccountDialog.h"

#include "services/AccountService.h"

#include <QApplication>
#include <QLineEdit>

namespace sl {

namespace {

QPixmap grabDialog(QDialog& dialog)
{
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return dialog.grab();
}

} // namespace

QStringList AccountScreenshots::views()
{
    return {QStringLiteral("login"), QStringLiteral("accounts"), QStringLiteral("new-account")};
}

std::optional<QPixmap> AccountScreenshots::grab(MainWindow& window, const QString& view)
{
    AccountService accounts(window.ledger());
    if (view == QLatin1String("login")) {
        auto current = accounts.current();
        const QString name = current && *current ? (*current)->name : QStringLiteral("zhangwei");
        LoginDialog dialog(accounts, window.ledger().path(), name, &window);
        dialog.passwordEdit()->setText(QStringLiteral("••••••••"));
        return grabDialog(dialog);
    }
    if (view == QLatin1String("accounts")) {
        AccountsDialog dialog(accounts, window.roster(), &window);
        return grabDialog(dialog);
    }
    if (view == QLatin1String("new-account")) {
        auto has = accounts.hasAccounts();
        NewAccountDialog dialog(accounts, window.roster(), has && !*has, &window);
        dialog.nameEdit()->setText(QStringLiteral("wangwei"));
        dialog.passwordEdit()->setText(QStringLiteral("short"));
        return grabDialog(dialog);
    }
    return std::nullopt;
}

} // namespace sl
