// user add | passwd | list | disable | enable of studyledger-cli, and logging in (--user).
#include "CliApp.h"

#include "services/AccountService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include "domain/EnumTraits.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace sl::cli {

namespace {

const char* const passwordVariable = "STUDYLEDGER_PASSWORD";
const char* const newPasswordVariable = "STUDYLEDGER_NEW_PASSWORD";

// Columns shown by the terminal: two for East Asian wide characters.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        width += c.unicode() >= 0x1100 ? 2 : 1;
    }
    return width;
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

// The echo of the terminal on standard input off, and back on when this goes.
class NoEcho
{
public:
    NoEcho()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho()
    {
        if (m_changed)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios m_saved{};
    bool m_changed = false;
};

} // namespace

bool CliApp::readSecret(const QString& prompt, QString* secret)
{
    if (!isatty(STDIN_FILENO))
        return false;
    m_err << prompt << Qt::flush;
    char buffer[1100];
    bool read = false;
    {
        NoEcho quiet;
        read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    }
    if (read) {
        size_t length = std::strlen(buffer);
        while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
            --length;
        *secret = QString::fromLocal8Bit(buffer, qsizetype(length));
    }
    // The clear password does not stay in this buffer.
    volatile char* wipe = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        wipe[i] = 0;
    return read;
}

bool CliApp::logIn(Ledger& ledger, int* exitCode)
{
    AccountService accounts(ledger);
    auto has = accounts.hasAccounts();
    if (!has) {
        *exitCode = fail(has.error());
        return false;
    }
    if (!*has) {
        if (m_user.isEmpty())
            return true; // single-user mode
        *exitCode = fail(Error{ErrorCode::Permission,
                               {},
                               QStringLiteral("this database has no accounts; omit --user")});
        return false;
    }
    if (m_user.isEmpty()) {
        *exitCode = fail(Error{ErrorCode::Permission,
                               {},
                               QStringLiteral("this database has accounts; log in with --user "
                                              "NAME")});
        return false;
    }
    QString password;
    if (qEnvironmentVariableIsSet(passwordVariable)) {
        password = qEnvironmentVariable(passwordVariable);
    } else if (!readSecret(QStringLiteral("password for %1: ").arg(m_user), &password)) {
        *exitCode = fail(Error{ErrorCode::Permission,
                               {},
                               QStringLiteral("no password: set %1 or run on a terminal")
                                   .arg(QLatin1String(passwordVariable))});
        return false;
    }
    // A read-only command (check) logs in through a writable connection of its own when the file
    // allows one and needs no migration, so that its failures are counted and make the next
    // attempt wait like any other; else the read-only log-in checks but cannot count.
    std::unique_ptr<Ledger> writer;
    if (ledger.db().isReadOnly() && ledger.db().schemaVersion() == Migrator::latestVersion()) {
        if (auto opened = Ledger::open(m_dbPath, OpenMode::MustExist))
            writer = std::move(opened).value();
    }
    AccountService loginService(writer ? *writer : ledger);
    auto account = loginService.login(m_user, password);
    if (writer && account)
        ledger.setActor(writer->actor());
    writer.reset();
    if (!account) {
        password.fill(QLatin1Char(' '));
        *exitCode = fail(account.error());
        return false;
    }
    m_password = password; // the current password of `user passwd` for one's own account
    password.fill(QLatin1Char(' '));
    return true;
}

int CliApp::readNewPassword(const QString& name, QString* password)
{
    if (qEnvironmentVariableIsSet(newPasswordVariable)) {
        *password = qEnvironmentVariable(newPasswordVariable);
        return ExitOk;
    }
    QString again;
    if (!readSecret(QStringLiteral("new password for %1: ").arg(name), password) ||
        !readSecret(QStringLiteral("the new password again: "), &again))
        return fail(Error::invalid(QStringLiteral("password"),
                                   QStringLiteral("no new password: set %1 or run on a terminal")
                                       .arg(QLatin1String(newPasswordVariable))));
    const bool same = *password == again;
    again.fill(QLatin1Char(' '));
    if (!same) {
        password->fill(QLatin1Char(' '));
        return fail(
            Error::invalid(QStringLiteral("password"),
                           QStringLiteral("the two passwords differ; nothing was changed")));
    }
    return ExitOk;
}

int CliApp::user(const QStringList& arguments)
{
    QStringList rest = arguments;
    if (rest.isEmpty())
        return usage(QStringLiteral("user needs add, passwd, list, disable or enable"));
    const QString sub = rest.takeFirst();
    const CliArgs args(rest);
    if (sub == QLatin1String("add"))
        return userAdd(args);
    if (sub == QLatin1String("passwd"))
        return userPasswd(args);
    if (sub == QLatin1String("list"))
        return userList(args);
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        return userSetDisabled(args, sub == QLatin1String("disable"));
    return usage(QStringLiteral("unknown user command %1").arg(sub));
}

