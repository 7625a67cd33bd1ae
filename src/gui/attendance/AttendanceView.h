#pragma once

#include <QWidget>

class QAction;
class QTabWidget;

namespace sl {

class AttendanceSheetView;
class Ledger;
class MakeupLedgerView;
class RosterService;

// 考勤与补学: the attendance sheet of a held session (with its speeches) and the make-up ledger,
// as two tabs.
class AttendanceView : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);

    AttendanceSheetView* sheet() const { return m_sheet; }
    MakeupLedgerView* makeupLedger() const { return m_makeup; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<QAction*> editActions() const;
    // Shows the sheet of a held session.
    bool openSession(qint64 sessionId);

private:
    AttendanceSheetView* m_sheet;
    MakeupLedgerView* m_makeup;
    QTabWidget* m_tabs;
};

} // namespace sl
