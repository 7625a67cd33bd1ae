#include "AccountRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectAccounts =
    QStringLiteral("SELECT a.id, a.name, a.role, a.member_id, a.org_id, a.disabled, a.created_at, "
                   "a.last_login_at, m.name, o.name FROM accounts a "
                   "LEFT JOIN members m ON m.id = a.member_id "
                   "LEFT JOIN organisations o ON o.id = a.org_id ");

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.role = sqlv::toEnum(q.value(2), AccountRole::Member);
    a.memberId = q.value(3).toLongLong();
    a.orgId = q.value(4).toLongLong();
    a.disabled = q.value(5).toInt() != 0;
    a.createdAt = q.value(6).toString();
    a.lastLoginAt = q.value(7).toString();
    a.memberName = q.value(8).toString();
    a.orgName = q.value(9).toString();
    return a;
}

Result<std::vector<Account>> readAll(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<Account> out;
    while (q.next())
        out.push_back(readAccount(q));
    return out;
}

Result<std::optional<Account>> readOne(QSqlQuery& q)
{
    auto all = readAll(q);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<Account>();
    return std::optional<Account>(all->front());
}

Result<qint64> scalar(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> AccountRepository::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM accounts"));
    return scalar(q);
}

Result<qint64> AccountRepository::countEnabledAdmins()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE role = ? AND disabled = 0"));
    q.addBindValue(sqlv::code(AccountRole::Admin));
    return scalar(q);
}

Result<qint64> AccountRepository::insert(const NewAccount& account, const QString& passwordHash,
                                         const QString& createdAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, password_hash, role, member_id, org_id, "
                             "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(passwordHash);
    q.addBindValue(sqlv::code(account.role));
    q.addBindValue(sqlv::id(account.memberId));
    q.addBindValue(sqlv::id(account.orgId));
    q.addBindValue(createdAt);
    q.addBindValue(createdAt);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Account>> AccountRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectAccounts + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    return readOne(q);
}

Result<std::optional<Account>> AccountRepository::byName(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectAccounts + QStringLiteral("WHERE a.name = ?"));
    q.addBindValue(name);
    return readOne(q);
}

Result<std::vector<Account>> AccountRepository::all()
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectAccounts + QStringLiteral("ORDER BY a.name"));
    return readAll(q);
}

Result<std::optional<QString>> AccountRepository::passwordHash(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status AccountRepository::setPasswordHash(qint64 id, const QString& passwordHash,
                                          const QString& changedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(changedAt);
    q.addBindValue(id);
    return sqlv::exec(q);
}

Status AccountRepository::replaceHash(qint64 id, const QString& passwordHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(id);
    return sqlv::exec(q);
}

Status AccountRepository::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(id);
    return sqlv::exec(q);
}

Status AccountRepository::setLastLogin(qint64 id, const QString& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET last_login_at = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::optional<LoginFailures>> AccountRepository::failures(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT failures, last_at FROM login_failures WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<LoginFailures>();
    return std::optional<LoginFailures>(LoginFailures{q.value(0).toInt(), q.value(1).toString()});
}

Status AccountRepository::recordFailure(const QString& name, const QString& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO login_failures (name, failures, last_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (name) DO UPDATE SET failures = failures + 1, "
                       "last_at = excluded.last_at"));
    q.addBindValue(name);
    q.addBindValue(at);
    return sqlv::exec(q);
}

Status AccountRepository::clearFailures(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE name = ?"));
    q.addBindValue(name);
    return sqlv::exec(q);
}

} // namespace sl
