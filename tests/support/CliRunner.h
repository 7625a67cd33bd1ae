#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

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

// The files of tests/data that make a year's ledger, by import kind, in the order they import:
// the roster (orgs, members, groups, group members), then plans, sessions, attendance, speeches.
inline const std::vector<std::pair<const char*, const char*>>& yearFiles()
{
    static const std::vector<std::pair<const char*, const char*>> files = {
        {"orgs", "orgs.csv"},
        {"members", "members-gb18030.csv"},
        {"groups", "groups-en.csv"},
        {"group-members", "group-members.csv"},
        {"plans", "plans-2026.csv"},
        {"sessions", "sessions-2026.csv"},
        {"attendance", "attendance-2026.csv"},
        {"speeches", "speeches-2026.csv"},
    };
    return files;
}

// Creates the ledger `db` (init) and imports the first `count` of yearFiles() into it (import
// KIND FILE); the first run that failed, else the last one.
inline CliRun newLedgerWithYearFiles(const QString& db, size_t count)
{
    CliRun run = runCliOn(db, {QStringLiteral("init")});
    if (run.code != 0)
        return run;
    for (size_t i = 0; i < count && i < yearFiles().size(); ++i) {
        const auto& [kind, name] = yearFiles()[i];
        run = runCliOn(db, {QStringLiteral("import"), QString::fromLatin1(kind),
                            QStringLiteral(SL_TEST_DATA_DIR "/") + QString::fromLatin1(name)});
        if (run.code != 0)
            return run;
    }
    return run;
}
