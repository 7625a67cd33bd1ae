#pragma once

#include "CliArgs.h"
#include "ExitCode.h"

#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"
#include "exchange/FileImport.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace sl {
class Ledger;
}

namespace sl::cli {

// studyledger-cli: reads the global options (--db, --user), opens the ledger the command needs
// and runs the command. Output goes to the given streams so that tests can read it.
class CliApp
{
public:
    CliApp(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    int run(const QStringList& arguments); // arguments without the program name

private:
    int init(const CliArgs& args);
    int demo(const CliArgs& args);
    int check(const CliArgs& args);
    int importFile(const CliArgs& args);
    int exportFile(const CliArgs& args);
    // export assessment -o FILE --year Y (--group ID | --org ID) (AssessmentExport.cpp).
    int exportAssessment(const CliArgs& args);
    // export package / import package (PackageCommand.cpp).
    int exportPackage(const CliArgs& args);
    int importPackage(const CliArgs& args);
    int backup(const CliArgs& args);  // FileCommands.cpp
    int restore(const CliArgs& args); // FileCommands.cpp
    int report(const CliArgs& args);  // ReportCommands.cpp
    // report bulletin (BulletinReport.cpp); the document formats go through
    // writeBulletinDocument, the JSON through BulletinJson.
    int reportBulletin(const CliArgs& args);
    int issueBulletin(Ledger& ledger, const ScopeRef& scope, const Period& period,
                      const Date& issuedOn, const QString& target);
    int writeBulletinDocument(Ledger& ledger, const ScopeRef& scope, const Period& period,
                              const QString& format, const QString& target);
    // report signin | session --session ID (LedgerBookReports.cpp).
    int reportSessionDocument(const CliArgs& args);
    int reportLedger(const CliArgs& args); // report ledger (LedgerVolumeReport.cpp)
    int assess(const CliArgs& args);       // ReportCommands.cpp
    // assess --adjust MEMBER --delta D --reason TEXT / --unadjust MEMBER (before printing).
    int adjust(const CliArgs& args, Ledger& ledger, const ScopeRef& scope, int year);
    int calendar(const CliArgs& args); // CalendarCommand.cpp
    int audit(const CliArgs& args);    // AuditCommand.cpp
    // bulletin settings | issued | reprint (BulletinCommand.cpp).
    int bulletin(const CliArgs& args);
    int bulletinSettings(const CliArgs& args);
    int bulletinIssued(const CliArgs& args);
    int bulletinReprint(const CliArgs& args);
    // user add | passwd | list | disable | enable (UserCommand.cpp).
    int user(const QStringList& arguments);
    int userAdd(const CliArgs& args);
    int userPasswd(const CliArgs& args);
    int userList(const CliArgs& args);
    int userSetDisabled(const CliArgs& args, bool disabled);

    // Logs in as --user when the ledger has accounts (UserCommand.cpp): the password from
    // STUDYLEDGER_PASSWORD, else asked on the terminal without echo. False (and the exit code)
    // when not logged in: no --user on a ledger with accounts, --user on one without, a wrong
    // name or password, a disabled account, a pending delay.
    bool logIn(Ledger& ledger, int* exitCode);
    // A secret typed on the terminal without echo, after `prompt` on standard error; false when
    // standard input is not a terminal or ends.
    bool readSecret(const QString& prompt, QString* secret);
    // A new password: STUDYLEDGER_NEW_PASSWORD, else asked twice on the terminal. The exit code.
    int readNewPassword(const QString& name, QString* password);

    // Opens the database named by --db (or the default); `create` allows a new file. Logs in
    // (logIn) when the ledger has accounts, so that every command runs as the --user account.
    std::unique_ptr<Ledger> openLedger(bool create, int* exitCode);
    std::unique_ptr<Ledger> openLedger(Database::OpenMode mode, int* exitCode);
    int fail(const Error& error);
    int usage(const QString& message);
    // Prints the problems of an import, one line each, and "nothing was imported": ExitInvalid;
    // ExitOk when there are none.
    int reportProblems(const std::vector<FileProblem>& problems);
    // The scope of --group ID or --org ID (the organisation when both are given): the
    // resolve errors of RosterService.
    Result<ScopeRef> resolveScope(Ledger& ledger, const std::optional<QString>& group,
                                  const std::optional<QString>& org);
    // Writes `bytes` to the file `target` whole or not at all (OutputFile, the -o option), or to
    // standard output for "-". Returns the exit code.
    int writeOutput(const QString& target, const QByteArray& bytes);
    bool rejectUnknown(const CliArgs& args, const QStringList& known, int* exitCode);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
    QString m_user;     // --user
    QString m_password; // the password --user logged in with
};

} // namespace sl::cli
