#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace sl {

class Database;

// The failed log-ins of one name since its last success.
struct LoginFailures
{
    int failures = 0;
    QString lastAt; // ISO 8601 UTC
};

// 账号: the accounts and their failed log-ins. The password hash is read and written here and
// handed only to AccountService; an Account never carries it.
class AccountRepository
{
public:
    explicit AccountRepository(Database& db) : m_db(db) {}

    Result<qint64> count();
    // Administrators that are not disabled.
    Result<qint64> countEnabledAdmins();
    // Stores `account` (its password is not read) with `passwordHash`; the new id.
    Result<qint64> insert(const NewAccount& account, const QString& passwordHash,
                          const QString& createdAt);
    Result<std::optional<Account>> byId(qint64 id);
    Result<std::optional<Account>> byName(const QString& name);
    // Every account by name, with its member's and organisation's names.
    Result<std::vector<Account>> all();

    // The stored hash of an account (nullopt: no such account).
    Result<std::optional<QString>> passwordHash(qint64 id);
    Status setPasswordHash(qint64 id, const QString& passwordHash, const QString& changedAt);
    // Replaces the hash without counting it as a change of password (stronger limits).
    Status replaceHash(qint64 id, const QString& passwordHash);
    Status setDisabled(qint64 id, bool disabled);
    Status setLastLogin(qint64 id, const QString& at);

    Result<std::optional<LoginFailures>> failures(const QString& name);
    // One more failure for `name`, at `at`.
    Status recordFailure(const QString& name, const QString& at);
    Status clearFailures(const QString& name);

private:
    Database& m_db;
};

} // namespace sl
