#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// studyledger-cli run as a user runs it: its exit status and what it printed (as text and as
// the bytes themselves, for binary output and for checking that no escape reaches a terminal).
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QByteArray rawOut;
    QByteArray rawErr;

    QString text() const { return out; }
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(SL_CLI_PATH));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliRun run;
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.rawOut = p.readAllStandardOutput();
    run.rawErr = p.readAllStandardError();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(run.rawErr);
    return run;
}

// The same on the database `db` (--db DB ARGS…).
inline CliRun runCliOn(const QString& db, const QStringList& args, int timeoutMs = 120000)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args, timeoutMs);
}
