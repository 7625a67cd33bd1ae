// bench_bulletin DB [--org ID] [--year Y] [--repeat N]: the draft bulletin of an organisation with
// all its descendants (the district's root on the 100,000-member demo) — compose() with
// everything the document needs, then the JSON — through the library, and, as the anchor measured
// in the same run on the same file, the aggregate statements behind it run through raw SQLite (no
// Qt, no domain): the bulletin's own (BulletinRepository::statements) and the member figures'
// (FiguresRepository::organisationStatements). The sub-organisation table's statements are not in
// the anchor. Prints the medians, their ratio and the peak memory. Not run by ctest.
#include "domain/Period.h"
#include "report/BulletinJson.h"
#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"
#include "storage/BulletinRepository.h"
#include "storage/FiguresRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace sl;

namespace {

using Sql = FiguresRepository::Sql;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Runs the statements through the SQLite C API, reading every column of every row; returns the
// seconds taken, or -1 on an error.
double rawSeconds(const QString& path, const std::vector<Sql>& statements)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (const Sql& st : statements) {
        sqlite3_stmt* q = nullptr;
        const QByteArray sql = st.sql.toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return -1;
        }
        for (int i = 0; i < int(st.binds.size()); ++i) {
            const QVariant& v = st.binds[i];
            if (v.typeId() == QMetaType::QString) {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(q, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(q, i + 1, v.toLongLong());
            }
        }
        while (sqlite3_step(q) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(q); ++c)
                checksum += sqlite3_column_type(q, c) == SQLITE_TEXT ? sqlite3_column_bytes(q, c)
                                                                     : sqlite3_column_int64(q, c);
        }
        sqlite3_finalize(q);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    // Reading the checksum keeps the reads from being optimised away.
    return checksum == -1 ? 0.0 : seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        out << "usage: bench_bulletin DATABASE [--org ID] [--year Y] [--repeat N]\n";
        return 1;
    }
    const QString path = args.takeFirst();
    QString orgRef = QStringLiteral("D01");
    int year = 2025;
    int repeat = 3;
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QLatin1String("--org"))
            orgRef = value;
        else if (option == QLatin1String("--year"))
            year = value.toInt();
        else if (option == QLatin1String("--repeat"))
            repeat = std::max(1, value.toInt());
    }
    auto ledger = Ledger::open(path, OpenMode::ReadOnly);
    if (!ledger) {
        out << ledger.error().text() << '\n';
        return 4;
    }
    auto org = RosterService(**ledger).resolveOrg(orgRef);
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!org || !period) {
        out << "unknown organisation or year\n";
        return 2;
    }
    const ScopeRef scope = ScopeRef::organisation(org->id);
    std::vector<Sql> statements = BulletinRepository::statements(scope, *period);
    for (Sql& st : FiguresRepository::organisationStatements(org->id, *period))
        statements.push_back(std::move(st));

    // Warm the page cache once for both, then alternate.
    if (rawSeconds(path, statements) < 0) {
        out << "the raw statements failed\n";
        return 4;
    }
    std::vector<double> library;
    std::vector<double> raw;
    size_t members = 0;
    qsizetype jsonBytes = 0;
    double peak = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto data =
            BulletinService(**ledger).compose(scope, *period, BulletinService::Detail::Document);
        if (!data) {
            out << data.error().text() << '\n';
            return 4;
        }
        const QByteArray json = BulletinJson::write(*data);
        library.push_back(timer.nsecsElapsed() / 1e9);
        members = data->members.size();
        jsonBytes = json.size();
        peak = std::max(peak, peakMegabytes());
        raw.push_back(rawSeconds(path, statements));
    }
    const double lib = median(library);
    const double anchor = median(raw);
    out << QStringLiteral("bulletin of %1 %2 for %3: %4 members, %5 bytes of JSON\n")
               .arg(org->extId, org->name)
               .arg(year)
               .arg(members)
               .arg(jsonBytes);
    out << QStringLiteral(
               "library (BulletinService::compose Document + JSON): %1 s, median of %2\n")
               .arg(lib, 0, 'f', 3)
               .arg(repeat);
    out << QStringLiteral("raw SQLite, the same aggregate statements (%1): %2 s\n")
               .arg(statements.size())
               .arg(anchor, 0, 'f', 3);
    out << QStringLiteral("ratio: %1x\n").arg(lib / anchor, 0, 'f', 2);
    out << QStringLiteral("peak memory: %1 MB\n").arg(peak, 0, 'f', 0);
    return 0;
}
