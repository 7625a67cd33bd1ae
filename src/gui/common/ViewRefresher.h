#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sl {

class LedgerEvents;

// How a view follows the ledger: the view connects the LedgerEvents signals it cares about to
// touch(); after the commit (LedgerEvents::committed) the view reloads at once if it is on screen
// or its window is not shown at all, and otherwise (a hidden page of the main window) marks
// itself stale and reloads when it is shown next — only then, and only if something changed.
class ViewRefresher : public QObject
{
    Q_OBJECT

public:
    ViewRefresher(LedgerEvents& events, QWidget* view, std::function<void()> reload);

    // A change that matters to the view (reloaded after the commit's signals).
    void touch() { m_touched = true; }
    // Something outside the ledger changed what the view shows (the window's scope or year):
    // reloads now if the view is on screen (or its window is not shown at all), else when the
    // view is shown next — a hidden area does not compute figures nobody sees.
    void reloadWhenShown();
    // For the views of one member's year (my year, the archive): the member's records, the
    // attendance and the sessions they come from, the roster, the targets and the assessment.
    void followMember(std::function<qint64()> memberId);
    bool isStale() const { return m_stale; }
    // Something outside the ledger changed what the view shows (the member chosen): reload when
    // the view is shown next.
    void markStale() { m_stale = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void committed();

    LedgerEvents& m_events;
    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_touched = false;
    bool m_stale = false;
};

} // namespace sl
