#include "gui/common/PendingChanges.h"

#include "gui/common/MessageBoxes.h"

#include <QCoreApplication>

namespace sl::pendingchanges {

bool settle(QWidget* parent, const std::vector<PendingChanges*>& pending)
{
    for (PendingChanges* p : pending) {
        if (!p || !p->hasPendingChanges())
            continue;
        const auto answer = MessageBoxes::askToSave(
            parent, QCoreApplication::translate("sl::PendingChanges", "Unsaved changes"),
            p->pendingChangesQuestion());
        if (answer == QMessageBox::Save) {
            if (!p->savePendingChanges())
                return false;
        } else if (answer == QMessageBox::Discard) {
            p->discardPendingChanges();
        } else {
            return false;
        }
    }
    return true;
}

} // namespace sl::pendingchanges
