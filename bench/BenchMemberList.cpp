// bench_member_list DB: how fast the members view's queries answer on a database (for example
// the 100,000-member demo): the count, the first page and a deep page in pinyin order, and a
// search. Prints milliseconds; not run by ctest.
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace sl;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: bench_member_list DATABASE\n";
        return 1;
    }
    auto ledger = Ledger::open(app.arguments().at(1), OpenMode::MustExist);
    if (!ledger) {
        out << ledger.error().text() << '\n';
        return 4;
    }
    RosterService roster(**ledger);
    auto time = [&](const char* what, const std::function<qint64()>& run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 rows = run();
        out << QStringLiteral("%1: %2 ms (%3)\n")
                   .arg(QString::fromUtf8(what))
                   .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
                   .arg(rows);
        out.flush();
    };
    MemberQuery byName;
    byName.sortKey = MemberQuery::SortKey::Name;
    time("count all", [&] { return roster.memberCount({}).value(); });
    time("first page by number", [&] { return qint64(roster.memberPage({}, 0, 200)->size()); });
    time("first page by name", [&] { return qint64(roster.memberPage(byName, 0, 200)->size()); });
    time("page at 20,000 by name",
         [&] { return qint64(roster.memberPage(byName, 20000, 200)->size()); });
    auto deep = roster.memberPage(byName, 19999, 1);
    if (deep && !deep->empty()) {
        MemberQuery after = byName;
        after.after = deep->front();
        time("page after row 20,000 by name (keyset)",
             [&] { return qint64(roster.memberPage(after, 20000, 200)->size()); });
    }
    MemberQuery search = byName;
    search.filter = QStringLiteral("张伟");
    time("search 张伟 (count)", [&] { return roster.memberCount(search).value(); });
    time("search 张伟 (first page)",
         [&] { return qint64(roster.memberPage(search, 0, 200)->size()); });
    return 0;
}
