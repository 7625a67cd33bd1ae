#include "IssuedBulletinRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace sl {

namespace {

// The columns read() takes, in its order; the PDF is appended where it is wanted.
const QString listColumns = QStringLiteral(
    "b.id, b.org_id, b.scope_kind, b.scope_id, b.scope_name, b.period_from, b.period_to, "
    "b.serial, b.number, b.title, b.issued_on, a.name, b.issued_at, b.practices, b.next_steps, "
    "b.figures_json");

const QString fromClause =
    QStringLiteral(" FROM issued_bulletins b LEFT JOIN accounts a ON a.id = b.issued_by ");

QString scopeCode(ScopeKind kind)
{
    return kind == ScopeKind::Group ? QStringLiteral("group") : QStringLiteral("org");
}

} // namespace

Result<int> IssuedBulletinRepository::maxSerial(qint64 orgId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(serial), 0) FROM issued_bulletins WHERE org_id = ? AND year = ?"));
    q.addBindValue(orgId);
    q.addBindValue(year);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> IssuedBulletinRepository::insert(const IssuedBulletin& b, qint64 accountId)
{
    const int year = dates::isSet(b.issuedOn) ? int(b.issuedOn.year()) : 0;
    QSqlQuery taken(m_db.connection());
    taken.prepare(QStringLiteral(
        "SELECT count(*) FROM issued_bulletins WHERE org_id = ? AND year = ? AND serial = ?"));
    taken.addBindValue(b.orgId);
    taken.addBindValue(year);
    taken.addBindValue(b.serial);
    if (Status s = sqlv::exec(taken); !s)
        return s.error();
    if (taken.next() && taken.value(0).toInt() > 0)
        return Error{ErrorCode::Conflict, QStringLiteral("serial"),
                     QCoreApplication::translate("sl::IssuedBulletinRepository",
                                                 "the number %1 is already issued")
                         .arg(b.number)};

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO issued_bulletins (org_id, scope_kind, scope_id, scope_name, period_from, "
        "period_to, year, serial, number, title, issued_on, issued_by, issued_at, practices, "
        "next_steps, figures_json, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    const QVariantList values{b.orgId, scopeCode(b.scope.kind), b.scope.id, sqlv::text(b.scopeName),
                              sqlv::date(b.period.from), sqlv::date(b.period.to), year, b.serial,
                              sqlv::text(b.number), sqlv::text(b.title), sqlv::date(b.issuedOn),
                              sqlv::id(accountId), b.issuedAt.toUTC().toString(Qt::ISODate),
                              sqlv::text(b.prose.practices), sqlv::text(b.prose.nextSteps),
                              // Never NULL: an empty array is stored as an empty blob.
                              b.figuresJson.isNull() ? QByteArray("") : b.figuresJson,
                              b.pdf.isNull() ? QByteArray("") : b.pdf};
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<std::vector<IssuedBulletin>> IssuedBulletinRepository::forOrg(qint64 orgId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + listColumns + fromClause +
              QStringLiteral("WHERE b.org_id = ? ORDER BY b.issued_on DESC, b.year DESC, "
                             "b.serial DESC, b.id DESC"));
    q.addBindValue(orgId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<IssuedBulletin> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

Result<std::optional<IssuedBulletin>> IssuedBulletinRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + listColumns + QStringLiteral(", b.pdf") + fromClause +
              QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(id);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<IssuedBulletin>();
    IssuedBulletin b = read(q);
    b.pdf = q.value(16).toByteArray();
    return std::optional<IssuedBulletin>(std::move(b));
}

IssuedBulletin IssuedBulletinRepository::read(const QSqlQuery& q)
{
    IssuedBulletin b;
    int i = 0;
    auto next = [&] { return q.value(i++); };
    b.id = next().toLongLong();
    b.orgId = next().toLongLong();
    b.scope.kind =
        next().toString() == QLatin1String("group") ? ScopeKind::Group : ScopeKind::Organisation;
    b.scope.id = next().toLongLong();
    b.scopeName = next().toString();
    b.period.from = sqlv::toDate(next());
    b.period.to = sqlv::toDate(next());
    b.serial = next().toInt();
    b.number = next().toString();
    b.title = next().toString();
    b.issuedOn = sqlv::toDate(next());
    b.issuedBy = next().toString();
    b.issuedAt = QDateTime::fromString(next().toString(), Qt::ISODate);
    b.prose.practices = next().toString();
    b.prose.nextSteps = next().toString();
    b.figuresJson = next().toByteArray();
    return b;
}

Status IssuedBulletinRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM issued_bulletins WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

} // namespace sl
