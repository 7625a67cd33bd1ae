#include "AccountService.h"

#include "Clock.h"
#include "LedgerWrite.h"
#include "PasswordHash.h"

#include "domain/EnumTraits.h"
#include "domain/Permissions.h"
#include "domain/TextRules.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/OrgRepository.h"

#include <algorithm>
#include <cmath>

namespace sl {

namespace {

constexpr int maxNameLength = 64;
constexpr int maxPasswordLength = 1024;
// From this many consecutive failures on, a further attempt waits.
constexpr int failuresBeforeDelay = 3;
constexpr int maxDelaySeconds = 300;

const QString accountEntity = QStringLiteral("account");

QString isoNow()
{
    return Clock::nowUtc().toString(Qt::ISODate);
}

Actor actorFor(const Account& account)
{
    Actor a;
    a.accountId = account.id;
    a.role = account.role;
    a.orgId = account.orgId;
    a.memberId = account.memberId;
    return a;
}

// The seconds still to wait after `f` (0: none): min(2^(failures-3), 300) seconds after the last
// failure, from the third failure on.
int remainingDelay(const LoginFailures& f, const QDateTime& now)
{
    if (f.failures < failuresBeforeDelay)
        return 0;
    const int exponent = f.failures - failuresBeforeDelay;
    const qint64 delayMs =
        qint64(exponent >= 9 ? maxDelaySeconds : std::min(1 << exponent, maxDelaySeconds)) * 1000;
    const QDateTime last = QDateTime::fromString(f.lastAt, Qt::ISODateWithMs);
    if (!last.isValid())
        return 0;
    // A clock set back never makes the wait longer than the delay itself.
    const qint64 remainingMs = std::min(delayMs, delayMs - last.msecsTo(now));
    if (remainingMs <= 0)
        return 0;
    return int((remainingMs + 999) / 1000);
}

// A hash to check a password against when the name is unknown, so that an unknown name costs the
// same time as a wrong password.
const QString& decoyHash()
{
    static const QString hash = [] {
        auto made = PasswordHash::hash(QStringLiteral("decoy password of no account"));
        return made ? *made : QString();
    }();
    return hash;
}

} // namespace

// ---- checks -------------------------------------------------------------------------------

namespace {

Status checkPassword(const QString& password, const QString& field)
{
    const qsizetype length = password.toUcs4().size();
    if (length < AccountService::minPasswordLength)
        return Error::invalid(
            field,
            QCoreApplication::translate("sl::AccountService", "must be at least %1 characters long")
                .arg(AccountService::minPasswordLength));
    if (length > maxPasswordLength)
        return Error::invalid(field, QCoreApplication::translate(
                                         "sl::AccountService", "must be at most %1 characters long")
                                         .arg(maxPasswordLength));
    return {};
}

Status checkName(const QString& name)
{
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"),
                              QCoreApplication::translate("sl::AccountService", "is required"));
    if (name.size() > maxNameLength)
        return Error::invalid(
            QStringLiteral("name"),
            QCoreApplication::translate("sl::AccountService", "is longer than %1 characters")
                .arg(maxNameLength));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return Error::invalid(
                QStringLiteral("name"),
                QCoreApplication::translate(
                    "sl::AccountService",
                    "may not contain spaces or control characters (U+%1 at character %2)")
                    .arg(QStringLiteral("%1")
                             .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                             .toUpper())
                    .arg(i + 1));
    }
    if (auto bad = rules::checkCharacters(name, QStringLiteral("name"), rules::TextKind::Name))
        return *bad;
    return {};
}

} // namespace

// ---- permissions --------------------------------------------------------------------------

namespace {

// Administrators only; single-user mode only while the ledger has no account at all.
Status requireAdmin(Ledger& ledger, const QString& action)
{
    const Actor& actor = ledger.actor();
    if (actor.signedOut)
        return Error{ErrorCode::Permission,
                     {},
                     QCoreApplication::translate("sl::AccountService", "%1: log in first (%2)")
                         .arg(action, permissions::code(Action::AccountManage))};
    if (actor.isSingleUser()) {
        auto count = AccountRepository(ledger.db()).count();
        if (!count)
            return count.error();
        if (*count == 0)
            return {};
    } else if (reach(actor.role, Action::AccountManage) != Reach::None) {
        return {}; // the permission matrix: administrators
    }
    return Error{ErrorCode::Permission,
                 {},
                 QCoreApplication::translate("sl::AccountService",
                                             "%1: only an administrator may do this (%2)")
                     .arg(action, permissions::code(Action::AccountManage))};
}

Status recordAccountAudit(Ledger& ledger, qint64 author, const QString& action, qint64 accountId,
                          const QString& detail)
{
    return AuditRepository(ledger.db()).record(author, action, accountEntity, accountId, detail);
}

// A checked new password of account `accountId` (called `name`), hashed and stored with the
// audit entry `auditAction` in one transaction; a new password ends the wait of earlier failures.
Status storePassword(Ledger& ledger, qint64 accountId, const QString& name,
                     const QString& replacement, const QString& auditAction)
{
    if (Status s = checkPassword(replacement, QStringLiteral("password")); !s)
        return s;
    auto hash = PasswordHash::hash(replacement);
    if (!hash)
        return hash.error();
    AccountRepository repo(ledger.db());
    LedgerWrite tx(ledger);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = repo.setPasswordHash(accountId, *hash, isoNow()); !s)
        return s;
    if (Status s = repo.clearFailures(name); !s)
        return s;
    if (Status s =
            recordAccountAudit(ledger, ledger.actor().accountId, auditAction, accountId, name);
        !s)
        return s;
    return tx.commit();
}

} // namespace

