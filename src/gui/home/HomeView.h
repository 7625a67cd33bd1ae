#pragma once

#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace sl {

class LeaderHome;
class Ledger;
class MemberContext;
class MemberHome;
class RosterService;
class SecretaryHome;
class WorkingScope;

// 首页, per role (UX.md): a member sees their year, the make-up study they owe and their next
// sessions (MemberHome); a secretary (and an administrator) what needs doing (SecretaryHome); a
// leader the dashboard's summary (LeaderHome). Single-user mode shows the secretary's home with
// a switch "View as" that opens the member's and the leader's. Entries open in their areas
// through the signals (AreaViews wires them).
class HomeView : public QWidget
{
    Q_OBJECT

public:
    enum class Role
    {
        Secretary,
        Member,
        Leader
    };

    HomeView(Ledger& ledger, RosterService& roster, MemberContext& context,
             QWidget* parent = nullptr);

    Role role() const { return m_role; }
    // Shows the home of `role`; false when the account may not see it (only single-user mode
    // switches).
    bool showRole(Role role);
    // For the screenshots: shows the home of "home", "home-member" or "home-leader" and waits
    // (at most `timeoutMs`) until its figures are computed; false for another name or a home
    // the account does not have.
    bool stageScreenshot(const QString& view, int timeoutMs = 60000);
    // The secretary's and the leader's homes follow the window's scope and year (the member's
    // follows the year through the MemberContext).
    void follow(WorkingScope& working);
    // The switch (single-user mode only; null otherwise).
    QComboBox* roleCombo() const { return m_roleCombo; }

    // The homes built for the account (null: not for this account).
    SecretaryHome* secretaryHome() const { return m_secretary; }
    MemberHome* memberHome() const { return m_member; }
    LeaderHome* leaderHome() const { return m_leader; }

signals:
    void areaRequested(const QString& id);
    void sessionRequested(qint64 sessionId);
    void attendanceRequested(qint64 sessionId);
    void makeupRequested();
    void planRequested(qint64 groupId, int year);

private:
    QWidget* page(Role role) const;

    Role m_role = Role::Secretary;
    QComboBox* m_roleCombo = nullptr;
    QStackedWidget* m_stack;
    SecretaryHome* m_secretary = nullptr;
    MemberHome* m_member = nullptr;
    LeaderHome* m_leader = nullptr;
};

} // namespace sl
