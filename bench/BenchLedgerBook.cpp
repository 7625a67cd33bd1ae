// bench_ledger_book DB [--group ID] [--org ID] [--year Y]: the ledger book of a year on a database
// (the 100,000-member district demo): the volume of a group (by default the one with the most
// seats), the sign-in sheet and record of its first held session, and, with --org, the volume of
// an organisation subtree. Prints the times and the sizes read. Not run by ctest.
#include "services/Ledger.h"
#include "services/LedgerBookService.h"
#include "storage/GroupRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

using namespace sl;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

void report(const char* what, const Result<LedgerVolume>& volume, qint64 ms)
{
    if (!volume) {
        out() << what << ": " << volume.error().text() << Qt::endl;
        return;
    }
    size_t cells = 0;
    for (const AttendanceMatrix& m : volume->attendance)
        cells += m.cells.size();
    out() << what << " " << volume->scope.name << ": " << ms << " ms; " << volume->sessions.size()
          << " sessions, " << volume->attendance.size() << " tables (" << cells << " cells), "
          << volume->selfStudy.size() << " members, " << volume->writings.size() << " writings, "
          << (volume->assessment ? volume->assessment->rows.size() : 0) << " assessed" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_ledger_book DB [--group ID] [--org ID] [--year Y]" << Qt::endl;
        return 2;
    }
    auto option = [&](const char* name, qint64 fallback) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i > 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
    };
    auto opened = Ledger::open(args[1], OpenMode::MustExist);
    if (!opened) {
        out() << opened.error().text() << Qt::endl;
        return 4;
    }
    Ledger& ledger = **opened;
    const int year = int(option("--year", 2026));
    qint64 groupId = option("--group", 0);
    if (groupId == 0) {
        auto seats = GroupRepository(ledger.db()).memberships();
        if (!seats)
            return 4;
        QHash<qint64, int> count;
        for (const MembershipRow& r : *seats)
            count[r.membership.groupId] += 1;
        for (auto it = count.cbegin(); it != count.cend(); ++it) {
            if (groupId == 0 || it.value() > count.value(groupId))
                groupId = it.key();
        }
        out() << "largest group: " << groupId << " (" << count.value(groupId) << " seats)"
              << Qt::endl;
    }
    LedgerBookService book(ledger);
    QElapsedTimer timer;
    timer.start();
    const auto volume = book.volume(ScopeRef::group(groupId), year);
    report("group volume", volume, timer.elapsed());
    if (volume && !volume->sessions.empty()) {
        const qint64 sessionId = volume->sessions.front().session.id;
        timer.restart();
        auto sheet = book.signinSheet(sessionId);
        out() << "sign-in sheet: " << timer.elapsed() << " ms, " << (sheet ? sheet->rows.size() : 0)
              << " rows" << Qt::endl;
        timer.restart();
        auto record = book.sessionRecord(sessionId);
        out() << "session record: " << timer.elapsed() << " ms, "
              << (record ? record->lines.size() : 0) << " lines" << Qt::endl;
    }
    if (const qint64 orgId = option("--org", 0); orgId > 0) {
        timer.restart();
        QStringList steps;
        auto orgVolume = book.volume(ScopeRef::organisation(orgId), year, nullptr, [&](double d) {
            steps << QStringLiteral("%1: %2 ms").arg(d).arg(timer.elapsed());
        });
        report("organisation volume", orgVolume, timer.elapsed());
        out() << "  steps " << steps.join(QStringLiteral(", ")) << Qt::endl;
    }
    return 0;
}
