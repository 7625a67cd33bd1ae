#include "CalendarWriter.h"

#include "domain/Period.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include "files/OutputFile.h"

namespace sl {

namespace {

QString localStamp(const Date& date, const QTime& time)
{
    return QString::asprintf("%04d%02d%02dT%02d%02d%02d", int(date.year()), int(date.month()),
                             int(date.day()), time.hour(), time.minute(), time.second());
}

QString dateStamp(const Date& date)
{
    return QString::asprintf("%04d%02d%02d", int(date.year()), int(date.month()), int(date.day()));
}

class Lines
{
public:
    void add(const QString& line) { m_bytes += CalendarWriter::foldLine(line.toUtf8()); }
    void text(const char* name, const QString& value)
    {
        add(QLatin1String(name) + QLatin1Char(':') + CalendarWriter::escapeText(value));
    }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

void addEvent(Lines& out, const SessionRow& row, const QString& stamp)
{
    const StudySession& s = row.session;
    const QString tz = QString::fromLatin1(CalendarWriter::timeZone);
    out.add(QStringLiteral("BEGIN:VEVENT"));
    out.text("UID", s.extId + QStringLiteral("@studyledger"));
    out.add(QStringLiteral("DTSTAMP:") + stamp);
    if (s.start.isValid()) {
        const QDateTime begin(dates::toQDate(s.date), s.start);
        const QDateTime end = begin.addSecs(qint64(s.minutes) * 60);
        out.add(QStringLiteral("DTSTART;TZID=%1:%2").arg(tz, localStamp(s.date, s.start)));
        out.add(QStringLiteral("DTEND;TZID=%1:%2")
                    .arg(tz, localStamp(dates::fromQDate(end.date()), end.time())));
    } else {
        out.add(QStringLiteral("DTSTART;VALUE=DATE:") + dateStamp(s.date));
        out.add(QStringLiteral("DTEND;VALUE=DATE:") +
                dateStamp(s.date + boost::gregorian::days(1)));
    }
    // "形式：主题"; a topic that starts with its form already is not prefixed twice.
    const QString prefix = enumZh(s.form) + QStringLiteral("：");
    out.text("SUMMARY", s.topic.startsWith(prefix) ? s.topic : prefix + s.topic);
    if (!s.location.isEmpty())
        out.text("LOCATION", s.location);
    QStringList details;
    if (!s.speaker.isEmpty())
        details << QStringLiteral("主讲人：") + s.speaker;
    if (!s.host.isEmpty())
        details << QStringLiteral("主持人：") + s.host;
    if (!s.recorder.isEmpty())
        details << QStringLiteral("记录人：") + s.recorder;
    if (s.trigger)
        details << QStringLiteral("三个必学习：") + enumZh(*s.trigger);
    details << QStringLiteral("学习组：") + row.groupName;
    out.text("DESCRIPTION", details.join(QLatin1Char('\n')));
    out.add(s.status == SessionStatus::Cancelled ? QStringLiteral("STATUS:CANCELLED")
                                                 : QStringLiteral("STATUS:CONFIRMED"));
    out.add(QStringLiteral("END:VEVENT"));
}

} // namespace

QString CalendarWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarWriter::foldLine(const QByteArray& line)
{
    constexpr qsizetype limit = 75; // octets per physical line, the CRLF not counted
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? limit : limit - 1; // a continuation starts with a space
        if (line.size() - pos <= room) {
            if (!first)
                out += ' ';
            out += line.mid(pos);
            out += "\r\n";
            return out;
        }
        qsizetype cut = pos + room;
        // Never split a UTF-8 character: back up over continuation bytes (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (!first)
            out += ' ';
        out += line.mid(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

QByteArray CalendarWriter::toBytes(const std::vector<SessionRow>& sessions, const QDateTime& stamp,
                                   const QString& calendarName)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    Lines out;
    out.add(QStringLiteral("BEGIN:VCALENDAR"));
    out.add(QStringLiteral("VERSION:2.0"));
    out.add(QStringLiteral("PRODID:-//StudyLedger//StudyLedger 学习台账//ZH"));
    out.add(QStringLiteral("CALSCALE:GREGORIAN"));
    out.add(QStringLiteral("METHOD:PUBLISH"));
    if (!calendarName.isEmpty())
        out.text("X-WR-CALNAME", calendarName);
    out.add(QStringLiteral("X-WR-TIMEZONE:") + QString::fromLatin1(timeZone));
    // China has kept UTC+8 without daylight saving time since 1991.
    out.add(QStringLiteral("BEGIN:VTIMEZONE"));
    out.add(QStringLiteral("TZID:") + QString::fromLatin1(timeZone));
    out.add(QStringLiteral("BEGIN:STANDARD"));
    out.add(QStringLiteral("DTSTART:19700101T000000"));
    out.add(QStringLiteral("TZOFFSETFROM:+0800"));
    out.add(QStringLiteral("TZOFFSETTO:+0800"));
    out.add(QStringLiteral("TZNAME:CST"));
    out.add(QStringLiteral("END:STANDARD"));
    out.add(QStringLiteral("END:VTIMEZONE"));
    for (const SessionRow& row : sessions)
        addEvent(out, row, dtstamp);
    out.add(QStringLiteral("END:VCALENDAR"));
    return out.bytes();
}

Result<int> CalendarWriter::writeFile(Ledger& ledger, const CalendarScope& scope,
                                      const QString& path, const QDateTime& stamp)
{
    SessionQuery query;
    QString name;
    RosterService roster(ledger);
    if (!scope.groupRef.isEmpty()) {
        auto group = roster.resolveGroup(scope.groupRef);
        if (!group)
            return group.error();
        query.groupIds = {group->id};
        name = group->name;
    } else if (!scope.orgRef.isEmpty()) {
        auto org = roster.resolveOrg(scope.orgRef);
        if (!org)
            return org.error();
        query.rootOrgId = org->id;
        name = org->name;
    }
    if (scope.year != 0) {
        auto period = Period::make(scope.year, std::nullopt, std::nullopt, std::nullopt);
        if (!period)
            return period.error();
        query.from = period->from;
        query.to = period->to;
    }
    auto rows = SessionService(ledger).list(query);
    if (!rows)
        return rows.error();
    std::vector<SessionRow> events;
    for (SessionRow& r : rows.value()) {
        if (scope.includeCancelled || r.session.status != SessionStatus::Cancelled)
            events.push_back(std::move(r));
    }
    const QByteArray bytes = toBytes(events, stamp, name + QStringLiteral(" 学习活动"));
    if (Status s = OutputFile::writeAll(path, bytes, QStringLiteral("o")); !s)
        return s.error();
    return static_cast<int>(events.size());
}

} // namespace sl
