#include "gui/attendance/AttendanceView.h"

#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/ViewHeader.h"
#include "gui/sessions/SpeechesPanel.h"

#include <QApplication>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

AttendanceView::AttendanceView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_sheet(new AttendanceSheetView(ledger, roster, this)),
      m_makeup(new MakeupLedgerView(ledger, roster, this)), m_tabs(new QTabWidget(this))
{
    m_tabs->addTab(m_sheet, tr("Attendance &sheet"));
    m_tabs->addTab(m_makeup, tr("&Make-up ledger"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ViewHeader(tr("Attendance and Make-up Study"), this));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AttendanceView::activateStack);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now))
            activateStack();
    });
}

QUndoStack* AttendanceView::undoStack() const
{
    if (m_tabs->currentWidget() == m_makeup)
        return m_makeup->undoStack();
    const QWidget* focus = QApplication::focusWidget();
    if (focus && m_sheet->speeches()->isAncestorOf(focus))
        return m_sheet->speeches()->undoStack();
    return m_sheet->undoStack();
}

QList<QUndoStack*> AttendanceView::undoStacks() const
{
    return {m_sheet->undoStack(), m_sheet->speeches()->undoStack(), m_makeup->undoStack()};
}

void AttendanceView::activateStack()
{
    if (isVisible())
        undoStack()->setActive(true);
}

QList<QAction*> AttendanceView::editActions() const
{
    return m_sheet->editActions();
}

bool AttendanceView::openSession(qint64 sessionId)
{
    m_tabs->setCurrentWidget(m_sheet);
    return m_sheet->openSession(sessionId);
}

} // namespace sl
