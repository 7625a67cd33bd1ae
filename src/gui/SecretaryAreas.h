#pragma once

#include <QObject>
#include <QPixmap>
#include <QString>

#include <optional>
#include <tuple>
#include <vector>

class QAction;
class QUndoStack;
class QWidget;

namespace sl {

class AttendanceView;
class Ledger;
class MainWindow;
class PlanView;
class RegistersView;
class RosterService;
class SessionsView;

// The secretary's areas (学习计划, 学习活动, 考勤与补学, 登记簿) and how they lead to each other:
// a plan item to a new session, a held session to its attendance sheet.
class SecretaryAreas : public QObject
{
    Q_OBJECT

public:
    static const QString planArea;
    static const QString sessionsArea;
    static const QString attendanceArea;
    static const QString registersArea;

    // The views are children of `viewParent`; this object is a child of `parent`.
    SecretaryAreas(Ledger& ledger, RosterService& roster, QWidget* viewParent,
                   QObject* parent = nullptr);

    // (id, label, view) in sidebar order; the views are children of the parent given.
    std::vector<std::tuple<QString, QString, QWidget*>> views() const;
    bool has(const QString& id) const;
    QList<QAction*> editActions(const QString& id) const;
    // The undo stack of area `id` (null: it has none).
    QUndoStack* undoStack(const QString& id) const;

    PlanView* planView() const { return m_plan; }
    SessionsView* sessionsView() const { return m_sessions; }
    AttendanceView* attendanceView() const { return m_attendance; }
    RegistersView* registersView() const { return m_registers; }

public slots:
    // Shows a session in 学习活动 (its group and year, selected) and opens its editor.
    void openSession(qint64 sessionId);
    // Shows the attendance sheet of a held session.
    void openAttendance(qint64 sessionId);
    // Shows the make-up ledger.
    void openMakeupLedger();
    // Shows the plan of a group for a year.
    void openPlan(qint64 groupId, int year);

signals:
    void areaRequested(const QString& id);

private:
    Ledger& m_ledger;
    PlanView* m_plan;
    SessionsView* m_sessions;
    AttendanceView* m_attendance;
    RegistersView* m_registers;
};

} // namespace sl
