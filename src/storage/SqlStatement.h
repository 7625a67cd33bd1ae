#pragma once

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// A statement built from fixed SQL fragments of a repository (never text from outside) and the
// values bound to their placeholders, in the order they appear (internal to src/storage).
namespace sl::sqlv {

struct Statement
{
    QString sql;
    QVariantList binds;

    Statement& add(const QString& fragment, const QVariantList& values = {})
    {
        sql += fragment;
        binds += values;
        return *this;
    }
    Statement& add(const Statement& other) { return add(other.sql, other.binds); }
};

// Prepares `st` on `q` (forward only), binds its values and executes it.
inline Status execute(QSqlQuery& q, const Statement& st)
{
    q.setForwardOnly(true);
    if (!q.prepare(st.sql))
        return queryError(q);
    for (const QVariant& v : st.binds)
        q.addBindValue(v);
    return exec(q);
}

// Executes `st` and calls visit(q) for each row.
template <typename Visit> Status forEachRow(Database& db, const Statement& st, Visit visit)
{
    QSqlQuery q(db.connection());
    if (Status ok = execute(q, st); !ok)
        return ok;
    while (q.next())
        visit(q);
    return {};
}

// Runs the INSERT `sql` (compiled once per connection) with the values `bind(q)` binds: the new
// row's id, or 0 when the statement inserted nothing (… ON CONFLICT DO NOTHING).
template <typename Bind> Result<qint64> insertRow(Database& db, const QString& sql, Bind bind)
{
    auto prepared = db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bind(q);
    if (Status s = exec(q); !s)
        return s.error();
    return q.numRowsAffected() > 0 ? q.lastInsertId().toLongLong() : qint64(0);
}

} // namespace sl::sqlv
