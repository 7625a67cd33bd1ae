#pragma once

#include <QObject>
#include <QPixmap>
#include <QString>

#include <optional>
#include <utility>
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
// a plan item to a new session, a held session to its attendance sheet. Each view is built when
// it is first asked for (viewBuilt).
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

    // (id, label) in sidebar order.
    std::vector<std::pair<QString, QString>> areas() const;
    bool has(const QString& id) const;
    // The view of area `id`, built now if it is not yet (a child of the parent given).
    QWidget* view(const QString& id);
    bool isBuilt(const QString& id) const;
    // None until the area is built.
    QList<QAction*> editActions(const QString& id) const;
    // The undo stack of area `id` (null: it has none, or it is not built yet).
    QUndoStack* undoStack(const QString& id) const;

    // The views, each built on demand.
    PlanView* planView();
    SessionsView* sessionsView();
    AttendanceView* attendanceView();
    RegistersView* registersView();

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
    // The view of area `id` has just been built.
    void viewBuilt(const QString& id, QWidget* view);

private:
    Ledger& m_ledger;
    RosterService& m_roster;
    QWidget* m_viewParent;
    PlanView* m_plan = nullptr;
    SessionsView* m_sessions = nullptr;
    AttendanceView* m_attendance = nullptr;
    RegistersView* m_registers = nullptr;
};

} // namespace sl
