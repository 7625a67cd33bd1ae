// report bulletin of studyledger-cli: the figures (JSON) and the document of a scope and period.
#include "CliApp.h"

#include "files/OutputFile.h"
#include "report/BulletinJson.h"
#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QFile>

#include <cstdio>

namespace sl::cli {

namespace {

const char* const bulletinUsage = "report bulletin needs --year Y [--half H | --quarter Q | "
                                  "--month M] (--group ID | --org ID) "
                                  "--format pdf|odt|html|json -o FILE";

} // namespace

int CliApp::reportBulletin(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("year"), QStringLiteral("half"), QStringLiteral("quarter"),
                       QStringLiteral("month"), QStringLiteral("group"), QStringLiteral("org"),
                       QStringLiteral("format"), QStringLiteral("o")},
                      &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QString::fromLatin1(bulletinUsage));
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
    ScopeRef scope;
    if (org) {
        auto resolved = RosterService(*ledger).resolveOrg(*org);
        if (!resolved)
            return fail(resolved.error());
        scope = ScopeRef::organisation(resolved->id);
    } else {
        auto resolved = RosterService(*ledger).resolveGroup(*group);
        if (!resolved)
            return fail(resolved.error());
        scope = ScopeRef::group(resolved->id);
    }
    if (*format != QLatin1String("json"))
        return writeBulletinDocument(*ledger, scope, *period, *format, *target);

    auto data = BulletinService(*ledger).compose(scope, *period, BulletinService::Detail::Figures);
    if (!data)
        return fail(data.error());
    const QByteArray bytes = BulletinJson::write(*data);
    if (*target == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return fail(
                OutputFile::writeError(QStringLiteral("standard output"), out.errorString()));
        return ExitOk;
    }
    if (Status s = OutputFile::writeAll(*target, bytes, QStringLiteral("o")); !s)
        return fail(s.error());
    m_out << "wrote the bulletin figures of " << data->scope.extId << ' ' << data->scope.name
          << " for " << period->labelEn() << " to " << *target << '\n';
    return ExitOk;
}

// The bulletin as a document (PDF, ODT, HTML): composed with BulletinService::Detail::Document
// and laid out by the report layer's bulletin document.
int CliApp::writeBulletinDocument(Ledger& ledger, const ScopeRef& scope, const Period& period,
                                  const QString& format, const QString& target)
{
    Q_UNUSED(ledger);
    Q_UNUSED(scope);
    Q_UNUSED(period);
    Q_UNUSED(format);
    Q_UNUSED(target);
    return usage(QStringLiteral("report bulletin --format pdf|odt|html comes with the bulletin "
                                "document"));
}

} // namespace sl::cli
