// report bulletin of studyledger-cli: the figures (JSON) and the document of a scope and period.
#include "CliApp.h"

#include "files/OutputFile.h"
#include "report/BulletinDocument.h"
#include "report/BulletinJson.h"
#include "report/DocumentWriter.h"
#include "services/BulletinService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QFile>
#include <QTextDocument>

#include <cstdio>

namespace sl::cli {

namespace {

const char* const bulletinUsage = "report bulletin needs --year Y [--half H | --quarter Q | "
                                  "--month M] (--group ID | --org ID) "
                                  "--format pdf|odt|html|json -o FILE [--issue [--date D]]";

} // namespace

int CliApp::reportBulletin(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("year"), QStringLiteral("half"), QStringLiteral("quarter"),
                       QStringLiteral("month"), QStringLiteral("group"), QStringLiteral("org"),
                       QStringLiteral("format"), QStringLiteral("o"), QStringLiteral("issue"),
                       QStringLiteral("date")},
                      &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QString::fromLatin1(bulletinUsage));
    const bool issue = args.flag(QStringLiteral("issue"));
    const auto dateText = args.option(QStringLiteral("date"));
    QString error;
    const auto year = args.intOption(QStringLiteral("year"), &error);
    const auto half = args.intOption(QStringLiteral("half"), &error);
    const auto quarter = args.intOption(QStringLiteral("quarter"), &error);
    const auto month = args.intOption(QStringLiteral("month"), &error);
    if (!error.isEmpty())
        return usage(error);
    const auto group = args.option(QStringLiteral("group"));
    const auto org = args.option(QStringLiteral("org"));
    const auto format = args.option(QStringLiteral("format"));
    const auto target = args.option(QStringLiteral("o"));
    if (!year || group.has_value() == org.has_value() || !format || !target)
        return usage(QString::fromLatin1(bulletinUsage));
    if (*format != QLatin1String("pdf") && *format != QLatin1String("odt") &&
        *format != QLatin1String("html") && *format != QLatin1String("json"))
        return usage(
            QStringLiteral("--format takes pdf, odt, html or json, not \"%1\"").arg(*format));
    // The period's own errors name the option at fault (year, half, quarter, month): exit 2.
    auto period = Period::make(*year, half, quarter, month);
    if (!period)
        return fail(period.error());

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto resolved = resolveScope(*ledger, group, org);
    if (!resolved)
        return fail(resolved.error());
    const ScopeRef scope = *resolved;
    if (issue || dateText) {
        if (*format != QLatin1String("pdf"))
            return usage(
                QStringLiteral("--issue writes the issued bulletin as PDF: give --format pdf"));
        Date issuedOn = Clock::today();
        if (dateText) {
            const auto parsed = dates::fromIso(*dateText);
            if (!parsed || !issue)
                return fail(Error::invalid(
                    QStringLiteral("date"),
                    issue ? QStringLiteral("\"%1\" is not a date such as 2026-12-31").arg(*dateText)
                          : QStringLiteral("--date goes with --issue")));
            issuedOn = *parsed;
        }
        return issueBulletin(*ledger, scope, *period, issuedOn, *target);
    }
    if (*format != QLatin1String("json"))
        return writeBulletinDocument(*ledger, scope, *period, *format, *target);

    auto data = BulletinService(*ledger).compose(scope, *period, BulletinService::Detail::Figures);
    if (!data)
        return fail(data.error());
    if (int written = writeOutput(*target, BulletinJson::write(*data));
        written != ExitOk || *target == QLatin1String("-"))
        return written;
    m_out << "wrote the bulletin figures of " << data->scope.extId << ' ' << data->scope.name
          << " for " << period->labelEn() << " to " << *target << '\n';
    return ExitOk;
}

// The bulletin as a document (PDF, ODT, HTML): composed with BulletinService::Detail::Document
// and laid out by the report layer's bulletin document, dated today.
int CliApp::writeBulletinDocument(Ledger& ledger, const ScopeRef& scope, const Period& period,
                                  const QString& format, const QString& target)
{
    auto data = BulletinService(ledger).compose(scope, period, BulletinService::Detail::Document);
    if (!data)
        return fail(data.error());
    auto settings = BulletinService(ledger).settings(data->settings.orgId);
    if (!settings)
        return fail(settings.error());
    data.value().settings = *settings;
    const DocumentFormat kind = *DocumentWriter::formatFromName(format);
    auto bytes =
        kind == DocumentFormat::Pdf
            ? BulletinDocument::renderPdf(*data, Clock::today())
            : DocumentWriter::render(*BulletinDocument::build(*data, Clock::today()), kind);
    if (!bytes)
        return fail(bytes.error());
    if (int written = writeOutput(target, *bytes); written != ExitOk || target == "-")
        return written;
    m_out << "wrote the bulletin of " << data->scope.extId << ' ' << data->scope.name << " for "
          << period.labelEn() << " to " << target << '\n';
    return ExitOk;
}

// 签发 from the command line: numbers, dates and stores the bulletin (BulletinService::issue),
// then writes the issued PDF.
int CliApp::issueBulletin(Ledger& ledger, const ScopeRef& scope, const Period& period,
                          const Date& issuedOn, const QString& target)
{
    BulletinService service(ledger);
    auto data = service.compose(scope, period, BulletinService::Detail::Document);
    if (!data)
        return fail(data.error());
    auto settings = service.settings(data->settings.orgId);
    if (!settings)
        return fail(settings.error());
    data.value().settings = *settings;
    auto issued = service.issue(std::move(data).value(), issuedOn, BulletinDocument::renderers());
    if (!issued)
        return fail(issued.error());
    if (int written = writeOutput(target, issued->pdf); written != ExitOk || target == "-")
        return written;
    m_out << "issued " << issued->number << ' ' << issued->title << " and wrote it to " << target
          << '\n';
    return ExitOk;
}

} // namespace sl::cli
