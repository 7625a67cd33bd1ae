#include "PackageFiles.h"

#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "exchange/PackageAdjustments.h"

#include "services/Clock.h"
#include "services/PackageService.h"

#include "StudyLedgerVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace sl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::PackageFiles)
};

const QString adjustmentsKind = QStringLiteral("adjustments");
constexpr int kNamesListed = 20;

Error located(const QString& where, Error error)
{
    error = withoutDriverText(std::move(error));
    error.message = where + QStringLiteral(": ") + error.text();
    error.field.clear();
    return error;
}

// The values of the columns `keys` of a written part.
Status collect(const QString& path, const std::vector<ColumnSpec>& columns, const QStringList& keys,
               QSet<QString>& into,
               const std::function<bool(const HeaderMap&, const CsvTable::Row&)>& when = {})
{
    auto file = TableFile::read(path, columns);
    if (!file)
        return file.error();
    for (const CsvTable::Row& row : file->table().rows) {
        if (when && !when(file->header(), row))
            continue;
        for (const QString& key : keys) {
            const QString v = file->header().value(row, key);
            if (!v.isEmpty())
                into.insert(v);
        }
    }
    return {};
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

// The organisations and members the parts in `dir` refer to, named as this ledger names them.
Status fillReferences(Ledger& ledger, PackageManifest& m, const QString& dir)
{
    QSet<QString> orgs{m.source.extId}, members, speakers;
    for (const PackagePart& part : m.parts) {
        const QString path = QDir(dir).filePath(part.fileName());
        Status read;
        if (part.kind == adjustmentsKind) {
            read = collect(path, PackageAdjustments::columns(), {QStringLiteral("member_id")},
                           members);
            if (read)
                read = collect(path, PackageAdjustments::columns(), {QStringLiteral("scope_id")},
                               orgs, [](const HeaderMap& h, const CsvTable::Row& row) {
                                   return h.value(row, QStringLiteral("scope_kind")) ==
                                          QStringLiteral("党组织");
                               });
        } else {
            const auto kind = importKindFromName(part.kind);
            const auto& columns = columnsOf(*kind);
            const bool hasMember = std::any_of(columns.begin(), columns.end(), [](const auto& c) {
                return c.key == QLatin1String("member_id");
            });
            if (*kind == ImportKind::Groups)
                read = collect(path, columns, {QStringLiteral("org_id")}, orgs);
            else if (*kind == ImportKind::Sessions)
                read = collect(path, columns, {QStringLiteral("speaker")}, speakers);
            else if (hasMember)
                read = collect(path, columns, {QStringLiteral("member_id")}, members);
        }
        if (!read)
            return read;
    }
    PackageService service(ledger);
    auto orgRefs = service.organisations(sorted(orgs));
    if (!orgRefs)
        return orgRefs.error();
    // A speaker is a member when the session links one (the file holds the member's number);
    // otherwise a name as written.
    auto speakerRefs = service.members(sorted(speakers));
    if (!speakerRefs)
        return speakerRefs.error();
    for (const PackageRef& r : *speakerRefs)
        members.insert(r.extId);
    auto memberRefs = service.members(sorted(members));
    if (!memberRefs)
        return memberRefs.error();
    m.organisations = std::move(orgRefs).value();
    m.members = std::move(memberRefs).value();
    return {};
}

// The manifest of `path` with its parts extracted into `dir` and checked.
Result<PackageManifest> openPackage(const QString& path, const QString& dir)
{
    auto manifest = DataPackage::readManifest(path);
    if (!manifest)
        return manifest.error();
    if (Status s = DataPackage::extract(path, *manifest, dir); !s)
        return s.error();
    return manifest;
}

// The package at `path` unpacked into `dir` (which must outlive the parts' use), with what it
// refers to that this ledger does not know.
Result<PackageSummary> unpack(Ledger& ledger, const QString& path, QTemporaryDir& dir)
{
    if (!dir.isValid())
        return Error{ErrorCode::Io, QString(), dir.errorString()};
    auto manifest = openPackage(path, dir.path());
    if (!manifest)
        return manifest.error();
    auto unknown = PackageService(ledger).unknown(manifest->organisations, manifest->members);
    if (!unknown)
        return unknown.error();
    return PackageSummary{std::move(manifest).value(), std::move(unknown).value()};
}

QString listed(const std::vector<PackageRef>& refs)
{
    QStringList names;
    for (std::size_t i = 0; i < refs.size() && i < std::size_t(kNamesListed); ++i)
        names << (refs[i].extId + QLatin1Char(' ') + refs[i].name).trimmed();
    QString out = names.join(QStringLiteral(", "));
    if (refs.size() > std::size_t(kNamesListed))
        out += Text::tr(" and %n more", nullptr, int(refs.size()) - kNamesListed);
    return out;
}

std::vector<FileProblem> locatedProblems(std::vector<FileProblem> problems, const QString& where,
                                         const QString& tempDir)
{
    for (FileProblem& p : problems) {
        p.file = where;
        p.message.replace(tempDir + QLatin1Char('/'), QString());
    }
    return problems;
}

} // namespace

