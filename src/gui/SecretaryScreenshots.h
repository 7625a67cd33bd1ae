#pragma once

#include <QPixmap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sl {

class MainWindow;

// The staging of the secretary areas' --screenshot views (ScreenshotRunner's only helper): it
// picks believable records of the open ledger and puts the views into the state worth showing.
namespace SecretaryScreenshots {

// The views: "plan", "sessions", "session-editor", "series", "attendance", "makeup", "registers",
// "settings".
QStringList views();
// The sidebar area a view shows.
QString areaOf(const QString& view);
// Prepares `view` of `window` (which shows the area) and grabs it: the plan of the first group
// with items, the editor of a held session, the sheet of the latest held session with
// attendance. nullopt for a view that is not one of these.
std::optional<QPixmap> grab(MainWindow& window, const QString& view);

} // namespace SecretaryScreenshots

} // namespace sl
