#pragma once

#include <QPixmap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sl {

class MainWindow;

// The --screenshot views of the accounts (ScreenshotRunner's helper): "login" (the log-in
// dialog with a name typed), "accounts" (the account management dialog) and "new-account" (a new
// account half typed: the first administrator of a single-user ledger).
namespace AccountScreenshots {

QStringList views();
// The dialog of `view` over `window`, grabbed; nullopt for a view that is not one of these.
std::optional<QPixmap> grab(MainWindow& window, const QString& view);

} // namespace AccountScreenshots

} // namespace sl
