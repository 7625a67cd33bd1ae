// bench_district [--dir DIR] [--members N] [--year Y] [--pairs N] [--only SECTION,…]
// The table of docs/performance.md: every operation of the district-scale goals (issue 13)
// beside its anchor measured in the same run, in alternating pairs (program, anchor, program,
// anchor …), as medians and their ratio, with the program's peak memory. The district (100,000
// members by default), the 80-member demo, the exports and the import targets are made in DIR
// once and reused. Sections: gui, import, export, figures, list, memory. Not run by ctest.
#include "ChildRun.h"
#include "DistrictFiles.h"
#include "ExportAnchors.h"
#include "Measure.h"
#include "RawInsert.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include <sqlite3.h>

using namespace bench;

namespace {

struct Options
{
    QString folder = QDir::tempPath() + QStringLiteral("/studyledger-bench");
    int members = 100000;
    int year = 2025;
    int pairs = 3;
    QStringList sections = {QStringLiteral("gui"),    QStringLiteral("import"),
                            QStringLiteral("export"), QStringLiteral("figures"),
                            QStringLiteral("list"),   QStringLiteral("memory")};
};

const QString cli = QStringLiteral(SL_BENCH_CLI);
const QString gui = QStringLiteral(SL_BENCH_GUI);
const QString benchDir = QStringLiteral(SL_BENCH_DIR);

Sample sampleOf(const ChildRun& run)
{
    return {run.exitCode == 0 ? run.seconds : -1, run.peakMb};
}

Sample cliSample(const QString& db, const QStringList& arguments)
{
    return sampleOf(runChild(cli, QStringList{QStringLiteral("--db"), db} + arguments,
                             QStringLiteral("/dev/null")));
}

// The first column of the first row of `sql` on `db`, as text (empty on an error).
QString scalar(const QString& db, const char* sql)
{
    sqlite3* handle = nullptr;
    QString value;
    sqlite3_stmt* q = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(handle, sql, -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    sqlite3_close(handle);
    return value;
}

QString rootOrganisation(const QString& db)
{
    return scalar(db, "SELECT ext_id FROM organisations WHERE parent_id IS NULL ORDER BY id");
}

void guiSection(Table& table, const DistrictFiles& files)
{
    table.heading(QStringLiteral("Start-up to the first screen, district against the 80-member "
                                 "demo (`studyledger --screenshot F --view AREA`, offscreen)"));
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const QString shot = files.scratch(QStringLiteral("shot.png"));
    const QStringList areas = {
        QStringLiteral("home"),       QStringLiteral("my-year"),    QStringLiteral("plan"),
        QStringLiteral("sessions"),   QStringLiteral("attendance"), QStringLiteral("makeup"),
        QStringLiteral("registers"),  QStringLiteral("selfstudy"),  QStringLiteral("writings"),
        QStringLiteral("assessment"), QStringLiteral("archive"),    QStringLiteral("bulletin"),
        QStringLiteral("dashboard"),  QStringLiteral("members"),    QStringLiteral("audit"),
        QStringLiteral("settings")};
    for (const QString& area : areas) {
        auto open = [&](const QString& db) {
            return sampleOf(runChild(gui,
                                     {QStringLiteral("--db"), db, QStringLiteral("--screenshot"),
                                      shot, QStringLiteral("--view"), area},
                                     QStringLiteral("/dev/null"), env));
        };
        table.pair(
            QStringLiteral("window on `%1`").arg(area), [&] { return open(files.district()); },
            [&] { return open(files.demo()); }, QStringLiteral("demo"), 2);
    }
}

void importSection(Table& table, const DistrictFiles& files, const QString& self)
{
    table.heading(QStringLiteral("Imports of the district's own exports, against a raw sqlite3 "
                                 "prepared-insert loop of the same rows into the same tables"));
    struct Kind
    {
        QString name;
        QString base;
        const char* count;
    };
    const Kind kinds[] = {
        {QStringLiteral("members"), files.orgsOnly(), "SELECT count(*) FROM members"},
        {QStringLiteral("selfstudy"), files.roster(), "SELECT count(*) FROM self_study"}};
    for (const auto& [kind, base, count] : kinds) {
        auto program = [&] {
            const QString target = files.copyOf(base, QStringLiteral("import.sqlite"));
            return cliSample(target, {QStringLiteral("import"), kind, files.exported(kind)});
        };
        auto anchor = [&] {
            const QString target = files.copyOf(base, QStringLiteral("import.sqlite"));
            const ChildRun run =
                runChild(self, {QStringLiteral("--anchor-insert"), kind, files.district(), target});
            bool ok = false;
            const double s = run.output.trimmed().toDouble(&ok);
            return Sample{run.exitCode == 0 && ok ? s : -1, run.peakMb};
        };
        table.pair(
            QStringLiteral("`import %1` (%2 rows)").arg(kind, scalar(files.district(), count)),
            program, anchor, QStringLiteral("raw insert loop"), 2);
    }
}

void exportSection(Table& table, const DistrictFiles& files, QTextStream& out)
{
    table.heading(QStringLiteral("Exports of the whole district, against the sqlite3 shell "
                                 "writing the same CSV (`sqlite3 -csv -header`)"));
    for (const QString& kind : {QStringLiteral("members"), QStringLiteral("selfstudy")}) {
        const QString ours = files.scratch(QStringLiteral("export-%1.csv").arg(kind));
        const QString theirs = files.scratch(QStringLiteral("anchor-%1.csv").arg(kind));
        table.pair(
            QStringLiteral("`export %1`").arg(kind),
            [&] {
                return cliSample(files.district(),
                                 {QStringLiteral("export"), kind, QStringLiteral("-o"), ours});
            },
            [&] {
                return sampleOf(runChild(QStringLiteral("sqlite3"),
                                         {QStringLiteral("-csv"), QStringLiteral("-header"),
                                          files.district(), exportAnchorSql(kind)},
                                         theirs));
            },
            QStringLiteral("sqlite3 shell"), 1.5);
        out << "  (" << kind << ": the two files "
            << (sameCsv(ours, theirs) ? "hold the same rows" : "**differ**") << ")\n";
    }
}

// Runs another benchmark that alternates itself and takes its "library" and "raw" medians.
void childBenchRow(Table& table, const QString& operation, const QString& program,
                   const QStringList& arguments)
{
    const ChildRun run = runChild(benchDir + QLatin1Char('/') + program, arguments);
    static const QRegularExpression seconds(QStringLiteral(": ([0-9.]+) s"));
    double library = -1;
    double raw = -1;
    for (const QByteArray& line : run.output.split('\n')) {
        const auto match = seconds.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            continue;
        if (line.startsWith("library"))
            library = match.captured(1).toDouble();
        else if (line.startsWith("raw"))
            raw = match.captured(1).toDouble();
    }
    table.row(operation, library, raw, QStringLiteral("raw SQL of the aggregates"), 0.5,
              run.peakMb);
}

void figuresSection(Table& table, const DistrictFiles& files, int pairs)
{
    table.heading(QStringLiteral("An organisation's year: the whole district through the library "
                                 "against the raw SQL scan of the same aggregates"));
    const QString root = rootOrganisation(files.district());
    const QStringList arguments{files.district(),
                                QStringLiteral("--org"),
                                root,
                                QStringLiteral("--year"),
                                QString::number(files.year()),
                                QStringLiteral("--repeat"),
                                QString::number(2 * pairs - 1)};
    childBenchRow(table, QStringLiteral("assessment of %1").arg(root),
                  QStringLiteral("bench_assessment"), arguments);
    childBenchRow(table, QStringLiteral("bulletin figures of %1").arg(root),
                  QStringLiteral("bench_bulletin"), arguments);
}

void listSection(const DistrictFiles& files, QTextStream& out)
{
    out << "\n### Members list queries (`bench_member_list`)\n\n```\n"
        << runChild(benchDir + QStringLiteral("/bench_member_list"), {files.district()}).output
        << "```\n";
    out.flush();
}

void memorySection(const DistrictFiles& files, QTextStream& out)
{
    out << "\n### Peak memory of commands on the district (goal: under 300 MB)\n\n"
        << "| command | time | peak | under 300 MB |\n|---|---|---|---|\n";
    const QString root = rootOrganisation(files.district());
    const QString year = QString::number(files.year());
    const QString scratch = files.scratch(QStringLiteral("memory.out"));
    const QList<QStringList> commands = {
        {QStringLiteral("check")},
        {QStringLiteral("assess"), QStringLiteral("--org"), root, QStringLiteral("--year"), year,
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("report"), QStringLiteral("bulletin"), QStringLiteral("--org"), root,
         QStringLiteral("--year"), year, QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("-o"), scratch},
        {QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("-o"),
         scratch + QStringLiteral(".csv")},
        // XLSX of the members: the district's 1.6 million self-study rows are past a sheet's
        // 1,048,576 rows, which the export refuses (a clear error, exit 2).
        {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("-o"),
         scratch + QStringLiteral(".xlsx")},
    };
    for (const QStringList& command : commands) {
        const Sample s = cliSample(files.district(), command);
        out << "| `" << command.join(QLatin1Char(' ')).replace(scratch, QStringLiteral("OUT"))
            << "` | "
            << (s.seconds < 0 ? QStringLiteral("failed")
                              : QStringLiteral("%1 s").arg(s.seconds, 0, 'f', 2))
            << " | " << QStringLiteral("%1 MB").arg(s.peakMb, 0, 'f', 0) << " | "
            << (s.seconds >= 0 && s.peakMb < 300 ? "yes" : "**no**") << " |\n";
        out.flush();
    }
}

bool parse(QStringList args, Options& options, QTextStream& err)
{
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (args.isEmpty()) {
            err << "missing value of " << option << "\n";
            return false;
        }
        const QString value = args.takeFirst();
        if (option == QLatin1String("--dir"))
            options.folder = value;
        else if (option == QLatin1String("--members"))
            options.members = value.toInt();
        else if (option == QLatin1String("--year"))
            options.year = value.toInt();
        else if (option == QLatin1String("--pairs"))
            options.pairs = std::max(1, value.toInt());
        else if (option == QLatin1String("--only"))
            options.sections = value.split(QLatin1Char(','));
        else {
            err << "usage: bench_district [--dir DIR] [--members N] [--year Y] [--pairs N] "
                   "[--only gui,import,export,figures,list,memory]\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args.front() == QLatin1String("--anchor-insert")) {
        const double s = rawInsertSeconds(args[1], args[2], args[3]);
        out << s << "\n";
        return s < 0 ? 1 : 0;
    }
    Options options;
    if (!parse(args, options, err))
        return 1;
    DistrictFiles files(options.folder, cli, options.members, options.year);
    if (!files.prepare(out))
        return 4;
    Table table(out, options.pairs);
    out << "\n" << options.pairs << " alternating pairs per row; medians.\n";
    const auto has = [&](const char* s) { return options.sections.contains(QLatin1String(s)); };
    if (has("gui"))
        guiSection(table, files);
    if (has("import"))
        importSection(table, files, app.applicationFilePath());
    if (has("export"))
        exportSection(table, files, out);
    if (has("figures"))
        figuresSection(table, files, options.pairs);
    if (has("list"))
        listSection(files, out);
    if (has("memory"))
        memorySection(files, out);
    out << "\n" << table.missed() << " row(s) missed their goal.\n";
    return table.missed() == 0 ? 0 : 3;
}
