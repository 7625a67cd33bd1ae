// report and assess of studyledger-cli.
#include "AssessmentOutput.h"
#include "CliApp.h"

#include "files/OutputFile.h"
#include "report/ArchiveDocument.h"
#include "report/DocumentWriter.h"
#include "services/ArchiveService.h"
#include "services/AssessmentService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QFile>
#include <QTextDocument>

#include <cstdio>

namespace sl::cli {

int CliApp::report(const CliArgs& args)
{
    int code = ExitOk;
    const QString kind = args.positional(0);
    if (kind == QLatin1String("bulletin"))
        return reportBulletin(args);
    if (kind == QLatin1String("signin") || kind == QLatin1String("session"))
        return reportSessionDocument(args);
    if (kind == QLatin1String("ledger"))
        return reportLedger(args);
    if (kind != QLatin1String("archive") || args.positional().size() != 1)
        return usage(QStringLiteral("report takes bulletin, signin, session, ledger or archive "
                                    "--member ID --year Y --format pdf|odt|html -o FILE"));
    if (rejectUnknown(args,
                      {QStringLiteral("member"), QStringLiteral("year"), QStringLiteral("format"),
                       QStringLiteral("o")},
                      &code))
        return code;
    const auto memberRef = args.option(QStringLiteral("member"));
    const auto formatName = args.option(QStringLiteral("format"));
    const auto target = args.option(QStringLiteral("o"));
    QString error;
    const auto year = args.intOption(QStringLiteral("year"), &error);
    if (!error.isEmpty())
        return usage(error);
    if (!memberRef || !year || !formatName || !target)
        return usage(QStringLiteral("report archive needs --member ID --year Y "
                                    "--format pdf|odt|html -o FILE"));
    const auto format = DocumentWriter::formatFromName(*formatName);
    if (!format)
        return usage(
            QStringLiteral("--format takes pdf, odt or html, not \"%1\"").arg(*formatName));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto member = RosterService(*ledger).resolveMember(*memberRef);
    if (!member)
        return fail(member.error());
    auto archive = ArchiveService(*ledger).archive(member->id, *year);
    if (!archive)
        return fail(archive.error());
    const auto document = ArchiveDocument::build(*archive, Clock::today());
    auto bytes = DocumentWriter::render(*document, *format);
    if (!bytes)
        return fail(bytes.error());

    if (int written = writeOutput(*target, *bytes); written != ExitOk || *target == "-")
        return written;
    m_out << "wrote the " << archive->year << " archive of " << archive->member.extId << ' '
          << archive->member.name << " to " << *target << '\n';
    return ExitOk;
}

int CliApp::adjust(const CliArgs& args, Ledger& ledger, const ScopeRef& scope, int year)
{
    AssessmentService service(ledger);
    const auto adjusted = args.option(QStringLiteral("adjust"));
    const auto unadjusted = args.option(QStringLiteral("unadjust"));
    if (!adjusted && !unadjusted)
        return ExitOk;
    auto member = RosterService(ledger).resolveMember(adjusted ? *adjusted : *unadjusted);
    if (!member)
        return fail(member.error());
    if (unadjusted) {
        if (Status s = service.removeAdjustment(scope, member->id, year); !s)
            return fail(s.error());
        return ExitOk;
    }
    bool number = false;
    const double delta = args.option(QStringLiteral("delta"))->toDouble(&number);
    if (!number)
        return fail(Error::invalid(QStringLiteral("delta"), QStringLiteral("is not a number")));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    if (Status s = service.setAdjustment(scope, member->id, year, delta, reason); !s)
        return fail(s.error());
    return ExitOk;
}

int CliApp::assess(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("year"), QStringLiteral("group"), QStringLiteral("org"),
                       QStringLiteral("format"), QStringLiteral("publish"),
                       QStringLiteral("published"), QStringLiteral("adjust"),
                       QStringLiteral("delta"), QStringLiteral("reason"),
                       QStringLiteral("unadjust")},
                      &code))
        return code;
    if (!args.positional().isEmpty())
        return usage(QStringLiteral("assess takes no arguments"));
    QString error;
    const auto year = args.intOption(QStringLiteral("year"), &error);
    if (!error.isEmpty())
        return usage(error);
    const auto group = args.option(QStringLiteral("group"));
    const auto org = args.option(QStringLiteral("org"));
    const QString format = args.option(QStringLiteral("format")).value_or(QStringLiteral("table"));
    const bool publish = args.flag(QStringLiteral("publish"));
    const bool published = args.flag(QStringLiteral("published")) || publish;
    if (!year || group.has_value() == org.has_value())
        return usage(QStringLiteral("assess needs --year Y and one of --group ID or --org ID"));
    const bool adjusting = args.option(QStringLiteral("adjust")).has_value();
    if (adjusting != args.option(QStringLiteral("delta")).has_value() ||
        (args.option(QStringLiteral("reason")).has_value() && !adjusting))
        return usage(QStringLiteral("--adjust MEMBER takes --delta POINTS and --reason TEXT"));
    if (adjusting && args.option(QStringLiteral("unadjust")))
        return usage(QStringLiteral("--adjust and --unadjust exclude each other"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table, csv or json, not \"%1\"").arg(format));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto resolved = resolveScope(*ledger, group, org);
    if (!resolved)
        return fail(resolved.error());
    const ScopeRef scope = *resolved;
    AssessmentService service(*ledger);
    if (int status = adjust(args, *ledger, scope, *year); status != ExitOk)
        return status;
    if (publish) {
        if (Status s = service.publish(scope, *year); !s)
            return fail(s.error());
    }
    std::optional<ScopeAssessment> assessment;
    if (published) {
        auto stored = service.published(scope, *year);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(Error{ErrorCode::NotFound, QStringLiteral("year"),
                              QStringLiteral("the results of %1 are not published").arg(*year)});
        assessment = std::move(*stored);
    } else {
        auto current = service.assess(scope, *year);
        if (!current)
            return fail(current.error());
        assessment = std::move(current).value();
    }
    if (format == QLatin1String("json"))
        m_out << AssessmentOutput::json(*assessment);
    else if (format == QLatin1String("csv"))
        m_out << AssessmentOutput::csv(*assessment);
    else
        m_out << AssessmentOutput::table(*assessment);
    m_out.flush();
    return ExitOk;
}

int CliApp::writeOutput(const QString& target, const QByteArray& bytes)
{
    if (target == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return fail(
                OutputFile::writeError(QStringLiteral("standard output"), out.errorString()));
        return ExitOk;
    }
    if (Status s = OutputFile::writeAll(target, bytes, QStringLiteral("o")); !s)
        return fail(s.error());
    return ExitOk;
}

Result<ScopeRef> CliApp::resolveScope(Ledger& ledger, const std::optional<QString>& group,
                                      const std::optional<QString>& org)
{
    RosterService roster(ledger);
    if (org) {
        auto resolved = roster.resolveOrg(*org);
        if (!resolved)
            return resolved.error();
        return ScopeRef::organisation(resolved->id);
    }
    auto resolved = roster.resolveGroup(group.value_or(QString()));
    if (!resolved)
        return resolved.error();
    return ScopeRef::group(resolved->id);
}

} // namespace sl::cli
