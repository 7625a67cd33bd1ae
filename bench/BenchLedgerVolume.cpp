// bench_ledger_volume DB [--group ID] [--org ID] [--year Y] [-o FILE]: the annual volume
// (学习台账) of a group's year as PDF on a database (the 100,000-member district demo): by
// default the group with the most seats. Prints the time of reading the volume, of building,
// laying out and painting the PDF with its contents and bookmarks, the pages, the size and
// the peak memory (getrusage). The database is opened read-only. Not run by ctest.
#include "report/LedgerVolumeDocument.h"
#include "services/Ledger.h"
#include "services/LedgerBookService.h"
#include "storage/GroupRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QTextStream>

#include <sys/resource.h>

using namespace sl;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// The peak resident memory of the process so far, in MiB.
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

qint64 largestGroup(Ledger& ledger)
{
    auto seats = GroupRepository(ledger.db()).memberships();
    if (!seats)
        return 0;
    QHash<qint64, int> count;
    for (const MembershipRow& r : *seats)
        count[r.membership.groupId] += 1;
    qint64 groupId = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        // The most seats; of equals the first (QHash has no order).
        if (groupId == 0 || it.value() > count.value(groupId) ||
            (it.value() == count.value(groupId) && it.key() < groupId))
            groupId = it.key();
    }
    out() << "largest group: " << groupId << " (" << count.value(groupId) << " seats)" << Qt::endl;
    return groupId;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the layout
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_ledger_volume DB [--group ID] [--org ID] [--year Y] [-o FILE]"
              << Qt::endl;
        return 2;
    }
    auto option = [&](const char* name) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    auto opened = Ledger::open(args[1], OpenMode::ReadOnly);
    if (!opened) {
        out() << opened.error().text() << Qt::endl;
        return 4;
    }
    Ledger& ledger = **opened;
    const int year = option("--year").isEmpty() ? 2025 : option("--year").toInt();
    ScopeRef scope;
    if (!option("--org").isEmpty())
        scope = ScopeRef::organisation(option("--org").toLongLong());
    else if (!option("--group").isEmpty())
        scope = ScopeRef::group(option("--group").toLongLong());
    else
        scope = ScopeRef::group(largestGroup(ledger));
    out() << "peak before: " << peakMiB() << " MiB" << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    auto volume = LedgerBookService(ledger).volume(scope, year);
    if (!volume) {
        out() << volume.error().text() << Qt::endl;
        return 2;
    }
    size_t cells = 0, members = 0;
    for (const AttendanceMatrix& m : volume->attendance) {
        cells += m.cells.size();
        members += m.members.size();
    }
    out() << "volume " << volume->scope.name << " " << year << ": read in " << timer.elapsed()
          << " ms; " << volume->sessions.size() << " sessions, " << members << " attendance rows ("
          << cells << " cells), " << volume->selfStudy.size() << " members, "
          << volume->writings.size() << " writings, "
          << (volume->assessment ? volume->assessment->rows.size() : 0) << " assessed; peak "
          << peakMiB() << " MiB" << Qt::endl;

    timer.restart();
    QStringList steps;
    auto pdf = LedgerVolumeDocument::renderPdf(*volume, {}, nullptr, [&](double done) {
        steps << QStringLiteral("%1 at %2 ms").arg(done).arg(timer.elapsed());
    });
    const qint64 renderMs = timer.elapsed();
    if (!pdf) {
        out() << pdf.error().text() << Qt::endl;
        return 2;
    }
    out() << "PDF: " << renderMs << " ms, " << pdf->size() / 1024 << " KiB ("
          << steps.join(QStringLiteral(", ")) << "); peak " << peakMiB() << " MiB" << Qt::endl;
    if (const QString target = option("-o"); !target.isEmpty()) {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(*pdf) != pdf->size())
            return 4;
        out() << "wrote " << target << Qt::endl;
    }
    return 0;
}
