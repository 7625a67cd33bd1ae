#pragma once

class QWidget;

namespace sl::ui {

// The quiet look of UX.md: Qt's Fusion style with the system palette, and a CJK sans UI font
// (Noto Sans CJK SC, 10 pt) where installed.
void applyAppearance();

// Secondary text (captions, hints, empty states): the window text mixed halfway towards the
// window colour, readable where a disabled label's grey is not.
void makeQuiet(QWidget* label);

} // namespace sl::ui
