#pragma once

namespace sl {

class BulletinView;
class Ledger;

// What `studyledger --screenshot FILE --view bulletin` shows: the annual bulletin of the latest
// year with held sessions, read and rendered to the end.
namespace bulletinscreenshot {

// Chooses the year and waits (processing events) until the preview is rendered; false after
// `timeoutMs`.
bool prepare(BulletinView* view, Ledger& ledger, int timeoutMs);

} // namespace bulletinscreenshot
} // namespace sl
