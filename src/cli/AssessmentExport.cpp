// export assessment -o FILE --year Y (--group ID | --org ID): the assessment table of `assess
// --format csv` as a file whose format follows its ending (.csv, .xlsx with number cells).
#include "AssessmentOutput.h"
#include "CliApp.h"

#include "exchange/TableFileWriter.h"
#include "services/AssessmentService.h"
#include "services/Ledger.h"

namespace sl::cli {

namespace {

// rank and the scores are numbers; id, name, organisation and grade text.
std::vector<CellKind> kindsOf(const QStringList& header)
{
    std::vector<CellKind> out;
    for (const QString& name : header) {
        const bool text = name == QLatin1String("id") || name == QLatin1String("name") ||
                          name == QLatin1String("org") || name == QLatin1String("grade");
        out.push_back(name == QLatin1String("rank") ? CellKind::Integer
                      : text                        ? CellKind::Text
                                                    : CellKind::Number);
    }
    return out;
}

} // namespace

int CliApp::exportAssessment(const CliArgs& args)
{
    QString error;
    const auto year = args.intOption(QStringLiteral("year"), &error);
    if (!error.isEmpty())
        return usage(error);
    const auto group = args.option(QStringLiteral("group"));
    const auto org = args.option(QStringLiteral("org"));
    if (!year || group.has_value() == org.has_value())
        return usage(
            QStringLiteral("export assessment needs --year Y and one of --group ID or --org ID"));
    int code = ExitOk;
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto scope = resolveScope(*ledger, group, org);
    if (!scope)
        return fail(scope.error());
    auto assessment = AssessmentService(*ledger).assess(*scope, *year);
    if (!assessment)
        return fail(assessment.error());
    const QString path = *args.option(QStringLiteral("o"));
    const QStringList header = AssessmentOutput::header(*assessment);
    const std::vector<QStringList> rows = AssessmentOutput::rows(*assessment);
    if (Status s = TableFileWriter::writeTable(path, header, rows, kindsOf(header)); !s)
        return fail(s.error());
    m_out << "wrote " << rows.size() << " rows to " << path << '\n';
    return ExitOk;
}

} // namespace sl::cli