// ---- logging in ---------------------------------------------------------------------------

Result<bool> AccountService::hasAccounts()
{
    auto count = AccountRepository(m_ledger.db()).count();
    if (!count)
        return count.error();
    return *count > 0;
}

Result<int> AccountService::loginDelay(const QString& name)
{
    auto failures = AccountRepository(m_ledger.db()).failures(name);
    if (!failures)
        return failures.error();
    if (!*failures)
        return 0;
    return remainingDelay(**failures, Clock::nowUtc());
}

Result<Account> AccountService::login(const QString& name, const QString& password)
{
    AccountRepository repo(m_ledger.db());
    const bool readOnly = m_ledger.db().isReadOnly();
    auto wait = loginDelay(name);
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return Error{
            ErrorCode::Permission, {}, tr("too many failed log-ins; try again in %1 s").arg(*wait)};

    auto account = repo.byName(name);
    if (!account)
        return account.error();
    bool matches = false;
    QString storedHash;
    if (*account) {
        auto stored = repo.passwordHash((*account)->id);
        if (!stored)
            return stored.error();
        storedHash = stored->value_or(QString());
        matches = PasswordHash::verify(storedHash, password);
    } else {
        PasswordHash::verify(decoyHash(), password);
    }

    if (!matches) {
        // Counted in the database, so that the next process waits too (a read-only ledger
        // cannot count: it refuses all the same).
        if (!readOnly) {
            LedgerWrite tx(m_ledger);
            if (!tx.isActive())
                return tx.beginError();
            if (Status s = repo.recordFailure(name, Clock::nowUtc().toString(Qt::ISODateWithMs));
                !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
        }
        return Error{ErrorCode::Permission, {}, tr("wrong account name or password")};
    }
    if ((*account)->disabled)
        return Error{ErrorCode::Permission,
                     {},
                     tr("the account %1 is disabled; ask an administrator").arg(name)};

    if (!readOnly) {
        LedgerWrite tx(m_ledger);
        if (!tx.isActive())
            return tx.beginError();
        const QString now = isoNow();
        if (Status s = repo.clearFailures(name); !s)
            return s.error();
        if (Status s = repo.setLastLogin((*account)->id, now); !s)
            return s.error();
        // A hash made with weaker limits (a test suite's) is made again with the current ones.
        if (PasswordHash::needsRehash(storedHash)) {
            auto rehashed = PasswordHash::hash(password);
            if (rehashed) {
                if (Status s = repo.replaceHash((*account)->id, *rehashed); !s)
                    return s.error();
            }
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        account.value()->lastLoginAt = now;
    }
    m_ledger.setActor(actorFor(**account));
    return **account;
}

void AccountService::logout()
{
    auto has = hasAccounts();
    // When the ledger cannot tell, signed out is the safe side.
    m_ledger.setActor(has && !*has ? Actor() : Actor::nobody());
}

// ---- changing accounts --------------------------------------------------------------------

Result<qint64> AccountService::add(const NewAccount& account)
{
    const QString action = tr("添加账号 (user add)");
    AccountRepository repo(m_ledger.db());
    auto count = repo.count();
    if (!count)
        return count.error();
    const bool first = *count == 0;
    // The first account is made by whoever has the ledger in single-user mode; every other by
    // an administrator.
    if (!first || m_ledger.actor().signedOut) {
        if (Status allowed = requireAdmin(m_ledger, action); !allowed)
            return allowed.error();
    }

    if (Status s = checkName(account.name); !s)
        return s.error();
    if (first && account.role != AccountRole::Admin)
        return Error::invalid(QStringLiteral("role"),
                              tr("the first account must be an administrator (admin)"));
    if (account.role == AccountRole::Member && account.memberId <= 0)
        return Error::invalid(QStringLiteral("member"),
                              tr("a member account needs the member it stands for"));
    if (account.memberId > 0) {
        auto member = MemberRepository(m_ledger.db()).byId(account.memberId);
        if (!member)
            return member.error();
        if (!*member)
            return Error::notFound(QStringLiteral("member"), tr("no such member"));
    }
    if ((account.role == AccountRole::Secretary || account.role == AccountRole::Leader) &&
        account.orgId <= 0)
        return Error::invalid(QStringLiteral("org"),
                              tr("a secretary's or leader's account needs an organisation"));
    if (account.orgId > 0) {
        auto org = OrgRepository(m_ledger.db()).byId(account.orgId);
        if (!org)
            return org.error();
        if (!*org)
            return Error::notFound(QStringLiteral("org"), tr("no such organisation"));
    }
    auto existing = repo.byName(account.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{ErrorCode::Conflict, QStringLiteral("name"),
                     tr("an account called %1 exists already").arg(account.name)};
    // The password last: everything else is checked before anyone is asked for it.
    if (Status s = checkPassword(account.password, QStringLiteral("password")); !s)
        return s.error();

    auto hash = PasswordHash::hash(account.password);
    if (!hash)
        return hash.error();

    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    auto id = repo.insert(account, *hash, isoNow());
    if (!id)
        return id.error();
    // The first administrator creates itself.
    const qint64 author = first ? *id : m_ledger.actor().accountId;
    if (Status s = recordAccountAudit(m_ledger, author, QStringLiteral("create"), *id,
                                      account.name + QLatin1Char(' ') + enumCode(account.role));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    if (first) {
        // Logging in is on from now; whoever made the first account goes on as it.
        auto made = repo.byId(*id);
        if (made && *made)
            m_ledger.setActor(actorFor(**made));
        else
            m_ledger.setActor(Actor::nobody());
    }
    return *id;
}

Status AccountService::changeOwnPassword(const QString& current, const QString& replacement)
{
    const Actor& actor = m_ledger.actor();
    if (actor.accountId <= 0)
        return Error{
            ErrorCode::Permission, {}, tr("%1: log in first").arg(tr("修改密码 (user passwd)"))};
    AccountRepository repo(m_ledger.db());
    auto account = repo.byId(actor.accountId);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(QStringLiteral("name"), tr("the account no longer exists"));
    const QString name = (*account)->name;

    auto wait = loginDelay(name);
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return Error{
            ErrorCode::Permission, {}, tr("too many failed log-ins; try again in %1 s").arg(*wait)};
    auto stored = repo.passwordHash(actor.accountId);
    if (!stored)
        return stored.error();
    if (!PasswordHash::verify(stored->value_or(QString()), current)) {
        LedgerWrite tx(m_ledger);
        if (!tx.isActive())
            return tx.beginError();
        if (Status s = repo.recordFailure(name, Clock::nowUtc().toString(Qt::ISODateWithMs)); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return Error{ErrorCode::Permission, QStringLiteral("current"),
                     tr("the current password is wrong")};
    }
    return storePassword(m_ledger, actor.accountId, name, replacement,
                         QStringLiteral("change_password"));
}

Status AccountService::resetPassword(qint64 accountId, const QString& replacement)
{
    if (Status allowed = requireAdmin(m_ledger, tr("重设密码 (user passwd)")); !allowed)
        return allowed;
    AccountRepository repo(m_ledger.db());
    auto account = repo.byId(accountId);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(QStringLiteral("name"), tr("no such account"));
    return storePassword(m_ledger, accountId, (*account)->name, replacement,
                         QStringLiteral("reset_password"));
}

Status AccountService::setDisabled(qint64 accountId, bool disabled)
{
    const QString action = disabled ? tr("停用账号 (user disable)") : tr("启用账号 (user enable)");
    if (Status allowed = requireAdmin(m_ledger, action); !allowed)
        return allowed;
    AccountRepository repo(m_ledger.db());

    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    auto account = repo.byId(accountId);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(QStringLiteral("name"), tr("no such account"));
    if ((*account)->disabled == disabled)
        return {}; // nothing to change
    if (disabled && (*account)->role == AccountRole::Admin) {
        auto admins = repo.countEnabledAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error{ErrorCode::Conflict, QStringLiteral("name"),
                         tr("%1 is the last enabled administrator and cannot be disabled")
                             .arg((*account)->name)};
    }
    if (Status s = repo.setDisabled(accountId, disabled); !s)
        return s;
    if (Status s =
            recordAccountAudit(m_ledger, m_ledger.actor().accountId,
                               disabled ? QStringLiteral("disable") : QStringLiteral("enable"),
                               accountId, (*account)->name);
        !s)
        return s;
    return tx.commit();
}

// ---- reading ------------------------------------------------------------------------------

Result<std::vector<Account>> AccountService::list()
{
    if (Status allowed = requireAdmin(m_ledger, tr("查看账号 (user list)")); !allowed)
        return allowed.error();
    return AccountRepository(m_ledger.db()).all();
}

Result<std::optional<Account>> AccountService::byName(const QString& name)
{
    if (Status allowed = requireAdmin(m_ledger, tr("查看账号 (user list)")); !allowed)
        return allowed.error();
    return AccountRepository(m_ledger.db()).byName(name);
}

Result<std::optional<Account>> AccountService::current()
{
    const qint64 id = m_ledger.actor().accountId;
    if (id <= 0)
        return std::optional<Account>();
    return AccountRepository(m_ledger.db()).byId(id);
}

} // namespace sl
