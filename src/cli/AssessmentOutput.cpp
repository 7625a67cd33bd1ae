#include "AssessmentOutput.h"

#include "domain/EnumTraits.h"

#include <QStringList>

namespace sl::cli {

namespace {

// Columns shown by the terminal: two for East Asian wide characters.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        width += c.unicode() >= 0x1100 ? 2 : 1;
    }
    return width;
}

QString pad(const QString& text, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QString component(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("-");
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The cells of a row; an organisation scope has the member's organisation after the name.
QStringList cells(const AssessmentRow& r, bool withOrg)
{
    const AssessmentResult& res = r.result;
    QStringList out{QString::number(res.rank), r.figures.extId, r.figures.name};
    if (withOrg)
        out << r.orgName;
    return out + QStringList{component(res.attendance),
                             component(res.hours),
                             component(res.notes),
                             component(res.speeches),
                             component(res.writings),
                             QString::number(res.bonus, 'f', 1),
                             QString::number(res.adjustment, 'f', 1),
                             QString::number(res.final, 'f', 1),
                             enumZh(res.grade)};
}

QStringList headers(bool withOrg)
{
    QStringList out{QStringLiteral("rank"), QStringLiteral("id"), QStringLiteral("name")};
    if (withOrg)
        out << QStringLiteral("org");
    return out + QStringList{QStringLiteral("attendance"), QStringLiteral("hours"),
                             QStringLiteral("notes"),      QStringLiteral("speeches"),
                             QStringLiteral("writings"),   QStringLiteral("bonus"),
                             QStringLiteral("adjustment"), QStringLiteral("final"),
                             QStringLiteral("grade")};
}

bool isOrgScope(const ScopeAssessment& a)
{
    return !a.scope.ref.isGroup();
}

QString jsonComponent(const std::optional<double>& value)
{
    return value ? AssessmentOutput::jsonNumber(*value, 2, true) : QStringLiteral("null");
}

} // namespace

QString AssessmentOutput::table(const GroupAssessment& a)
{
    const bool withOrg = isOrgScope(a);
    const QStringList head = headers(withOrg);
    std::vector<QStringList> rows{head};
    for (const AssessmentRow& r : a.rows)
        rows.push_back(cells(r, withOrg));
    std::vector<int> widths(head.size(), 0);
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(row[c]));
    }
    QString out = QStringLiteral("%1 %2 %3: %4 members\n")
                      .arg(a.scope.extId, a.scope.name)
                      .arg(a.year)
                      .arg(a.rows.size());
    for (const QStringList& row : rows) {
        QStringList line;
        for (int c = 0; c < row.size(); ++c) {
            const QString& name = head[c];
            const bool text = name == QLatin1String("id") || name == QLatin1String("name") ||
                              name == QLatin1String("org") || name == QLatin1String("grade");
            line << pad(row[c], widths[size_t(c)], !text);
        }
        QString text = line.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out;
}

QStringList AssessmentOutput::header(const GroupAssessment& a)
{
    return headers(isOrgScope(a));
}

std::vector<QStringList> AssessmentOutput::rows(const GroupAssessment& a)
{
    std::vector<QStringList> out;
    out.reserve(a.rows.size());
    for (const AssessmentRow& r : a.rows) {
        QStringList row = cells(r, isOrgScope(a));
        for (QString& cell : row) {
            if (cell == QLatin1String("-"))
                cell.clear();
        }
        out.push_back(row);
    }
    return out;
}

QString AssessmentOutput::csv(const GroupAssessment& a)
{
    QString out = header(a).join(QLatin1Char(',')) + QLatin1Char('\n');
    for (QStringList row : rows(a)) {
        for (QString& cell : row)
            cell = csvField(cell);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString AssessmentOutput::json(const GroupAssessment& a)
{
    const Rubric& r = a.rubric;
    QString out;
    const bool withOrg = isOrgScope(a);
    out += QStringLiteral("{\"year\": %1, \"scope\": {\"kind\": \"%2\", \"id\": %3, "
                          "\"name\": %4},\n")
               .arg(a.year)
               .arg(withOrg ? QStringLiteral("org") : QStringLiteral("group"),
                    jsonString(a.scope.extId), jsonString(a.scope.name));
    out += QStringLiteral(" \"rubric\": {\"attendance\": %1, \"hours\": %2, \"notes\": %3, "
                          "\"speeches\": %4, \"writings\": %5},\n")
               .arg(jsonNumber(r.attendanceMax, 2, false), jsonNumber(r.hoursMax, 2, false),
                    jsonNumber(r.notesMax, 2, false), jsonNumber(r.speechesMax, 2, false),
                    jsonNumber(r.writingsMax, 2, false));
    out += QStringLiteral(" \"members\": [");
    bool first = true;
    for (const AssessmentRow& row : a.rows) {
        const AssessmentResult& res = row.result;
        out += first ? QStringLiteral("\n   ") : QStringLiteral(",\n   ");
        first = false;
        out += QStringLiteral("{\"id\": %1, \"name\": %2, ")
                   .arg(jsonString(row.figures.extId), jsonString(row.figures.name));
        if (withOrg)
            out += QStringLiteral("\"org\": %1, ").arg(jsonString(row.orgName));
        out += QStringLiteral("\"components\": {\"attendance\": %1, "
                              "\"hours\": %2, \"notes\": %3, \"speeches\": %4, "
                              "\"writings\": %5}, ")
                   .arg(jsonComponent(res.attendance), jsonComponent(res.hours),
                        jsonComponent(res.notes), jsonComponent(res.speeches),
                        jsonComponent(res.writings));
        out += QStringLiteral("\"bonus\": %1, \"adjustment\": %2, \"final\": %3, "
                              "\"grade\": %4, \"rank\": %5}")
                   .arg(jsonNumber(res.bonus, 2, false), jsonNumber(res.adjustment, 2, false),
                        jsonNumber(res.final, 1, true), jsonString(enumZh(res.grade)))
                   .arg(res.rank);
    }
    out += first ? QStringLiteral("]}\n") : QStringLiteral("\n ]}\n");
    return out;
}

QString AssessmentOutput::jsonNumber(double value, int decimals, bool keepPoint)
{
    QString text =
        QString::number(Assessment::roundHalfAwayFromZero(value, decimals), 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    if (keepPoint && !text.contains(QLatin1Char('.')))
        text += QStringLiteral(".0");
    return text;
}

QString AssessmentOutput::jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace sl::cli
