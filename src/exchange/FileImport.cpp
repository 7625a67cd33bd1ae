#include "FileImport.h"

#include <QFileInfo>

#include <algorithm>

namespace sl {

QString FileProblem::text() const
{
    QString out = file;
    if (line > 0)
        out += QStringLiteral(":%1").arg(line);
    out += QStringLiteral(": ");
    if (!column.isEmpty())
        out += column + QStringLiteral(": ");
    return out + message;
}

Result<TableFile> TableFile::read(const QString& path, const std::vector<ColumnSpec>& columns)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Error{ErrorCode::Invalid,
                     {},
                     QStringLiteral("%1: XLSX import is not available yet; save the sheet as CSV")
                         .arg(path)};
    auto decoded = TextDecoding::decodeFile(path);
    if (!decoded)
        return Error{
            decoded.error().code, {}, path + QStringLiteral(": ") + decoded.error().message};
    auto parsed = CsvReader::parseTable(decoded->text);
    if (!parsed)
        return Error{ErrorCode::Invalid, {}, path + QStringLiteral(": ") + parsed.error().text()};
    CsvTable table = std::move(parsed).value();
    HeaderMap header(columns, table);
    TableFile file(path, std::move(table), std::move(header), decoded->encoding);
    for (const LineError& e : file.m_table.errors)
        file.m_problems.push_back({path, e.line, e.error.field, e.error.message});
    for (const Error& e : file.m_header.errors())
        file.m_problems.push_back({path, file.m_table.headerLine, e.field, e.message});
    return file;
}

Result<FileImportResult> TableFile::importWith(const QString& path,
                                               const std::vector<ColumnSpec>& columns,
                                               const Importer& import)
{
    auto file = read(path, columns);
    if (!file)
        return file.error();
    FileImportResult result;
    result.encoding = file->encoding();
    if (!file->problems().empty()) {
        result.problems = file->problems();
        return result;
    }
    std::vector<RowError> readErrors;
    auto report = import(*file, readErrors);
    if (!report)
        return report.error();
    result.problems = file->toProblems(report->errors);
    if (result.problems.empty())
        result.counts = report->counts;
    return result;
}

std::vector<FileProblem> TableFile::toProblems(const std::vector<RowError>& errors) const
{
    std::vector<FileProblem> out;
    out.reserve(errors.size());
    for (const RowError& e : errors) {
        const QString column = e.column.isEmpty() ? QString() : m_header.columnName(e.column);
        out.push_back({m_path, e.line, column, e.message});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FileProblem& a, const FileProblem& b) { return a.line < b.line; });
    return out;
}

} // namespace sl