int CliApp::userAdd(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(
            args, {QStringLiteral("role"), QStringLiteral("member"), QStringLiteral("org")}, &code))
        return code;
    const auto roleName = args.option(QStringLiteral("role"));
    if (args.positional().size() != 1 || !roleName)
        return usage(QStringLiteral(
            "user add needs NAME --role admin|secretary|member|leader [--member ID] [--org ID]"));
    const auto role = parseEnum<AccountRole>(*roleName);
    if (!role)
        return usage(QStringLiteral("--role takes admin, secretary, member or leader, not \"%1\"")
                         .arg(*roleName));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    NewAccount account;
    account.name = args.positional(0);
    account.role = *role;
    RosterService roster(*ledger);
    if (const auto memberRef = args.option(QStringLiteral("member"))) {
        auto member = roster.resolveMember(*memberRef);
        if (!member)
            return fail(member.error());
        account.memberId = member->id;
    }
    if (const auto orgRef = args.option(QStringLiteral("org"))) {
        auto org = roster.resolveOrg(*orgRef);
        if (!org)
            return fail(org.error());
        account.orgId = org->id;
    }
    AccountService accounts(*ledger);
    // Everything but the password is checked before the password is asked: the service checks
    // the password last, so an attempt without one fails on it alone when all else is right.
    static_assert(AccountService::minPasswordLength > 0, "an empty password is never accepted");
    if (auto probe = accounts.add(account);
        !probe && probe.error().field != QLatin1String("password"))
        return fail(probe.error());
    if (int read = readNewPassword(account.name, &account.password); read != ExitOk)
        return read;
    auto id = accounts.add(account);
    account.password.fill(QLatin1Char(' '));
    if (!id)
        return fail(id.error());
    m_out << "added the account " << account.name << " (" << enumCode(account.role) << ")\n";
    return ExitOk;
}

int CliApp::userPasswd(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (args.positional().size() != 1)
        return usage(QStringLiteral("user passwd needs NAME"));
    const QString name = args.positional(0);
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    AccountService accounts(*ledger);
    auto me = accounts.current();
    if (!me)
        return fail(me.error());
    if (*me && (*me)->name == name) {
        QString replacement;
        if (int read = readNewPassword(name, &replacement); read != ExitOk)
            return read;
        const Status changed = accounts.changeOwnPassword(m_password, replacement);
        replacement.fill(QLatin1Char(' '));
        if (!changed)
            return fail(changed.error());
        m_out << "changed the password of " << name << '\n';
        return ExitOk;
    }
    // Another account's password: an administrator sets it, without the current one.
    if (!ledger->actor().isSingleUser() && ledger->actor().role != AccountRole::Admin) {
        // The service's refusal, before anything is asked.
        return fail(accounts.resetPassword(0, QString()).error());
    }
    auto account = accounts.byName(name);
    if (!account)
        return fail(account.error());
    if (!*account)
        return fail(
            Error::notFound(QStringLiteral("name"), QStringLiteral("no account %1").arg(name)));
    QString replacement;
    if (int read = readNewPassword(name, &replacement); read != ExitOk)
        return read;
    const Status reset = accounts.resetPassword((*account)->id, replacement);
    replacement.fill(QLatin1Char(' '));
    if (!reset)
        return fail(reset.error());
    m_out << "set the password of " << name << '\n';
    return ExitOk;
}

int CliApp::userList(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {QStringLiteral("format")}, &code))
        return code;
    if (!args.positional().isEmpty())
        return usage(QStringLiteral("user list takes no arguments"));
    const QString format = args.option(QStringLiteral("format")).value_or(QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table or json, not \"%1\"").arg(format));
    // Opened for writing, so that the log-in is counted (a failure, the time of a success).
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto list = AccountService(*ledger).list();
    if (!list)
        return fail(list.error());

    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Account& a : *list) {
            QJsonObject row;
            row[QStringLiteral("name")] = a.name;
            row[QStringLiteral("role")] = enumCode(a.role);
            row[QStringLiteral("member")] =
                a.memberId > 0 ? QJsonValue(a.memberName) : QJsonValue(QJsonValue::Null);
            row[QStringLiteral("org")] =
                a.orgId > 0 ? QJsonValue(a.orgName) : QJsonValue(QJsonValue::Null);
            row[QStringLiteral("disabled")] = a.disabled;
            row[QStringLiteral("created_at")] = a.createdAt;
            row[QStringLiteral("last_login")] =
                a.lastLoginAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.lastLoginAt);
            rows.append(row);
        }
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        m_out.flush();
        return ExitOk;
    }

    std::vector<QStringList> table{{QStringLiteral("name"), QStringLiteral("role"),
                                    QStringLiteral("member"), QStringLiteral("org"),
                                    QStringLiteral("disabled"), QStringLiteral("last login")}};
    for (const Account& a : *list)
        table.push_back({a.name, enumCode(a.role),
                         a.memberName.isEmpty() ? QStringLiteral("-") : a.memberName,
                         a.orgName.isEmpty() ? QStringLiteral("-") : a.orgName,
                         a.disabled ? QStringLiteral("yes") : QStringLiteral("no"),
                         a.lastLoginAt.isEmpty() ? QStringLiteral("never") : a.lastLoginAt});
    std::vector<int> widths(table.front().size(), 0);
    for (const QStringList& row : table)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], displayWidth(row.at(i)));
    for (const QStringList& row : table) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? pad(row.at(i), widths[size_t(i)] + 2) : row.at(i);
        m_out << line << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int CliApp::userSetDisabled(const CliArgs& args, bool disabled)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (args.positional().size() != 1)
        return usage(disabled ? QStringLiteral("user disable needs NAME")
                              : QStringLiteral("user enable needs NAME"));
    const QString name = args.positional(0);
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    AccountService accounts(*ledger);
    if (!ledger->actor().isSingleUser() && ledger->actor().role != AccountRole::Admin)
        return fail(accounts.setDisabled(0, disabled).error()); // the service's refusal
    auto account = accounts.byName(name);
    if (!account)
        return fail(account.error());
    if (!*account)
        return fail(
            Error::notFound(QStringLiteral("name"), QStringLiteral("no account %1").arg(name)));
    if (Status s = accounts.setDisabled((*account)->id, disabled); !s)
        return fail(s.error());
    m_out << (disabled ? "disabled the account " : "enabled the account ") << name << '\n';
    return ExitOk;
}

} // namespace sl::cli
