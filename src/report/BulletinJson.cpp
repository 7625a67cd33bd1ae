#include "BulletinJson.h"

#include "domain/Assessment.h"
#include "domain/EnumTraits.h"

#include <QStringList>

namespace sl {

namespace {

QString string(const QString& text)
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

// {"key": value, …} from pairs whose values are already JSON.
QString object(const std::vector<std::pair<QString, QString>>& members)
{
    QStringList parts;
    for (const auto& [key, value] : members)
        parts << string(key) + QStringLiteral(": ") + value;
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString byForm(const BulletinFigures::Sessions& sessions)
{
    std::vector<std::pair<QString, QString>> forms;
    for (const auto& entry : EnumTraits<SessionForm>::entries)
        forms.emplace_back(QString::fromUtf8(entry.zh),
                           number(sessions.byForm[size_t(entry.value)]));
    return object(forms);
}

QString grades(const GradeCounts& counts)
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto& entry : EnumTraits<Grade>::entries)
        out.emplace_back(QString::fromUtf8(entry.zh), number(counts[size_t(entry.value)]));
    return object(out);
}

} // namespace

QString BulletinJson::rate(double value)
{
    QString text = QString::number(Assessment::roundHalfAwayFromZero(value, 4), 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QByteArray BulletinJson::write(const BulletinData& data)
{
    const BulletinFigures& f = data.figures;
    const BulletinFigures::Attendance& a = f.attendance;
    std::vector<std::pair<QString, QString>> top{
        {QStringLiteral("period"),
         object({{QStringLiteral("from"), string(dates::toIso(data.period.from))},
                 {QStringLiteral("to"), string(dates::toIso(data.period.to))}})},
        {QStringLiteral("scope"),
         object({{QStringLiteral("kind"), string(data.scope.ref.isGroup() ? QStringLiteral("group")
                                                                          : QStringLiteral("org"))},
                 {QStringLiteral("id"), string(data.scope.extId)},
                 {QStringLiteral("name"), string(data.scope.name)}})},
        {QStringLiteral("sessions"),
         object({{QStringLiteral("total"), number(f.sessions.total)},
                 {QStringLiteral("by_form"), byForm(f.sessions)},
                 {QStringLiteral("three_musts"), number(f.sessions.threeMusts)}})},
        {QStringLiteral("plan"), object({{QStringLiteral("items"), number(f.plan.items)},
                                         {QStringLiteral("done"), number(f.plan.done)}})},
        {QStringLiteral("attendance"),
         object({{QStringLiteral("expected"), number(a.expected)},
                 {QStringLiteral("present"), number(a.present)},
                 {QStringLiteral("late"), number(a.late)},
                 {QStringLiteral("early_leave"), number(a.earlyLeave)},
                 {QStringLiteral("excused"), number(a.excused)},
                 {QStringLiteral("absent"), number(a.absent)},
                 {QStringLiteral("participation_rate"), rate(a.participationRate())}})},
        {QStringLiteral("makeup"), object({{QStringLiteral("owed"), number(f.makeup.owed)},
                                           {QStringLiteral("done"), number(f.makeup.done)}})},
        {QStringLiteral("self_study"),
         object({{QStringLiteral("minutes"), number(f.selfStudyMinutes)}})},
        {QStringLiteral("members"),
         object({{QStringLiteral("total"), number(f.members.total)},
                 {QStringLiteral("meeting_hours_target"), number(f.members.meetingHoursTarget)}})},
        {QStringLiteral("notes"), object({{QStringLiteral("chars"), number(f.notesChars)}})},
        {QStringLiteral("speeches"), object({{QStringLiteral("total"), number(f.speeches)}})},
        {QStringLiteral("writings"),
         object({{QStringLiteral("reflections"), number(f.writings.reflections)},
                 {QStringLiteral("articles"), number(f.writings.articles)},
                 {QStringLiteral("reports"), number(f.writings.reports)},
                 {QStringLiteral("awards"), number(f.writings.awards)}})},
    };
    if (data.grades)
        top.emplace_back(QStringLiteral("assessment"),
                         object({{QStringLiteral("grades"), grades(*data.grades)}}));

    // One top-level key a line, as `assess --format json` prints.
    QStringList lines;
    for (const auto& [key, value] : top)
        lines << string(key) + QStringLiteral(": ") + value;
    return (QLatin1Char('{') + lines.join(QStringLiteral(",\n ")) + QStringLiteral("}\n")).toUtf8();
}

} // namespace sl
