#pragma once

class QWidget;

namespace sl {

// Whether `view` (an area's view) holds edits that are not saved yet: an attendance sheet, a
// rubric or a session being edited. Checked before the views are rebuilt (a switch of the
// interface language), which would drop such edits.
bool hasPendingEdits(const QWidget* view);

} // namespace sl
