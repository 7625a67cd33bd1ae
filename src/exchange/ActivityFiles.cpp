#include "ActivityFiles.h"

#include "exchange/CsvWriter.h"
#include "exchange/RowParser.h"
#include "exchange/StoredText.h"
#include "exchange/TableFileWriter.h"

#include "domain/ActivityRules.h"
#include "domain/Period.h"
#include "services/ActivityImportService.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"
#include "services/WritingService.h"

namespace sl {

namespace {

template <typename E> QString zhOf(const std::optional<E>& v)
{
    return v ? enumZh(*v) : QString();
}

// A whole-number cell; an empty cell is std::nullopt (the caller decides whether it must be
// given), one that does not parse is reported and std::nullopt.
std::optional<int> intCell(RowParser& p, const QString& key, bool required, int min, int max,
                           const QString& unit)
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

SelfStudyRecord readSelfStudy(RowParser& p)
{
    SelfStudyRecord r;
    SelfStudyEntry& e = r.entry;
    r.memberRef = p.key(QStringLiteral("member_id"), true);
    e.date = p.date(QStringLiteral("date"), true);
    e.minutes = intCell(p, QStringLiteral("minutes"), true, rules::minMinutes, rules::maxMinutes,
                        QStringLiteral("minutes"))
                    .value_or(rules::minutePresets.front());
    e.material = p.text(QStringLiteral("material"), true);
    e.medium = p.optionalEnum<Medium>(QStringLiteral("medium"));
    e.notes = p.raw(QStringLiteral("notes"));
    return r;
}

WritingRecord readWritings(RowParser& p)
{
    WritingRecord r;
    Writing& w = r.writing;
    r.memberRef = p.key(QStringLiteral("member_id"), true);
    w.kind = p.requiredEnum(QStringLiteral("kind"), WritingKind::Reflection);
    w.title = p.text(QStringLiteral("title"), true);
    w.date = p.date(QStringLiteral("date"), true);
    w.chars = intCell(p, QStringLiteral("chars"), false, 0, rules::maxWritingChars,
                      QStringLiteral("characters"));
    w.text = p.raw(QStringLiteral("text"));
    w.published = p.text(QStringLiteral("published"));
    w.award = p.optionalEnum<Award>(QStringLiteral("award"));
    return r;
}

Result<ActivityFilter> filterOf(Ledger& ledger, const ExportScope& scope)
{
    auto resolved = resolveScope(ledger, scope);
    if (!resolved)
        return resolved.error();
    ActivityFilter filter;
    filter.from = resolved->from;
    filter.to = resolved->to;
    filter.rootOrgId = resolved->rootOrgId;
    filter.groupId = resolved->groupId;
    return filter;
}

Error notActivity(ImportKind kind)
{
    return Error::invalid(QString(), QStringLiteral("%1 is not a file of members' records; "
                                                    "RosterFiles imports and exports it")
                                         .arg(importKindName(kind)));
}

} // namespace

Result<FileImportResult> ActivityFiles::importFile(Ledger& ledger, ImportKind kind,
                                                   const QString& path)
{
    if (!isActivityKind(kind))
        return notActivity(kind);
    ActivityImportService service(ledger);
    return TableFile::importWith(path, columnsOf(kind),
                                 [&](TableStream& file) -> Result<ImportReport> {
                                     if (kind == ImportKind::SelfStudy) {
                                         auto rows = fileRows<SelfStudyRecord>(file, readSelfStudy);
                                         return service.importSelfStudy(rows);
                                     }
                                     auto rows = fileRows<WritingRecord>(file, readWritings);
                                     return service.importWritings(rows);
                                 });
}

Result<int> ActivityFiles::exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                      const ExportScope& scope)
{
    if (!isActivityKind(kind))
        return notActivity(kind);
    auto filter = filterOf(ledger, scope);
    if (!filter)
        return filter.error();

    const QStringList header = headerOf(kind);
    const auto writer = TableFileWriter::create(path);
    TableFileWriter& out = *writer;
    if (Status s = out.open(header, kindsOf(kind)); !s)
        return s.error();
    int count = 0;
    Status scanned;
    if (kind == ImportKind::SelfStudy) {
        // From the stored text: 1.6 million rows of a district without a QString per cell.
        std::vector<QByteArrayView> cells(6);
        QByteArray date;
        QByteArray minutes;
        scanned = SelfStudyService(ledger).exportText(*filter, [&](const TextRow& r) {
            ++count;
            cells = {r.at(0),
                     storedtext::isoDate(r.at(1), date),
                     storedtext::integer(r.at(2), minutes),
                     r.at(3),
                     storedtext::zhOfCode<Medium>(r.at(4)),
                     r.at(5)};
            return out.addUtf8(cells);
        });
    } else {
        scanned = WritingService(ledger).exportRows(*filter, [&](const WritingRow& r) {
            const Writing& w = r.writing;
            ++count;
            return out.add({r.memberExtId, enumZh(w.kind), w.title,
                            FieldParsers::formatDate(w.date),
                            w.chars ? QString::number(*w.chars) : QString(), w.text, w.published,
                            zhOf(w.award)});
        });
    }
    if (!scanned)
        return scanned.error();
    if (Status s = out.commit(); !s)
        return s.error();
    return count;
}

} // namespace sl
