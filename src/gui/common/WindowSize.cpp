#include "gui/common/WindowSize.h"

#include <QGuiApplication>
#include <QScreen>

namespace sl::ui {

QSize defaultWindowSize()
{
    QSize size(1280, 800);
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (screen && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(available - QSize(0, 48)); // room for the window frame
    }
    return size;
}

} // namespace sl::ui