QString PackageSummary::unknownText() const
{
    QStringList parts;
    if (!unknown.organisations.empty())
        parts << Text::tr("unknown organisations: %1").arg(listed(unknown.organisations));
    if (!unknown.members.empty())
        parts << Text::tr("unknown members: %1").arg(listed(unknown.members));
    return parts.join(QStringLiteral("; "));
}

Result<PackageManifest> PackageFiles::exportPackage(Ledger& ledger, const QString& orgRef, int year,
                                                    const QString& path)
{
    PackageService service(ledger);
    auto source = service.exportSource(orgRef);
    if (!source)
        return source.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorCode::Io, QString(), dir.errorString()};
    PackageManifest m;
    m.programVersion = QStringLiteral(SL_VERSION);
    m.createdAt = Clock::nowUtc();
    m.source = {source->extId, source->name};
    m.year = year;
    for (const QString& kind : DataPackage::partKinds()) {
        const QString file = dir.filePath(kind + QStringLiteral(".csv"));
        int rows = 0;
        if (kind == adjustmentsKind) {
            auto adjustments = service.adjustments(*source, year);
            if (!adjustments)
                return adjustments.error();
            if (Status s = PackageAdjustments::write(file, *adjustments); !s)
                return s.error();
            rows = int(adjustments->size());
        } else {
            ExportScope scope;
            scope.orgRef = source->extId;
            const bool roster =
                kind == QLatin1String("groups") || kind == QLatin1String("group-members");
            scope.year = roster ? 0 : year; // groups and memberships always
            auto written = FileFormats::find(kind)->write(ledger, file, scope);
            if (!written)
                return written.error();
            rows = *written;
        }
        m.parts.push_back({kind, rows, QString()});
    }
    if (Status s = fillReferences(ledger, m, dir.path()); !s)
        return s.error();
    if (Status s = DataPackage::write(path, m, dir.path()); !s)
        return s.error();
    return m;
}

Result<PackageSummary> PackageFiles::inspect(Ledger& ledger, const QString& path)
{
    QTemporaryDir dir;
    return unpack(ledger, path, dir);
}

Result<PackageImportResult> PackageFiles::importPackage(Ledger& ledger, const QString& path,
                                                        bool dryRun, const Progress& progress)
{
    const QString name = QFileInfo(path).fileName();
    QTemporaryDir dir;
    auto summary = unpack(ledger, path, dir);
    if (!summary)
        return summary.error();
    if (!summary->unknown.empty())
        return Error{ErrorCode::Invalid, QString(),
                     Text::tr("%1: this ledger does not know what the package refers to (%2); "
                              "import the roster first. Nothing was imported")
                         .arg(name, summary->unknownText())};
    const PackageManifest* manifest = &summary->manifest;

    PackageImport import(ledger);
    if (Status s = import.begin(manifest->source.extId); !s)
        return located(name, s.error());
    PackageImportResult out;
    const int count = int(manifest->parts.size());
    int index = 0;
    for (const QString& kind : DataPackage::partKinds()) { // in dependency order
        const PackagePart* part = manifest->part(kind);
        if (!part)
            continue;
        if (progress)
            progress(index++, count, kind);
        const QString where = name + QLatin1Char(':') + part->fileName();
        const QString file = dir.filePath(part->fileName());
        auto result = kind == adjustmentsKind ? PackageAdjustments::importFile(import, file)
                                              : FileFormats::find(kind)->read(ledger, file);
        if (!result)
            return located(where, result.error());
        if (!result->ok()) {
            out.problems = locatedProblems(std::move(result->problems), where, dir.path());
            return out; // the import rolls back
        }
    }
    out.parts = import.parts();
    if (progress)
        progress(count, count, QString());
    if (dryRun)
        return out; // the import rolls back
    if (Status s = import.finish(name); !s)
        return located(name, s.error());
    return out;
}

} // namespace sl
