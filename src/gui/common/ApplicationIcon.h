#pragma once

#include <QIcon>
#include <QList>

namespace sl::ui {

// The sizes of the application icon's PNGs (resources/icons, rendered from its SVG by
// scripts/render-icons.sh), compiled into the program under :/icons.
QList<int> applicationIconSizes();

// The application icon of every window (QApplication::setWindowIcon) and of Help › About: a
// red ledger book with a gold star, one pixmap per size so that no size is scaled blurry.
QIcon applicationIcon();

} // namespace sl::ui
