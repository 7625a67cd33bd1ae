#pragma once

namespace sl::ui {

// The quiet look of UX.md: Qt's Fusion style with the system palette, and a CJK sans UI font
// (Noto Sans CJK SC, 10 pt) where installed.
void applyAppearance();

} // namespace sl::ui
