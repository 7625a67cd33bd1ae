// demo of studyledger-cli.
#include "CliApp.h"

#include "services/Ledger.h"

#include "demo/DemoBuilder.h"

namespace sl::cli {

int CliApp::demo(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("seed"), QStringLiteral("members"), QStringLiteral("year")},
                      &code))
        return code;
    QString error;
    DemoOptions options;
    if (auto seed = args.intOption(QStringLiteral("seed"), &error))
        options.seed = static_cast<quint32>(*seed);
    if (auto members = args.intOption(QStringLiteral("members"), &error))
        options.members = *members;
    if (auto year = args.intOption(QStringLiteral("year"), &error))
        options.year = *year;
    if (!error.isEmpty())
        return usage(error);
    auto ledger = openLedger(true, &code);
    if (!ledger)
        return code;
    int lastPercent = -1;
    auto built = buildDemo(*ledger, options, [&](int percent, const QString& stage) {
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        m_err << QStringLiteral("\r%1% %2").arg(percent, 3).arg(stage) << Qt::flush;
    });
    m_err << '\n';
    if (!built)
        return fail(built.error());
    m_out << "demo " << built->year << " written to " << m_dbPath << ": " << built->organisations
          << " organisations, " << built->members << " members, " << built->groups << " groups, "
          << built->sessions << " sessions, " << built->attendance << " attendance records, "
          << built->selfStudy << " self-study entries, " << built->writings << " writings\n";
    return ExitOk;
}

} // namespace sl::cli
