#include "gui/PendingEdits.h"

#include "gui/attendance/AttendanceSheetView.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/settings/RubricPage.h"

#include <QWidget>

namespace sl {

namespace {

template <class Editor> bool anyModified(const QWidget* view)
{
    if (const auto* self = qobject_cast<const Editor*>(view); self && self->isModified())
        return true;
    for (const Editor* editor : view->findChildren<const Editor*>()) {
        if (editor->isModified())
            return true;
    }
    return false;
}

} // namespace

bool hasPendingEdits(const QWidget* view)
{
    return view && (anyModified<AttendanceSheetView>(view) || anyModified<RubricPage>(view) ||
                    anyModified<SessionEditor>(view));
}

} // namespace sl
