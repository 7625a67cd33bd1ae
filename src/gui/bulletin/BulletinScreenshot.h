#pragma once

namespace sl {

class BulletinView;

// What `studyledger --screenshot FILE --view bulletin` shows: the annual bulletin of the latest
// year with held sessions, read and rendered to the end.
namespace bulletinscreenshot {

// Chooses `year` (the latest with held sessions: dashboardscreenshot::latestHeldYear) and waits
// (processing events) until the preview is rendered; false after `timeoutMs`.
bool prepare(BulletinView* view, int year, int timeoutMs);

} // namespace bulletinscreenshot
} // namespace sl
