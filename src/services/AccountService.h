#pragma once

#include "Ledger.h"

#include "domain/Account.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace sl {

// Accounts and logging in (PRODUCT.md "Who uses it", FORMATS.md `--user` and `user`). A ledger
// without accounts is in single-user mode; the first account created must be an administrator
// and switches logging in on. Passwords are hashed with libsodium's Argon2id (moderate limits)
// and never stored, logged or echoed in clear. Failed log-ins are counted per name in the
// database: from the third failure on, a further attempt within the delay is refused without
// checking the password, so a new process does not reset it.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(sl::AccountService)

public:
    static constexpr int minPasswordLength = 8;

    explicit AccountService(Ledger& ledger) : m_ledger(ledger) {}

    // Whether the ledger has any account (then every session must log in).
    Result<bool> hasAccounts();
    // Checks the name and password. On success, sets the ledger's actor to the account and
    // clears its failures; a wrong name or password, a disabled account or a pending delay is a
    // Permission error (the same message for a wrong name and a wrong password).
    Result<Account> login(const QString& name, const QString& password);
    // Seconds a log-in as `name` must still wait because of earlier failures (0: none).
    Result<int> loginDelay(const QString& name);
    // The ledger's actor returns to signed out (no rights) when the ledger has accounts.
    void logout();

    // Creates an account: in single-user mode only an administrator (the first account);
    // otherwise administrators only. The name, role, member (member accounts) and organisation
    // (secretaries and leaders; optional for admins) are checked, naming the field.
    Result<qint64> add(const NewAccount& account);
    // The logged-in account changes its own password, giving the current one.
    Status changeOwnPassword(const QString& current, const QString& replacement);
    // An administrator sets another account's password.
    Status resetPassword(qint64 accountId, const QString& replacement);
    // An administrator disables or enables an account (never the last enabled administrator).
    Status setDisabled(qint64 accountId, bool disabled);
    // Every account, by name: administrators only.
    Result<std::vector<Account>> list();
    // The account called `name`, if any: administrators only.
    Result<std::optional<Account>> byName(const QString& name);
    // The logged-in account (nullopt in single-user mode).
    Result<std::optional<Account>> current();

private:
    Ledger& m_ledger;
};

} // namespace sl
