#pragma once

class QSettings;
class QWidget;

namespace sl::splitterstate {

// Saves the state of every splitter inside `view` in the settings, under the view's object name
// and the splitter's (or, unnamed, its place among the view's splitters, which the view's
// constructor fixes): "splitters/sessionsView/0".
void save(QSettings& settings, const QWidget* view);
// Puts back what save() kept for the view's splitters (a splitter with nothing saved keeps its
// sizes).
void restore(const QSettings& settings, QWidget* view);

} // namespace sl::splitterstate
