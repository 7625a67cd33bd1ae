#pragma once

#include "domain/Result.h"
#include "domain/SessionRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace sl {

class Ledger;

// Which sessions `calendar` writes: one group or an organisation with its descendants, a year
// (0: every year), and whether cancelled sessions are written (with STATUS:CANCELLED).
struct CalendarScope
{
    QString groupRef; // FORMATS.md ID of a study group
    QString orgRef;   // FORMATS.md ID of an organisation
    int year = 0;
    bool includeCancelled = false;
};

// Sessions as an iCalendar file (RFC 5545): one VEVENT per session with the stable UID
// "<session number>@studyledger", DTSTART/DTEND in local time of China with
// TZID=Asia/Shanghai (a VTIMEZONE of +08:00 is included; a session without a start time is an
// all-day event), SUMMARY "形式：主题", LOCATION, DESCRIPTION (speaker, host, recorder, "three
// musts" trigger, group) and STATUS: CONFIRMED for planned and held sessions, CANCELLED for
// cancelled ones. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
// character; TEXT values escape \ ; , and line breaks.
class CalendarWriter
{
public:
    static constexpr const char* timeZone = "Asia/Shanghai";

    // The whole calendar as UTF-8 bytes. `stamp` is the DTSTAMP of every event (UTC).
    static QByteArray toBytes(const std::vector<SessionRow>& sessions, const QDateTime& stamp,
                              const QString& calendarName = QString());

    // Writes the sessions of the scope to `path` (atomically). Returns the number of events.
    static Result<int> writeFile(Ledger& ledger, const CalendarScope& scope, const QString& path,
                                 const QDateTime& stamp = QDateTime::currentDateTimeUtc());

    // RFC 5545 3.3.11 TEXT escaping: \ → \\, ; → \;, , → \, and a line break → \n.
    static QString escapeText(const QString& text);
    // One content line folded at 75 octets (RFC 5545 3.1), each physical line ending in CRLF.
    static QByteArray foldLine(const QByteArray& line);
};

} // namespace sl
