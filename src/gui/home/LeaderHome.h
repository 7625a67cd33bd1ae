#pragma once

#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <QWidget>

#include <array>
#include <vector>

class QGridLayout;
class QLabel;

namespace sl {

class Ledger;
class LedgerJob;
class RosterService;
struct ScopeAssessment;

// The figures of the leader's 首页 for an organisation and a year (METRICS.md): members
// (members.total), sessions held, the participation rate, the members meeting the year's hours
// target and the count of each grade.
struct HomeSummary
{
    QString scopeName;
    bool groupScope = false; // a study group (else an organisation with its descendants)
    int year = 0;
    int members = 0;
    qint64 sessionsHeld = 0;
    int expected = 0;
    int attended = 0;
    int meetingHours = 0;
    std::array<int, 4> grades{}; // 优秀, 合格, 基本合格, 不合格

    // attended / expected; 0 when nothing was expected.
    double participationRate() const { return expected ? double(attended) / expected : 0.0; }
    // The figures of an assessment of the scope (its rows and its rubric).
    static HomeSummary of(const ScopeAssessment& assessment, qint64 sessionsHeld);
};

// The leader's 首页: the dashboard's summary of the window's scope and year (setScope; until
// then the account's organisation, in single-user mode the first root organisation, and this
// year), computed on a worker thread (LedgerJob) with the
// assessment of the scope, and a link to the dashboard. Nothing is computed until the home is
// shown (or reload() is called).
class LeaderHome : public QWidget
{
    Q_OBJECT

public:
    LeaderHome(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);

    // The figure shown for a summary item ("members", "sessions", "participation", "hours",
    // "grades"); empty while computing.
    QString figureText(const QString& item) const;
    QString statusText() const;
    // Whether the summary is being computed.
    bool isComputing() const;

    // The window's scope and year (the tool bar): an organisation with its descendants or a
    // study group. Computed again now if shown, else when shown next.
    void setScope(const ScopeRef& scope, int year);

public slots:
    // Computes the summary again (the previous computation is cancelled).
    void reload();

signals:
    void areaRequested(const QString& id);

protected:
    // The figures are computed when the home is first shown (not for a home never opened).
    void showEvent(QShowEvent* event) override;

private:
    struct Figure
    {
        QString item;
        QLabel* value;
        QLabel* detail;
    };
    void show(const Result<HomeSummary>& summary);
    void addFigure(QGridLayout* grid, const QString& item, const QString& title, int row,
                   int column, int span = 1);
    qint64 rootOrgId() const;
    // The scope summed up: the window's, else the account's organisation (single-user mode:
    // the first root); not valid when there is no organisation yet.
    ScopeRef scope() const;
    int year() const;

    Ledger& m_ledger;
    RosterService& m_roster;
    LedgerJob* m_job;
    QLabel* m_status;
    std::vector<Figure> m_figures;
    bool m_started = false;
    ScopeRef m_scope;
    int m_year = 0;
};

} // namespace sl
