#pragma once

#include <QSize>

namespace sl::ui {

// The first size of the main window: 1280 × 800, but never larger than the screen's free area
// (a 1366 × 768 laptop less its panels), so that the title bar and the status bar stay on
// screen. The offscreen platform of the tests and screenshots (a nominal 800 × 600 screen)
// keeps 1280 × 800.
QSize defaultWindowSize();

} // namespace sl::ui
