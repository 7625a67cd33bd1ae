#pragma once

namespace sl {

class DashboardView;
class Ledger;

// What `studyledger --screenshot FILE --view dashboard` shows: the latest year with held
// sessions (this year or one of the five before), computed to the end, and the drill-down of
// its busiest month.
namespace dashboardscreenshot {

// The latest year with held sessions: this year or one of the five before; this year when none.
int latestHeldYear(Ledger& ledger);
// Waits (processing events) until the view's work has finished; false after `timeoutMs`.
bool waitUntilIdle(DashboardView* view, int timeoutMs);
// Chooses `year` (latestHeldYear's, looked up once by the caller), waits for the dashboard and
// drills into the busiest month.
bool prepare(DashboardView* view, int year, int timeoutMs);

} // namespace dashboardscreenshot
} // namespace sl
