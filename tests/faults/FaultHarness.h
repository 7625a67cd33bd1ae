#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

// Runs studyledger-cli with the fault injector preloaded (tests/faults/preload/FaultInjector.cpp)
// and reads what the injector saw. Shared by the fault-injection tests.
namespace faults {

// One injected fault: the n-th operation `op` of `layer` fails.
struct Fault
{
    QString layer = QStringLiteral("sqlite"); // sqlite: the VFS; file: libc calls under `path`
    QString op = QStringLiteral("write");     // write | sync | truncate
    long n = 0;                               // 0: only count
    bool io = false;                          // false: disk full; true: I/O error
    bool sticky = false;                      // every operation from the n-th on fails
    QString path;                             // path prefix of the files that count
};

struct Run
{
    int code = -1;
    bool crashed = false; // killed by a signal or timed out
    QString out;
    QString err;
    bool hit = false; // the fault fired
    long count = 0;   // matching operations seen (written at exit)
};

inline QString describe(const Fault& f)
{
    return QStringLiteral("%1 %2 #%3 %4%5")
        .arg(f.layer, f.op)
        .arg(f.n)
        .arg(f.io ? QStringLiteral("EIO") : QStringLiteral("full"),
             f.sticky ? QStringLiteral(" (sticky)") : QString());
}

inline QString describe(const Run& r)
{
    return QStringLiteral("exit %1%2, stderr: %3")
        .arg(r.code)
        .arg(r.crashed ? QStringLiteral(" (crashed)") : QString(), r.err.trimmed());
}

inline Run cli(const QStringList& args, const Fault* fault = nullptr)
{
    QProcess p;
    p.setProgram(QStringLiteral(SL_CLI_PATH));
    p.setArguments(args);
    QString report;
    if (fault) {
        report = QDir::temp().filePath(
            QStringLiteral("sl-fault-%1.txt").arg(QUuid::createUuid().toString(QUuid::Id128)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(SL_FAULT_LIB));
        env.insert(QStringLiteral("SL_FAULT_LAYER"), fault->layer);
        env.insert(QStringLiteral("SL_FAULT_OP"), fault->op);
        env.insert(QStringLiteral("SL_FAULT_N"), QString::number(fault->n));
        env.insert(QStringLiteral("SL_FAULT_KIND"),
                   fault->io ? QStringLiteral("io") : QStringLiteral("full"));
        env.insert(QStringLiteral("SL_FAULT_STICKY"),
                   fault->sticky ? QStringLiteral("1") : QStringLiteral("0"));
        if (!fault->path.isEmpty())
            env.insert(QStringLiteral("SL_FAULT_PATH"), fault->path);
        env.insert(QStringLiteral("SL_FAULT_REPORT"), report);
        // Under ASan the sanitizer runtime must come first; the injector is preloaded before it.
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                       QStringLiteral(":verify_asan_link_order=0"));
        p.setProcessEnvironment(env);
    }
    p.start();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || p.exitStatus() != QProcess::NormalExit;
    run.code = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (fault) {
        QFile f(report);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                if (line.startsWith("hit "))
                    run.hit = true;
                else if (line.startsWith("count "))
                    run.count = line.split(' ').value(2).toLong();
            }
        }
        f.remove();
    }
    return run;
}

// Which n to try for a command that makes `count` matching operations: all of them when there
// are few, else the first ones, the last ones and an even spread between (bounded runtime).
inline QList<long> samples(long count, int limit)
{
    QList<long> out;
    if (count <= limit) {
        for (long n = 1; n <= count; ++n)
            out << n;
        return out;
    }
    const int head = limit / 2, tail = limit / 4, middle = limit - head - tail;
    for (long n = 1; n <= head; ++n)
        out << n;
    for (int i = 1; i <= middle; ++i)
        out << head + (count - head - tail) * i / (middle + 1);
    for (long n = count - tail + 1; n <= count; ++n)
        out << n;
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The faults to inject into a command that makes `count` matching operations: for each sampled
// n a full disk (that stays full from the n-th operation on) and a single I/O error.
inline QList<Fault> plan(const Fault& base, long count, int limit)
{
    QList<Fault> out;
    for (long n : samples(count, limit)) {
        for (bool io : {false, true}) {
            Fault f = base;
            f.n = n;
            f.io = io;
            f.sticky = !io;
            out << f;
        }
    }
    return out;
}

// The data rows of a test over every layer a fault can hit (sqlite, file) and every operation
// (write, sync, truncate): the columns "layer" and "op".
inline void addLayerOpRows()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("op");
    for (const char* layer : {"sqlite", "file"})
        for (const char* op : {"write", "sync", "truncate"})
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(layer, op)))
                << QString::fromLatin1(layer) << QString::fromLatin1(op);
}

// The content of a database: every row of every table, columns named `at` or `*_at` (clock
// times) left out, rows sorted. Empty when the file cannot be read as SQLite.
inline QStringList dump(const QString& path, QString* error = nullptr)
{
    QStringList out;
    const QString name = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!QFile::exists(path) || !db.open()) {
            if (error)
                *error = QStringLiteral("cannot open %1").arg(path);
        } else {
            QSqlQuery q(db);
            QStringList tables;
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
                while (q.next())
                    tables << q.value(0).toString();
            } else if (error) {
                *error = QStringLiteral("%1: %2").arg(path, q.lastError().text());
            }
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                out << QStringLiteral("user_version=") + q.value(0).toString();
            for (const QString& table : tables) {
                QStringList rows;
                if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    if (error)
                        *error = QStringLiteral("%1: %2").arg(table, q.lastError().text());
                    continue;
                }
                while (q.next()) {
                    const QSqlRecord r = q.record();
                    QStringList cells;
                    for (int i = 0; i < r.count(); ++i) {
                        const QString column = r.fieldName(i);
                        if (column == QLatin1String("at") || column.endsWith(QLatin1String("_at")))
                            continue;
                        cells << (r.isNull(i) ? QStringLiteral("NULL")
                                              : QLatin1Char('\'') + r.value(i).toString() +
                                                    QLatin1Char('\''));
                    }
                    rows << table + QLatin1Char('(') + cells.join(QLatin1Char(',')) +
                                QLatin1Char(')');
                }
                rows.sort();
                out << table + QStringLiteral(": %1 rows").arg(rows.size()) << rows;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// PRAGMA integrity_check and foreign_key_check in this process (for a file the CLI would
// migrate on opening).
inline QString integrity(const QString& path)
{
    QString result;
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = QStringLiteral("cannot open");
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                result = q.lastError().text();
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    result += q.value(0).toString() + QLatin1Char(' ');
            if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
                result += QStringLiteral("foreign key problem in ") + q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result.isEmpty() ? QStringLiteral("ok") : result;
}

// The names in a folder (files of any kind), sorted.
inline QStringList entries(const QString& dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// Copies a closed database (no -wal beside it) to a new name, replacing that.
inline bool copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

inline QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace faults
