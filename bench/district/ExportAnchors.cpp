#include "ExportAnchors.h"

#include "domain/Enums.h"
#include "exchange/ImportKind.h"

#include <QStringList>

#include <vector>

#include <QFile>

namespace bench {

namespace {

// CASE column WHEN 'code' THEN 'label' … END, from the enumeration's own table.
template <typename E> QString labels(const QString& column)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const auto& e : sl::EnumTraits<E>::entries)
        sql += QStringLiteral(" WHEN '%1' THEN '%2'")
                   .arg(QString::fromUtf8(e.code), QString::fromUtf8(e.zh));
    return sql + QStringLiteral(" ELSE '' END");
}

// The records of a CSV file as their fields, so that two writers that quote differently
// compare equal: RFC 4180 quotes, CR LF or LF, a byte order mark skipped.
std::vector<QList<QByteArray>> records(const QString& path)
{
    std::vector<QList<QByteArray>> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"')
                field += bytes[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\n') {
            record << field;
            out.push_back(record);
            record.clear();
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        out.push_back(record << field);
    return out;
}

} // namespace

QString exportAnchorSql(const QString& kind)
{
    QStringList columns;
    QString from;
    if (kind == QLatin1String("members")) {
        columns = {QStringLiteral("m.ext_id"),
                   QStringLiteral("m.name"),
                   labels<sl::Gender>(QStringLiteral("m.gender")),
                   QStringLiteral("ifnull(m.birth_date, '')"),
                   QStringLiteral("ifnull(m.join_date, '')"),
                   labels<sl::MemberCategory>(QStringLiteral("m.category")),
                   QStringLiteral("o.ext_id"),
                   QStringLiteral("m.position"),
                   labels<sl::CadreLevel>(QStringLiteral("m.cadre_level")),
                   QStringLiteral("m.phone")};
        from = QStringLiteral(" FROM members m JOIN organisations o ON o.id = m.org_id "
                              "ORDER BY m.ext_id");
    } else if (kind == QLatin1String("selfstudy")) {
        columns = {QStringLiteral("m.ext_id"),
                   QStringLiteral("s.date"),
                   QStringLiteral("s.minutes"),
                   QStringLiteral("s.material"),
                   labels<sl::Medium>(QStringLiteral("s.medium")),
                   QStringLiteral("s.notes")};
        from = QStringLiteral(" FROM self_study s JOIN members m ON m.id = s.member_id "
                              "ORDER BY m.ext_id, s.date, s.material");
    } else {
        return {};
    }
    const QStringList header = sl::headerOf(*sl::importKindFromName(kind));
    QStringList named;
    for (int i = 0; i < columns.size() && i < header.size(); ++i)
        named << columns[i] + QStringLiteral(" AS \"") + header[i] + QLatin1Char('"');
    return QStringLiteral("SELECT ") + named.join(QStringLiteral(", ")) + from;
}

bool sameCsv(const QString& a, const QString& b)
{
    const auto left = records(a);
    return !left.empty() && left == records(b);
}

} // namespace bench
