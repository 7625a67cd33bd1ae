#include "RawInsert.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace bench {

namespace {

// A row of text values (NULL kept as a missing value).
using Row = std::vector<std::optional<std::string>>;

class Db
{
public:
    explicit Db(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            fail();
    }
    ~Db() { sqlite3_close(m_db); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    bool ok() const { return m_ok; }
    sqlite3* handle() const { return m_db; }

    std::vector<Row> rows(const char* sql)
    {
        std::vector<Row> out;
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &q, nullptr) != SQLITE_OK) {
            fail();
            return out;
        }
        while (sqlite3_step(q) == SQLITE_ROW) {
            Row row;
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(q, c));
                row.push_back(text ? std::optional<std::string>(text) : std::nullopt);
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(q);
        return out;
    }

    QHash<QByteArray, qint64> ids(const char* table)
    {
        QHash<QByteArray, qint64> out;
        for (const Row& r : rows((std::string("SELECT ext_id, id FROM ") + table).c_str()))
            out.insert(QByteArray::fromStdString(*r[0]), std::stoll(*r[1]));
        return out;
    }

    bool exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        fail();
        return false;
    }

    void fail()
    {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(m_db));
        m_ok = false;
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = true;
};

struct Plan
{
    const char* select; // from the source; column `ref` (index refColumn) is an ext_id
    const char* insert; // into the target; the ref becomes the target's id
    const char* refTable;
    int refColumn;
};

Plan planOf(const QString& kind)
{
    if (kind == QLatin1String("members"))
        return {"SELECT m.ext_id, m.name, m.gender, m.birth_date, m.join_date, m.category, "
                "o.ext_id, m.position, m.cadre_level, m.phone, m.name_initials FROM members m "
                "JOIN organisations o ON o.id = m.org_id ORDER BY m.ext_id",
                "INSERT INTO members (ext_id, name, gender, birth_date, join_date, category, "
                "org_id, position, cadre_level, phone, name_initials) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "organisations", 6};
    return {"SELECT m.ext_id, s.date, s.minutes, s.material, s.medium, s.notes, s.notes_chars "
            "FROM self_study s JOIN members m ON m.id = s.member_id "
            "ORDER BY m.ext_id, s.date, s.material",
            "INSERT INTO self_study (member_id, date, minutes, material, medium, notes, "
            "notes_chars) VALUES (?, ?, ?, ?, ?, ?, ?)",
            "members", 0};
}

} // namespace

double rawInsertSeconds(const QString& kind, const QString& source, const QString& target)
{
    const Plan plan = planOf(kind);
    std::vector<Row> rows;
    {
        Db from(source);
        rows = from.rows(plan.select);
        if (!from.ok())
            return -1;
    }
    Db to(target);
    const QHash<QByteArray, qint64> refs = to.ids(plan.refTable);
    if (!to.ok())
        return -1;

    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* insert = nullptr;
    if (!to.exec("BEGIN") ||
        sqlite3_prepare_v2(to.handle(), plan.insert, -1, &insert, nullptr) != SQLITE_OK) {
        to.fail();
        return -1;
    }
    for (const Row& row : rows) {
        for (int c = 0; c < int(row.size()); ++c) {
            if (c == plan.refColumn)
                sqlite3_bind_int64(insert, c + 1,
                                   refs.value(QByteArray::fromStdString(row[c].value_or(""))));
            else if (row[c])
                sqlite3_bind_text(insert, c + 1, row[c]->data(), int(row[c]->size()),
                                  SQLITE_STATIC);
            else
                sqlite3_bind_null(insert, c + 1);
        }
        if (sqlite3_step(insert) != SQLITE_DONE) {
            to.fail();
            sqlite3_finalize(insert);
            return -1;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!to.exec("COMMIT"))
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace bench
