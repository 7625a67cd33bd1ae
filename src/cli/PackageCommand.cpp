// export package / import package of studyledger-cli: data packages (FORMATS.md).
#include "CliApp.h"

#include "exchange/PackageFiles.h"
#include "services/Ledger.h"

namespace sl::cli {

namespace {

QString yearText(int year)
{
    return year > 0 ? QString::number(year) : QStringLiteral("all years");
}

} // namespace

int CliApp::exportPackage(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {QStringLiteral("o"), QStringLiteral("org"), QStringLiteral("year")},
                      &code))
        return code;
    if (!args.positional().isEmpty() || !args.option(QStringLiteral("o")) ||
        !args.option(QStringLiteral("org")))
        return usage(QStringLiteral("export package takes --org ID [--year Y] -o FILE"));
    QString yearError;
    const int year = args.intOption(QStringLiteral("year"), &yearError).value_or(0);
    if (!yearError.isEmpty())
        return usage(yearError);
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    const QString path = *args.option(QStringLiteral("o"));
    auto manifest =
        PackageFiles::exportPackage(*ledger, *args.option(QStringLiteral("org")), year, path);
    if (!manifest)
        return fail(manifest.error());
    m_out << "wrote the package of " << manifest->source.extId << ' ' << manifest->source.name
          << " (" << yearText(manifest->year) << ") to " << path << ":";
    for (const PackagePart& part : manifest->parts)
        m_out << ' ' << part.kind << ' ' << part.rows;
    m_out << '\n';
    return ExitOk;
}

int CliApp::importPackage(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {QStringLiteral("dry-run")}, &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QStringLiteral("import package takes FILE [--dry-run]"));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    const QString path = args.positional(0);
    auto summary = PackageFiles::inspect(*ledger, path);
    if (!summary)
        return fail(summary.error());
    const PackageManifest& m = summary->manifest;
    m_out << path << ": package of " << m.source.extId << ' ' << m.source.name << ", "
          << yearText(m.year) << ", made " << m.createdAt.toString(Qt::ISODate)
          << " by StudyLedger " << m.programVersion << '\n';
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    auto result = PackageFiles::importPackage(*ledger, path, dryRun);
    if (!result)
        return fail(result.error());
    if (int problems = reportProblems(result->problems); problems != ExitOk)
        return problems;
    for (const ImportBatch::Part& part : result->parts) {
        const PackagePart* listed = m.part(part.kind);
        m_out << "  " << part.kind << " (" << (listed ? listed->rows : 0)
              << " rows): " << part.counts.added << " added, " << part.counts.updated
              << " updated, " << part.counts.unchanged << " unchanged\n";
    }
    m_out << (dryRun ? "dry run: nothing was changed\n" : "imported\n");
    return ExitOk;
}

} // namespace sl::cli
