#include "gui/attendance/AttendanceView.h"

#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/ViewHeader.h"

#include <QTabWidget>
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
