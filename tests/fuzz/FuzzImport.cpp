// libFuzzer harness: a whole import (decode, parse, header, cells, rules, one transaction) into a
// ledger in a temporary folder that holds the organisations, members and groups of tests/data.
// The first byte picks the kind; the rest is the file.
#include "exchange/ActivityFiles.h"
#include "exchange/ImportKind.h"
#include "exchange/RosterFiles.h"
#include "exchange/SessionFiles.h"
#include "services/Ledger.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<sl::Ledger> ledger;
};

// Never destroyed: at exit Qt's own globals (the SQL connection list) may be gone already.
World& world()
{
    static World* w = new World;
    return *w;
}

sl::Result<sl::FileImportResult> importFile(sl::Ledger& ledger, sl::ImportKind kind,
                                            const QString& path)
{
    if (sl::isActivityKind(kind))
        return sl::ActivityFiles::importFile(ledger, kind, path);
    if (sl::isSessionKind(kind))
        return sl::SessionFiles::importFile(ledger, kind, path);
    return sl::RosterFiles::importFile(ledger, kind, path);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    World& w = world();
    w.app = std::make_unique<QCoreApplication>(*argc, *argv);
    w.dir = std::make_unique<QTemporaryDir>();
    auto opened = sl::Ledger::open(w.dir->filePath(QStringLiteral("fuzz.sqlite")),
                                   sl::OpenMode::CreateIfMissing);
    if (!opened)
        std::abort();
    w.ledger = std::move(opened).value();
    const std::pair<sl::ImportKind, const char*> seeds[] = {
        {sl::ImportKind::Orgs, "orgs.csv"},
        {sl::ImportKind::Members, "members-gb18030.csv"},
        {sl::ImportKind::Groups, "groups-en.csv"},
    };
    for (const auto& [kind, name] : seeds) {
        auto r = importFile(*w.ledger, kind,
                            QStringLiteral(SL_TEST_DATA_DIR "/") + QString::fromLatin1(name));
        if (!r || !r->ok())
            std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    World& w = world();
    const QStringList kinds = sl::importKindNames();
    const auto kind = sl::importKindFromName(kinds.at(data[0] % kinds.size()));
    const QString path = w.dir->filePath(QStringLiteral("input.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    }
    auto result = importFile(*w.ledger, *kind, path);
    if (!result)
        return 0;
    for (const sl::FileProblem& p : result->problems) {
        const QString line = p.text();
        if (line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r')) ||
            line.contains(QChar(0x1b)) || line.size() > 2000)
            std::abort();
    }
    return 0;
}
