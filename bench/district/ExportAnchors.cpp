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

// The records of a CSV file one at a time, as their fields, so that two writers that quote
// differently compare equal: RFC 4180 quotes, CR LF or LF, a byte order mark skipped. Reads in
// pieces: the files are the district's (hundreds of megabytes), and the harness must stay small
// (its children inherit its peak memory).
class CsvRecords
{
public:
    explicit CsvRecords(const QString& path) : m_file(path)
    {
        m_ok = m_file.open(QIODevice::ReadOnly);
    }

    bool ok() const { return m_ok; }

    // The next record; false at the end.
    bool next(QList<QByteArray>& record)
    {
        record.clear();
        QByteArray field;
        bool quoted = false;
        bool any = false;
        char c = 0;
        while (get(c)) {
            any = true;
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    get(c);
                    field += c;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record << field;
                field.clear();
            } else if (c == '\n') {
                record << field;
                return true;
            } else if (c != '\r') {
                field += c;
            }
        }
        if (any)
            record << field;
        return any;
    }

private:
    bool fill()
    {
        m_buffer = m_file.read(1 << 16);
        m_at = 0;
        if (m_first && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
        m_first = false;
        return m_at < m_buffer.size();
    }
    bool get(char& c)
    {
        if (m_at >= m_buffer.size() && !fill())
            return false;
        c = m_buffer[m_at++];
        return true;
    }
    char peek()
    {
        if (m_at >= m_buffer.size() && !fill())
            return 0;
        return m_buffer[m_at];
    }

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    bool m_first = true;
    bool m_ok = false;
};

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
    CsvRecords left(a);
    CsvRecords right(b);
    if (!left.ok() || !right.ok())
        return false;
    QList<QByteArray> l;
    QList<QByteArray> r;
    bool any = false;
    for (;;) {
        const bool more = left.next(l);
        if (more != right.next(r) || (more && l != r))
            return false;
        if (!more)
            return any;
        any = true;
    }
}

} // namespace bench
