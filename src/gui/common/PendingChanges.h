#pragma once

#include <QString>

#include <vector>

class QWidget;

namespace sl {

// A view or editor that holds edits not yet written to the ledger (the attendance sheet, the
// rubric and targets of a year). MainWindow asks the built areas before it quits, closes,
// opens or creates another database, or leaves an area, so that nothing is dropped silently.
class PendingChanges
{
public:
    virtual ~PendingChanges() = default;

    virtual bool hasPendingChanges() const = 0;
    // Writes the edits; false (after telling the user why) when they are refused.
    virtual bool savePendingChanges() = 0;
    // Throws the edits away: the view shows the ledger again.
    virtual void discardPendingChanges() = 0;
    // The question, naming what holds the edits ("The attendance sheet of … has unsaved
    // changes. Save them?").
    virtual QString pendingChangesQuestion() const = 0;
};

namespace pendingchanges {

// Asks about each of `pending` that has changes: 保存 / 不保存 / 取消, Save the default (Enter
// never throws an edit away). True when the caller may go on: every one saved or discarded as
// answered; false on Cancel or when a save is refused (the edits stay).
bool settle(QWidget* parent, const std::vector<PendingChanges*>& pending);

} // namespace pendingchanges

} // namespace sl
