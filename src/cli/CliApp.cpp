#include "CliApp.h"

#include "services/Ledger.h"
#include "storage/Database.h"

#include "StudyLedgerVersion.h"

#include <QFileInfo>

namespace sl::cli {

namespace {

const char* const usageText =
    "usage: studyledger-cli [--db PATH] [--user NAME] COMMAND [options]\n"
    "       studyledger-cli --help | --version\n"
    "commands:\n"
    "  init                                  create an empty database\n"
    "  demo [--seed N] [--members N] [--year Y]\n"
    "                                        fill an empty database with demo data\n"
    "  check                                 integrity, foreign-key and roll-up check\n"
    "  import KIND FILE                      KIND: orgs members groups group-members\n"
    "                                        plans sessions attendance speeches\n"
    "                                        selfstudy writings\n"
    "  export KIND -o FILE [--year Y] [--org ID | --group ID]\n"
    "                                        FILE .csv or .xlsx; KIND as import, or\n"
    "                                        assessment (--year Y and --group or --org)\n"
    "  export package --org ID [--year Y] -o FILE\n"
    "                                        a data package: everything the organisation's\n"
    "                                        subtree recorded (of year Y), one file\n"
    "  import package FILE [--dry-run]       merge a data package (the roster must be known);\n"
    "                                        --dry-run checks and counts, changes nothing\n"
    "  calendar (--group ID | --org ID) [--year Y] [--include-cancelled] -o FILE.ics\n"
    "                                        sessions as an iCalendar file\n"
    "  assess --year Y (--group ID | --org ID) [--format table|csv|json]\n"
    "         [--publish | --published]      the assessment of a group's or an organisation's\n"
    "                                        year; --publish stores it as published,\n"
    "                                        --published prints what was published\n"
    "         [--adjust MEMBER --delta D --reason TEXT | --unadjust MEMBER]\n"
    "                                        adjust a member's final (or take it back) first\n"
    "  report bulletin --year Y [--half H | --quarter Q | --month M]\n"
    "         (--group ID | --org ID) --format pdf|odt|html|json -o FILE\n"
    "                                        the study bulletin of a period (-o - for stdout)\n"
    "         [--issue [--date D]]           签发: number, date and keep it; writes the PDF\n"
    "  report archive --member ID --year Y --format pdf|odt|html -o FILE\n"
    "                                        one member's archive (-o - for stdout)\n"
    "  report signin --session ID --format pdf|odt|html -o FILE\n"
    "                                        the sign-in sheet (签到表) of a planned or held\n"
    "                                        session\n"
    "  report session --session ID --format pdf|odt|html -o FILE\n"
    "                                        the record (学习记录) of a held session\n"
    "  report ledger --year Y (--group ID | --org ID) --format pdf -o FILE\n"
    "                                        the annual volume (学习台账): plan, records,\n"
    "                                        attendance, registers, assessment (-o - for stdout)\n"
    "  bulletin settings --org ID [--organ TEXT] [--prefix TEXT] [--addressee TEXT]\n"
    "         [--names on|off] [--closing TEXT]\n"
    "                                        the bulletin settings of an issuing organisation\n"
    "                                        (printed; stored first when any is given)\n"
    "  bulletin issued --org ID              the bulletins an organisation issued\n"
    "  bulletin reprint --id N -o FILE       an issued bulletin's PDF as issued (-o - for\n"
    "                                        stdout)\n"
    "  backup FILE                           online copy of the whole database, with the\n"
    "                                        session materials in FILE.files/ (admins)\n"
    "  restore FILE                          replace the database and its materials from a\n"
    "                                        backup after checking it; the replaced one is\n"
    "                                        kept beside it (admins)\n"
    "  user add NAME --role admin|secretary|member|leader [--member ID] [--org ID]\n"
    "                                        add an account (the first one: an admin); the\n"
    "                                        password from STUDYLEDGER_NEW_PASSWORD, else asked\n"
    "  user passwd NAME                      change one's own password (the current one is\n"
    "                                        the log-in's), or an admin sets another's\n"
    "  user list [--format table|json]       the accounts (admins)\n"
    "  user disable NAME | user enable NAME  stop or allow an account's log-ins (admins)\n"
    "  audit [--user-name NAME] [--entity E] [--from D] [--to D] [--format csv|json]\n"
    "                                        the audit trail (审计日志), newest first;\n"
    "                                        administrators only\n"
    "--user NAME logs in (required once the database has accounts); the password comes from\n"
    "STUDYLEDGER_PASSWORD, else it is asked on the terminal without echo.\n";

} // namespace

int CliApp::run(const QStringList& arguments)
{
    // Global options come before the command.
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help"))
            return m_out << usageText, m_out.flush(), ExitOk;
        if (option == QLatin1String("--version"))
            return m_out << "studyledger-cli " << SL_VERSION << '\n', m_out.flush(), ExitOk;
        if (rest.isEmpty())
            return usage(QStringLiteral("option %1 needs a value").arg(option));
        const QString value = rest.takeFirst();
        if (option == QLatin1String("--db"))
            m_dbPath = value;
        else if (option == QLatin1String("--user"))
            m_user = value;
        else
            return usage(QStringLiteral("unknown option %1").arg(option));
    }
    if (rest.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = rest.takeFirst();
    if (command == QLatin1String("init"))
        return init(CliArgs(rest));
    if (command == QLatin1String("demo"))
        return demo(CliArgs(rest));
    if (command == QLatin1String("check"))
        return check(CliArgs(rest));
    const bool package = rest.value(0) == QLatin1String("package");
    if (command == QLatin1String("import"))
        return package ? importPackage(CliArgs(rest.mid(1), {QStringLiteral("dry-run")}))
                       : importFile(CliArgs(rest));
    if (command == QLatin1String("export"))
        return package ? exportPackage(CliArgs(rest.mid(1))) : exportFile(CliArgs(rest));
    if (command == QLatin1String("backup"))
        return backup(CliArgs(rest)); // FileCommands.cpp
    if (command == QLatin1String("restore"))
        return restore(CliArgs(rest)); // FileCommands.cpp
    if (command == QLatin1String("report"))
        return report(CliArgs(rest, {QStringLiteral("issue")}));
    if (command == QLatin1String("assess"))
        return assess(CliArgs(rest, {QStringLiteral("publish"), QStringLiteral("published")}));
    if (command == QLatin1String("bulletin"))
        return bulletin(CliArgs(rest));
    if (command == QLatin1String("calendar"))
        return calendar(CliArgs(rest, {QStringLiteral("include-cancelled")}));
    if (command == QLatin1String("user"))
        return user(rest);
    if (command == QLatin1String("audit"))
        return audit(CliArgs(rest)); // AuditCommand.cpp
    return usage(QStringLiteral("unknown command %1").arg(command));
}

std::unique_ptr<Ledger> CliApp::openLedger(bool create, int* exitCode)
{
    return openLedger(create ? OpenMode::CreateOrEmpty : OpenMode::MustExist, exitCode);
}

std::unique_ptr<Ledger> CliApp::openLedger(Database::OpenMode mode, int* exitCode)
{
    if (m_dbPath.isEmpty())
        m_dbPath = Ledger::defaultPath();
    auto ledger = Ledger::open(m_dbPath, mode);
    if (!ledger) {
        *exitCode = fail(ledger.error());
        return nullptr;
    }
    if (!(*ledger)->migrationBackup().isEmpty())
        m_err << "migrated the database; the previous version is kept in "
              << (*ledger)->migrationBackup() << '\n';
    if (!logIn(**ledger, exitCode))
        return nullptr;
    return std::move(ledger).value();
}

int CliApp::fail(const Error& error)
{
    m_err << "studyledger-cli: " << error.text() << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int CliApp::reportProblems(const std::vector<FileProblem>& problems)
{
    if (problems.empty())
        return ExitOk;
    for (const FileProblem& p : problems)
        m_err << p.text() << '\n';
    m_err << "nothing was imported (" << problems.size() << " problems)\n";
    m_err.flush();
    return ExitInvalid;
}

int CliApp::usage(const QString& message)
{
    m_err << "studyledger-cli: " << message << '\n' << usageText;
    m_err.flush();
    return ExitUsage;
}

bool CliApp::rejectUnknown(const CliArgs& args, const QStringList& known, int* exitCode)
{
    if (!args.error().isEmpty()) {
        *exitCode = usage(args.error());
        return true;
    }
    const QStringList unknown = args.unknownOptions(known);
    if (!unknown.isEmpty()) {
        *exitCode = usage(QStringLiteral("unknown option %1").arg(unknown.join(QLatin1Char(' '))));
        return true;
    }
    return false;
}

int CliApp::init(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    if (!args.positional().isEmpty())
        return usage(QStringLiteral("init takes no arguments"));
    auto ledger = openLedger(true, &code);
    if (!ledger)
        return code;
    m_out << "database " << m_dbPath << " is at schema version " << ledger->db().schemaVersion()
          << '\n';
    return ExitOk;
}

int CliApp::check(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {}, &code))
        return code;
    // A check only reads: the file is opened read-only (not even the journal mode changes).
    auto ledger = openLedger(OpenMode::ReadOnly, &code);
    if (!ledger)
        return code;
    auto problems = ledger->check();
    if (!problems)
        return fail(problems.error());
    for (const QString& p : *problems)
        m_err << p << '\n';
    if (!problems->isEmpty())
        return ExitDatabase;
    m_out << "ok: integrity, foreign keys and roll-ups, schema version "
          << ledger->db().schemaVersion() << ", journal " << ledger->db().journalMode() << '\n';
    m_out.flush();
    return ExitOk;
}

} // namespace sl::cli
