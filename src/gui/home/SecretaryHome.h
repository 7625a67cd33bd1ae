#pragma once

#include <QWidget>

namespace sl {

class HomeSection;
class HomeSessionModel;
class Ledger;
class MakeupLedgerModel;
class PlanDueModel;

// The secretary's 首页: what needs doing in the organisation of the account (everything in
// single-user mode), as of today (Clock): the next planned sessions, the held sessions still
// without attendance, the make-up study owed this year and the plan items due this month. Each
// list says what to do when it is empty; double-click (or Enter) opens the entry in its area.
class SecretaryHome : public QWidget
{
    Q_OBJECT

public:
    // The most rows a list shows (its title gives the total).
    static constexpr int rowLimit = 20;

    explicit SecretaryHome(Ledger& ledger, QWidget* parent = nullptr);

    HomeSessionModel* nextModel() const { return m_next; }
    HomeSessionModel* unrecordedModel() const { return m_unrecorded; }
    MakeupLedgerModel* makeupModel() const { return m_makeup; }
    PlanDueModel* planModel() const { return m_plan; }
    HomeSection* nextSection() const { return m_nextSection; }
    HomeSection* unrecordedSection() const { return m_unrecordedSection; }
    HomeSection* makeupSection() const { return m_makeupSection; }
    HomeSection* planSection() const { return m_planSection; }

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

    Ledger& m_ledger;
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
