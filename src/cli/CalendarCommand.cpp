// calendar of studyledger-cli: the sessions of a group or an organisation as an iCalendar file.
#include "CliApp.h"

#include "exchange/FileFormat.h"
#include "services/Ledger.h"

namespace sl::cli {

int CliApp::calendar(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("o"), QStringLiteral("org"), QStringLiteral("group"),
                       QStringLiteral("year"), QStringLiteral("include-cancelled")},
                      &code))
        return code;
    const auto group = args.option(QStringLiteral("group"));
    const auto org = args.option(QStringLiteral("org"));
    if (!args.positional().isEmpty() || !args.option(QStringLiteral("o")) ||
        group.has_value() == org.has_value())
        return usage(QStringLiteral(
            "calendar takes (--group ID | --org ID) [--year Y] [--include-cancelled] -o FILE.ics"));
    ExportScope scope;
    scope.groupRef = group.value_or(QString());
    scope.orgRef = org.value_or(QString());
    scope.includeCancelled = args.flag(QStringLiteral("include-cancelled"));
    QString yearError;
    scope.year = args.intOption(QStringLiteral("year"), &yearError).value_or(0);
    if (!yearError.isEmpty())
        return usage(yearError);
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    const QString path = *args.option(QStringLiteral("o"));
    auto written = FileFormats::find(QStringLiteral("calendar"))->write(*ledger, path, scope);
    if (!written)
        return fail(written.error());
    m_out << "wrote " << *written << " sessions to " << path << '\n';
    return ExitOk;
}

} // namespace sl::cli
