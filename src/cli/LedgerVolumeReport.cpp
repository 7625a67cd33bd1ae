// report ledger of studyledger-cli: the annual volume (学习台账) of a group or an organisation as
// PDF.
#include "CliApp.h"

#include "files/LedgerFiles.h"
#include "report/LedgerVolumeDocument.h"
#include "services/Ledger.h"
#include "services/LedgerBookService.h"
#include "services/RosterService.h"

namespace sl::cli {

namespace {

const char* const ledgerUsage =
    "report ledger needs --year Y (--group ID | --org ID) --format pdf -o FILE";

} // namespace

int CliApp::reportLedger(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("year"), QStringLiteral("group"), QStringLiteral("org"),
                       QStringLiteral("format"), QStringLiteral("o")},
                      &code))
        return code;
    QString error;
    const auto year = args.intOption(QStringLiteral("year"), &error);
    if (!error.isEmpty())
        return usage(error);
    const auto group = args.option(QStringLiteral("group"));
    const auto org = args.option(QStringLiteral("org"));
    const auto format = args.option(QStringLiteral("format"));
    const auto target = args.option(QStringLiteral("o"));
    if (args.positional().size() != 1 || !year || group.has_value() == org.has_value() || !format ||
        !target)
        return usage(QString::fromLatin1(ledgerUsage));
    if (format->toLower() != QLatin1String("pdf"))
        return usage(QStringLiteral("--format takes pdf, not \"%1\"").arg(*format));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    // Refused before the work: the open ledger, a folder, another database.
    if (*target != QLatin1String("-")) {
        if (Status s = LedgerFiles::checkOutputTarget(*target, QStringLiteral("o")); !s)
            return fail(s.error());
    }
    auto resolved = resolveScope(*ledger, group, org);
    if (!resolved)
        return fail(resolved.error());
    const ScopeRef scope = *resolved;
    auto volume = LedgerBookService(*ledger).volume(scope, *year);
    if (!volume)
        return fail(volume.error());
    auto pdf = LedgerVolumeDocument::renderPdf(*volume);
    if (!pdf)
        return fail(pdf.error());
    if (int written = writeOutput(*target, *pdf); written != ExitOk || *target == "-")
        return written;
    m_out << "wrote the " << volume->year << " ledger volume of " << volume->scope.extId << ' '
          << volume->scope.name << " (" << volume->sessions.size() << " sessions) to " << *target
          << '\n';
    return ExitOk;
}

} // namespace sl::cli
