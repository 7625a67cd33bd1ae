// import, export, backup and restore of studyledger-cli.
#include "CliApp.h"

#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "services/BackupService.h"
#include "services/Ledger.h"

namespace sl::cli {

int CliApp::importFile(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (args.positional().size() != 2)
        return usage(QStringLiteral("import takes KIND FILE"));
    const FileFormat* format = FileFormats::find(args.positional(0));
    if (!format || !format->canRead())
        return usage(QStringLiteral("unknown kind %1 (this build imports: %2)")
                         .arg(args.positional(0),
                              FileFormats::names(FileFormat::CanRead).join(QLatin1Char(' '))));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto result = format->read(*ledger, args.positional(1));
    if (!result)
        return fail(result.error());
    if (int problems = reportProblems(result->problems); problems != ExitOk)
        return problems;
    const QString source = result->sheet.isEmpty() ? TextDecoding::encodingName(result->encoding)
                                                   : QStringLiteral("sheet %1").arg(result->sheet);
    m_out << args.positional(1) << " (" << source << "): " << result->counts.added << " added, "
          << result->counts.updated << " updated, " << result->counts.unchanged << " unchanged\n";
    return ExitOk;
}

int CliApp::exportFile(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("o"), QStringLiteral("org"), QStringLiteral("group"),
                       QStringLiteral("year")},
                      &code))
        return code;
    if (args.positional().size() != 1 || !args.option(QStringLiteral("o")))
        return usage(QStringLiteral("export takes KIND -o FILE"));
    if (args.positional(0) == QLatin1String("assessment"))
        return exportAssessment(args);
    const FileFormat* format = FileFormats::find(args.positional(0));
    if (!format || !format->canWrite() || format->shortName() == QLatin1String("calendar"))
        return usage(QStringLiteral("unknown kind %1 (this build exports: %2 assessment)")
                         .arg(args.positional(0), importKindNames().join(QLatin1Char(' '))));
    ExportScope scope;
    scope.orgRef = args.option(QStringLiteral("org")).value_or(QString());
    scope.groupRef = args.option(QStringLiteral("group")).value_or(QString());
    QString yearError;
    scope.year = args.intOption(QStringLiteral("year"), &yearError).value_or(0);
    if (!yearError.isEmpty())
        return usage(yearError);
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    const QString path = *args.option(QStringLiteral("o"));
    auto written = format->write(*ledger, path, scope);
    if (!written)
        return fail(written.error());
    m_out << "wrote " << *written << " rows to " << path << '\n';
    return ExitOk;
}

int CliApp::backup(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QStringLiteral("backup takes one FILE"));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto done = BackupService(*ledger).backup(args.positional(0));
    if (!done)
        return fail(done.error());
    m_out << "backed up to " << done->database << '\n';
    if (!done->materials.isEmpty())
        m_out << "materials: " << done->materialFiles << " files in " << done->materials << '\n';
    for (const QString& missing : done->missingMaterials)
        m_err << "warning: the material " << missing
              << " is recorded, but its file was not there to copy\n";
    return ExitOk;
}

int CliApp::restore(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QStringLiteral("restore takes one FILE"));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto done = BackupService(*ledger).restore(args.positional(0));
    if (!done)
        return fail(done.error());
    m_out << "restored " << ledger->path() << " from " << done->source << '\n';
    m_out << "the replaced database is kept in " << done->keptDatabase << '\n';
    if (!done->keptMaterials.isEmpty())
        m_out << "its materials are kept in " << done->keptMaterials << '\n';
    if (done->materialFiles > 0)
        m_out << "materials: " << done->materialFiles << " files restored\n";
    if (done->fromVersion != done->toVersion)
        m_out << "migrated the restored database from schema " << done->fromVersion << " to "
              << done->toVersion << "; the version before is kept in " << done->migrationBackup
              << '\n';
    return ExitOk;
}

} // namespace sl::cli
