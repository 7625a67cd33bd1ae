#pragma once

#include "domain/ScopeRef.h"

#include <QWidget>

namespace sl {

class HomeSection;
class HomeSessionModel;
class Ledger;
class MakeupLedgerModel;
class PlanDueModel;
class ViewRefresher;

// The secretary's 首页: what needs doing in the window's scope (setScope: an organisation with
// its descendants or a study group; until then the account's organisation, everything in
// single-user mode): the next planned sessions from today, the held sessions of the last twelve
// months still without attendance, the make-up study owed in the window's year and the plan
// items due this month. Each list says what to do when it is empty; double-click (or Enter)
// opens the entry in its area.
class SecretaryHome : public QWidget
{
    Q_OBJECT

public:
    // The most rows a list shows (its title gives the total).
    static constexpr int rowLimit = 20;

    // When the lists are first read: at once, or when the home is first shown (the window's
    // home, which is given the working scope before it shows: read once, for that scope).
    enum class FirstLoad
    {
        Now,
        WhenShown
    };

    explicit SecretaryHome(Ledger& ledger, QWidget* parent = nullptr,
                           FirstLoad first = FirstLoad::Now);

    HomeSessionModel* nextModel() const { return m_next; }
    HomeSessionModel* unrecordedModel() const { return m_unrecorded; }
    MakeupLedgerModel* makeupModel() const { return m_makeup; }
    PlanDueModel* planModel() const { return m_plan; }
    HomeSection* nextSection() const { return m_nextSection; }
    HomeSection* unrecordedSection() const { return m_unrecordedSection; }
    HomeSection* makeupSection() const { return m_makeupSection; }
    HomeSection* planSection() const { return m_planSection; }

    // How many times the lists were read (the window reads them once as it opens).
    int loads() const { return m_loads; }

    // The window's scope and year (the tool bar); reloads now if shown (or the window is not
    // shown at all), else when shown next (ViewRefresher::reloadWhenShown).
    void setScope(const ScopeRef& scope, int year);

public slots:
    void reload();

signals:
    void sessionRequested(qint64 sessionId);
    void attendanceRequested(qint64 sessionId);
    void makeupRequested();
    void planRequested(qint64 groupId, int year);

private:
    void loadSessions();
    void loadMakeup();
    void loadPlan();
    // The organisation subtree the lists cover (the scope's, else the account's; 0: all) and
    // the group when the scope is one.
    qint64 rootOrgId() const;
    qint64 groupId() const { return m_scope.isValid() && m_scope.isGroup() ? m_scope.id : 0; }
    int year() const;

    Ledger& m_ledger;
    ScopeRef m_scope;
    int m_year = 0;
    int m_loads = 0;
    ViewRefresher* m_refresher = nullptr;
    HomeSessionModel* m_next;
    HomeSessionModel* m_unrecorded;
    MakeupLedgerModel* m_makeup;
    PlanDueModel* m_plan;
    HomeSection* m_nextSection;
    HomeSection* m_unrecordedSection;
    HomeSection* m_makeupSection;
    HomeSection* m_planSection;
};

} // namespace sl
