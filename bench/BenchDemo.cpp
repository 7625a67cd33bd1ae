// bench_demo: how long `demo --members N` takes and how large the file gets.
//
//   bench_demo [--members N] [--seed N] [--year Y] [--keep PATH]
//
// Builds the demo in a temporary directory (or at PATH with --keep, which must not exist) and
// prints the seconds, the rows per table and the size of the database file.

#include "demo/DemoBuilder.h"
#include "services/Ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

qint64 fileSize(const QString& path)
{
    qint64 size = QFileInfo(path).size();
    for (const char* suffix : {"-wal", "-shm"}) {
        const QFileInfo f(path + QLatin1String(suffix));
        if (f.exists())
            size += f.size();
    }
    return size;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the demo data generator."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"),
                                           QStringLiteral("Number of members (100000)."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        QStringLiteral("Year (0: this year)."), QStringLiteral("Y"),
                                        QStringLiteral("0"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Write the database to PATH and keep it."),
                                        QStringLiteral("PATH"));
    parser.addOptions({membersOption, seedOption, yearOption, keepOption});
    parser.process(app);

    sl::DemoOptions options;
    options.members = parser.value(membersOption).toInt();
    options.seed = parser.value(seedOption).toUInt();
    options.year = parser.value(yearOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption)
                             ? parser.value(keepOption)
                             : dir.filePath(QStringLiteral("bench.studyledger"));
    if (!dir.isValid() || QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_demo: cannot use %s\n", qPrintable(path));
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    auto ledger = sl::Ledger::open(path, sl::OpenMode::CreateIfMissing);
    if (!ledger) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(ledger.error().text()));
        return 1;
    }
    const auto progress = [](int percent, const QString& stage) {
        std::fprintf(stderr, "\r%3d%% %s        ", percent, stage.toUtf8().constData());
        std::fflush(stderr);
    };
    auto summary = sl::buildDemo(**ledger, options, progress);
    std::fputc('\n', stderr);
    if (!summary) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(summary.error().text()));
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const sl::DemoSummary& s = *summary;

    print(QStringLiteral("members       %1 (seed %2, year %3)\n")
              .arg(options.members)
              .arg(options.seed)
              .arg(s.year));
    print(QStringLiteral("seconds       %1\n").arg(seconds, 0, 'f', 1));
    const std::pair<const char*, qint64> rows[] = {
        {"organisations", s.organisations},
        {"members", s.members},
        {"groups", s.groups},
        {"memberships", s.memberships},
        {"experts", s.experts},
        {"plans", s.plans},
        {"plan_items", s.planItems},
        {"sessions", s.sessions},
        {"attendance", s.attendance},
        {"speeches", s.speeches},
        {"self_study", s.selfStudy},
        {"writings", s.writings},
    };
    for (const auto& [name, count] : rows)
        print(QStringLiteral("%1 %2\n").arg(QLatin1String(name), -13).arg(count));
    print(QStringLiteral("total rows    %1 (%2 rows/s)\n")
              .arg(s.totalRows())
              .arg(static_cast<qint64>(s.totalRows() / seconds)));
    ledger.value().reset(); // close before measuring the file
    print(QStringLiteral("file size     %1 MB\n").arg(fileSize(path) / 1e6, 0, 'f', 1));
    return 0;
}
