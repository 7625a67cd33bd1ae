#include "gui/common/ViewRefresher.h"

#include "services/LedgerEvents.h"

#include <QEvent>
#include <QWidget>

namespace sl {

ViewRefresher::ViewRefresher(LedgerEvents& events, QWidget* view, std::function<void()> reload)
    : QObject(view), m_events(events), m_view(view), m_reload(std::move(reload))
{
    connect(&events, &LedgerEvents::committed, this, &ViewRefresher::committed);
    view->installEventFilter(this);
}

void ViewRefresher::followMember(std::function<qint64()> memberId)
{
    connect(&m_events, &LedgerEvents::memberRecordsChanged, this,
            [this, memberId](qint64 member, LedgerChanges::Record) {
                if (member == 0 || member == memberId())
                    touch();
            });
    connect(&m_events, &LedgerEvents::rosterChanged, this, &ViewRefresher::touch);
    connect(&m_events, &LedgerEvents::attendanceChanged, this, &ViewRefresher::touch);
    connect(&m_events, &LedgerEvents::sessionsChanged, this, &ViewRefresher::touch);
    connect(&m_events, &LedgerEvents::settingsChanged, this, &ViewRefresher::touch);
    connect(&m_events, &LedgerEvents::assessmentChanged, this, &ViewRefresher::touch);
}

void ViewRefresher::committed()
{
    if (!m_touched)
        return;
    m_touched = false;
    reloadWhenShown();
}

void ViewRefresher::reloadWhenShown()
{
    // A page the window hides waits until it is shown; a view whose window is not on screen at
    // all (being built, or in a test) keeps up at once.
    if (!m_view->isVisible() && m_view->window()->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_reload();
}

bool ViewRefresher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sl
