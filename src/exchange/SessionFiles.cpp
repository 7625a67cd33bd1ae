#include "SessionFiles.h"

#include "exchange/RowParser.h"
#include "exchange/TableFileWriter.h"

#include "domain/Period.h"
#include "domain/SessionRules.h"
#include "services/AttendanceImportService.h"
#include "services/AttendanceService.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionImportService.h"
#include "services/SessionService.h"
#include "services/SpeechService.h"

namespace sl {

namespace {

template <typename E> QString zhOf(const std::optional<E>& v)
{
    return v ? enumZh(*v) : QString();
}

// A whole-number cell: std::nullopt when empty or when it does not parse (then reported).
std::optional<int> intCell(RowParser& p, const QString& key, bool required, int min, int max,
                           const QString& unit = QString())
{
    const QString v = p.text(key, required);
    if (v.isEmpty())
        return std::nullopt;
    auto parsed = FieldParsers::parseInt(v, min, max, unit);
    if (!parsed) {
        p.fail(key, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

// `header`: the file's columns (a plans file without 批准日期 keeps the approval date).
PlanRecord readPlan(RowParser& p, const HeaderMap& header)
{
    {
        PlanRecord r;
        r.groupRef = p.key(QStringLiteral("group_id"), true);
        r.year = intCell(p, QStringLiteral("year"), true, Period::kMinYear, Period::kMaxYear)
                     .value_or(Period::kMinYear);
        r.item.itemNo = intCell(p, QStringLiteral("item_no"), true, 1, 9999).value_or(1);
        r.item.month = intCell(p, QStringLiteral("month"), true, 1, 12).value_or(1);
        r.item.topic = p.text(QStringLiteral("topic"), true);
        r.item.form = p.requiredEnum(QStringLiteral("form"), SessionForm::Collective);
        r.item.lead = p.text(QStringLiteral("lead"));
        r.item.trigger = p.optionalEnum<Trigger>(QStringLiteral("trigger"));
        r.hasApprovedOn = header.has(QStringLiteral("approved_on"));
        r.approvedOn = p.date(QStringLiteral("approved_on"));
        return r;
    }
}

// `header`: the file's columns (a file without 纪要 keeps the minutes stored).
SessionRecord readSession(RowParser& p, const HeaderMap& header)
{
    {
        SessionRecord r;
        StudySession& s = r.session;
        s.extId = p.key(QStringLiteral("id"), true);
        r.groupRef = p.key(QStringLiteral("group_id"), true);
        s.date = p.date(QStringLiteral("date"), true);
        const QString start = p.text(QStringLiteral("start"));
        if (auto time = FieldParsers::parseTime(start); time)
            s.start = *time;
        else
            p.fail(QStringLiteral("start"), time.error().message);
        s.minutes = intCell(p, QStringLiteral("minutes"), true, rules::minSessionMinutes,
                            rules::maxSessionMinutes, QStringLiteral("minutes"))
                        .value_or(60);
        s.form = p.requiredEnum(QStringLiteral("form"), SessionForm::Collective);
        s.topic = p.text(QStringLiteral("topic"), true);
        s.trigger = p.optionalEnum<Trigger>(QStringLiteral("trigger"));
        r.planItemNo = intCell(p, QStringLiteral("plan_item"), false, 1, 9999).value_or(0);
        r.speakerRef = p.text(QStringLiteral("speaker"));
        s.host = p.text(QStringLiteral("host"));
        s.recorder = p.text(QStringLiteral("recorder"));
        s.location = p.text(QStringLiteral("location"));
        s.status =
            p.optionalEnum<SessionStatus>(QStringLiteral("status")).value_or(SessionStatus::Held);
        r.hasMinutesText = header.has(QStringLiteral("minutes_text"));
        s.minutesText = p.raw(QStringLiteral("minutes_text"));
        return r;
    }
}

AttendanceRecord readAttendance(RowParser& p)
{
    AttendanceRecord r;
    r.sessionRef = p.key(QStringLiteral("session_id"), true);
    r.memberRef = p.key(QStringLiteral("member_id"), true);
    r.record.status = p.requiredEnum(QStringLiteral("status"), AttendanceStatus::Present);
    r.record.reason = p.text(QStringLiteral("reason"));
    r.record.makeupDate = p.date(QStringLiteral("makeup_date"));
    r.record.makeupNote = p.text(QStringLiteral("makeup_note"));
    return r;
}

SpeechRecord readSpeeches(RowParser& p)
{
    SpeechRecord r;
    r.sessionRef = p.key(QStringLiteral("session_id"), true);
    r.memberRef = p.key(QStringLiteral("member_id"), true);
    r.speech.title = p.text(QStringLiteral("title"), true);
    return r;
}

Error notSessionKind(ImportKind kind)
{
    return Error::invalid(QString(),
                          QStringLiteral("%1 is not a file of plans, sessions, attendance or "
                                         "speeches")
                              .arg(importKindName(kind)));
}

// The sessions an export reads.
Result<SessionQuery> queryOf(Ledger& ledger, const ExportScope& scope)
{
    auto resolved = resolveScope(ledger, scope);
    if (!resolved)
        return resolved.error();
    SessionQuery query;
    query.from = resolved->from;
    query.to = resolved->to;
    query.rootOrgId = resolved->rootOrgId;
    if (resolved->groupId != 0)
        query.groupIds = {resolved->groupId};
    return query;
}

} // namespace

Result<FileImportResult> SessionFiles::importFile(Ledger& ledger, ImportKind kind,
                                                  const QString& path)
{
    if (!isSessionKind(kind))
        return notSessionKind(kind);
    return TableFile::importWith(
        path, columnsOf(kind), [&](TableStream& file) -> Result<ImportReport> {
            const auto withHeader = [&](auto read) {
                return [&file, read](RowParser& p) { return read(p, file.header()); };
            };
            switch (kind) {
            case ImportKind::Plans: {
                auto rows = fileRows<PlanRecord>(file, withHeader(readPlan));
                return SessionImportService(ledger).importPlans(rows);
            }
            case ImportKind::Sessions: {
                auto rows = fileRows<SessionRecord>(file, withHeader(readSession));
                return SessionImportService(ledger).importSessions(rows);
            }
            case ImportKind::Attendance: {
                auto rows = fileRows<AttendanceRecord>(file, readAttendance);
                return AttendanceImportService(ledger).importAttendance(rows);
            }
            default: {
                auto rows = fileRows<SpeechRecord>(file, readSpeeches);
                return AttendanceImportService(ledger).importSpeeches(rows);
            }
            }
        });
}

Result<int> SessionFiles::exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                     const ExportScope& scope)
{
    if (!isSessionKind(kind))
        return notSessionKind(kind);
    auto query = queryOf(ledger, scope);
    if (!query)
        return query.error();

    const QStringList header = headerOf(kind);
    const auto writer = TableFileWriter::create(path);
    TableFileWriter& out = *writer;
    if (Status s = out.open(header, kindsOf(kind)); !s)
        return s.error();
    int count = 0;
    Status scanned;
    switch (kind) {
    case ImportKind::Plans: {
        PlanFilter filter;
        filter.year = scope.year;
        filter.groupId = query->groupIds.empty() ? 0 : query->groupIds.front();
        filter.rootOrgId = query->rootOrgId;
        scanned = PlanService(ledger).exportRows(filter, [&](const PlanRow& r) {
            ++count;
            const PlanItem& i = r.item;
            return out.add({r.groupExtId, QString::number(r.year), QString::number(i.itemNo),
                            QString::number(i.month), i.topic, enumZh(i.form), i.lead,
                            zhOf(i.trigger), FieldParsers::formatDate(r.approvedOn)});
        });
        break;
    }
    case ImportKind::Sessions:
        scanned = SessionService(ledger).exportRows(*query, [&](const SessionRow& r) {
            ++count;
            const StudySession& s = r.session;
            return out.add({s.extId, r.groupExtId, FieldParsers::formatDate(s.date),
                            FieldParsers::formatTime(s.start), QString::number(s.minutes),
                            enumZh(s.form), s.topic, zhOf(s.trigger),
                            r.planItemNo > 0 ? QString::number(r.planItemNo) : QString(),
                            r.speakerMemberExtId.isEmpty() ? s.speaker : r.speakerMemberExtId,
                            s.host, s.recorder, s.location, enumZh(s.status), s.minutesText});
        });
        break;
    case ImportKind::Attendance:
        scanned = AttendanceService(ledger).exportRows(*query, [&](const AttendanceRow& r) {
            ++count;
            const Attendance& a = r.record;
            return out.add({r.sessionExtId, r.memberExtId, enumZh(a.status), a.reason,
                            FieldParsers::formatDate(a.makeupDate), a.makeupNote});
        });
        break;
    default:
        scanned = SpeechService(ledger).exportRows(*query, [&](const SpeechRow& r) {
            ++count;
            return out.add({r.sessionExtId, r.memberExtId, r.speech.title});
        });
        break;
    }
    if (!scanned)
        return scanned.error();
    if (Status s = out.commit(); !s)
        return s.error();
    return count;
}

} // namespace sl
