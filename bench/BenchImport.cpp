// bench_import [--members N] [--selfstudy N] [--dir DIR]: how long an import of members and of
// self-study takes from CSV and from XLSX, and how much memory it needs, beside a raw prepared
// INSERT loop of the same rows into the same tables through the sqlite3 C API (the anchor).
// Generates the files (100,000 members and 1,000,000 self-study rows by default), then runs each
// measurement in a child process of its own (peak memory only grows within a process): a fresh
// copy of a ledger that holds the organisations (and, for self-study, the members), the import
// through FileFormats::find(kind)->read, the time and the peak resident memory above the child's
// baseline. Not run by ctest; docs/benchmarks.md has numbers.
#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "exchange/TableFileWriter.h"
#include "services/Ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <functional>

using namespace sl;

namespace {

constexpr int branches = 20;

// A field of /proc/self/status in kB (VmRSS, VmHWM).
qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').front().toLongLong();
    }
    return 0;
}

QString memberId(int i)
{
    return QStringLiteral("M%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString branchId(int i)
{
    return QStringLiteral("B%1").arg(i % branches + 1, 2, 10, QLatin1Char('0'));
}

QDate birthOf(int i)
{
    return QDate(1960, 1, 1).addDays(i % 12000);
}

// The rows of the files, in the order of headerOf(kind).
QStringList memberRow(int i)
{
    return {memberId(i),
            QStringLiteral("党员%1").arg(i),
            i % 2 ? QStringLiteral("女") : QStringLiteral("男"),
            birthOf(i).toString(Qt::ISODate),
            birthOf(i).addYears(25).toString(Qt::ISODate),
            QStringLiteral("正式党员"),
            branchId(i),
            QString(),
            QString(),
            QStringLiteral("1380%1").arg(i, 7, 10, QLatin1Char('0'))};
}

QDate studyDate(int i, int members)
{
    return QDate(2025, 1, 1).addDays(i / members);
}

QStringList selfStudyRow(int i, int members)
{
    return {memberId(i % members),        studyDate(i, members).toString(Qt::ISODate),
            QString::number(30 + i % 90), QStringLiteral("学习材料%1").arg(i % 50),
            QStringLiteral("书籍"),       QString()};
}

bool writeFile(const QString& path, ImportKind kind, int rows,
               const std::function<QStringList(int)>& row)
{
    auto out = TableFileWriter::create(path);
    Status s = out->open(headerOf(kind), kindsOf(kind));
    for (int i = 0; s && i < rows; ++i)
        s = out->add(row(i));
    if (s)
        s = out->commit();
    if (!s)
        QTextStream(stderr) << s.error().text() << '\n';
    return s.ok();
}

// The anchor: the same rows straight into the tables, one prepared statement, one transaction.
int rawInsert(const QString& db, const QString& kind, int members, int rows)
{
    sqlite3* h = nullptr;
    if (sqlite3_open(QFile::encodeName(db).constData(), &h) != SQLITE_OK)
        return 1;
    sqlite3_exec(h, "PRAGMA foreign_keys=ON; BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    QHash<QString, qint64> ids; // ext_id -> id of the rows referred to
    sqlite3_stmt* q = nullptr;
    const char* lookup = kind == QLatin1String("members") ? "SELECT ext_id, id FROM organisations"
                                                          : "SELECT ext_id, id FROM members";
    sqlite3_prepare_v2(h, lookup, -1, &q, nullptr);
    while (sqlite3_step(q) == SQLITE_ROW)
        ids.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                   sqlite3_column_int64(q, 1));
    sqlite3_finalize(q);
    const bool isMembers = kind == QLatin1String("members");
    sqlite3_prepare_v2(h,
                       isMembers ? "INSERT INTO members (ext_id, name, gender, birth_date, "
                                   "join_date, category, org_id, position, cadre_level, phone) "
                                   "VALUES (?, ?, ?, ?, ?, 'full', ?, '', 'none', ?)"
                                 : "INSERT INTO self_study (member_id, date, minutes, material, "
                                   "medium, notes, notes_chars) VALUES (?, ?, ?, ?, 'book', '', 0)",
                       -1, &q, nullptr);
    const auto text = [&](int column, const QString& value) {
        const QByteArray bytes = value.toUtf8();
        sqlite3_bind_text(q, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    };
    for (int i = 0; i < rows; ++i) {
        const QStringList r = isMembers ? memberRow(i) : selfStudyRow(i, members);
        if (isMembers) {
            text(1, r[0]);
            text(2, r[1]);
            text(3, i % 2 ? QStringLiteral("female") : QStringLiteral("male"));
            text(4, r[3]);
            text(5, r[4]);
            sqlite3_bind_int64(q, 6, ids.value(r[6]));
            text(7, r[9]);
        } else {
            sqlite3_bind_int64(q, 1, ids.value(r[0]));
            text(2, r[1]);
            sqlite3_bind_int(q, 3, r[2].toInt());
            text(4, r[3]);
        }
        if (sqlite3_step(q) != SQLITE_DONE) {
            QTextStream(stderr) << sqlite3_errmsg(h) << '\n';
            return 1;
        }
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    const int rc = sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    return rc == SQLITE_OK ? 0 : 1;
}

// One measurement, in this (child) process: prints "MS PEAK_KB".
int child(const QStringList& a)
{
    const QString kind = a.at(0), mode = a.at(1), dir = a.at(2);
    const int members = a.at(3).toInt(), rows = a.at(4).toInt();
    const QString db = dir + QStringLiteral("/run.sqlite");
    QFile::remove(db);
    const QString base = kind == QLatin1String("members") ? QStringLiteral("/base-orgs.sqlite")
                                                          : QStringLiteral("/base-members.sqlite");
    if (!QFile::copy(dir + base, db))
        return 1;
    const qint64 baseline = statusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    if (mode == QLatin1String("anchor")) {
        if (rawInsert(db, kind, members, rows) != 0)
            return 1;
    } else {
        auto ledger = Ledger::open(db, OpenMode::MustExist);
        if (!ledger)
            return 1;
        auto result = FileFormats::find(kind)->read(**ledger, dir + QLatin1Char('/') + kind +
                                                                  QLatin1Char('.') + mode);
        if (!result || !result->ok() || result->counts.added != rows) {
            QTextStream(stderr) << (result ? (result->problems.empty()
                                                  ? QStringLiteral("wrong count")
                                                  : result->problems.front().text())
                                           : result.error().text())
                                << '\n';
            return 1;
        }
    }
    const qint64 ms = timer.elapsed();
    QTextStream(stdout) << ms << ' ' << (statusKb("VmHWM:") - baseline) << '\n';
    return 0;
}

bool importInto(const QString& db, const QString& kind, const QString& file)
{
    auto ledger = Ledger::open(db, OpenMode::CreateOrEmpty);
    if (!ledger)
        return false;
    auto r = FileFormats::find(kind)->read(**ledger, file);
    return r && r->ok();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child"))
        return child(args.mid(1));
    QTextStream out(stdout);
    int members = 100000, selfStudy = 1000000;
    QString folder;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--members"))
            members = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--selfstudy"))
            selfStudy = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            folder = args[i + 1];
    }
    QTemporaryDir temporary;
    const QString dir = folder.isEmpty() ? temporary.path() : folder;
    QElapsedTimer timer;
    timer.start();
    {
        QFile orgs(dir + QStringLiteral("/orgs.csv"));
        if (!orgs.open(QIODevice::WriteOnly))
            return 1;
        QTextStream o(&orgs);
        o << "编号,名称,上级编号,类别,单位类型\nD01,区委,,党委,机关\n";
        for (int b = 0; b < branches; ++b)
            o << branchId(b) << ",第" << b + 1 << "支部,D01,党支部,机关\n";
    }
    for (const char* format : {"csv", "xlsx"}) {
        const QString ending = QString::fromLatin1(format);
        if (!writeFile(dir + QStringLiteral("/members.") + ending, ImportKind::Members, members,
                       memberRow) ||
            !writeFile(dir + QStringLiteral("/selfstudy.") + ending, ImportKind::SelfStudy,
                       selfStudy, [&](int i) { return selfStudyRow(i, members); }))
            return 1;
    }
    const QString orgsBase = dir + QStringLiteral("/base-orgs.sqlite");
    const QString membersBase = dir + QStringLiteral("/base-members.sqlite");
    QFile::remove(orgsBase); // left by an earlier run in the same --dir
    QFile::remove(membersBase);
    if (!importInto(orgsBase, QStringLiteral("orgs"), dir + QStringLiteral("/orgs.csv")) ||
        !QFile::copy(orgsBase, membersBase) ||
        !importInto(membersBase, QStringLiteral("members"), dir + QStringLiteral("/members.csv")))
        return 1;
    out << "files generated in " << timer.elapsed() / 1000.0 << " s: " << members << " members, "
        << selfStudy << " self-study rows\n";
    out << "kind       rows  format      ms   ×anchor   peak MB above baseline\n";
    out.flush();
    for (const QString& kind : {QStringLiteral("members"), QStringLiteral("selfstudy")}) {
        const int rows = kind == QLatin1String("members") ? members : selfStudy;
        double anchorMs = 0;
        for (const QString& mode :
             {QStringLiteral("anchor"), QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            QProcess p;
            p.start(app.applicationFilePath(), {QStringLiteral("--child"), kind, mode, dir,
                                                QString::number(members), QString::number(rows)});
            p.waitForFinished(-1);
            const QStringList r =
                QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
            if (p.exitCode() != 0 || r.size() != 2) {
                out << kind << ' ' << mode << ": failed: " << p.readAllStandardError() << '\n';
                continue;
            }
            const double ms = r[0].toDouble();
            if (mode == QLatin1String("anchor"))
                anchorMs = ms;
            out << QStringLiteral("%1 %2  %3 %4 %5 %6\n")
                       .arg(kind, -9)
                       .arg(rows, 8)
                       .arg(mode, -6)
                       .arg(ms, 8, 'f', 0)
                       .arg(anchorMs > 0 ? ms / anchorMs : 0, 8, 'f', 1)
                       .arg(r[1].toDouble() / 1024, 10, 'f', 1);
            out.flush();
        }
    }
    return 0;
}
