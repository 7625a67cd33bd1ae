#include "gui/package/PackageActions.h"

#include "gui/common/BackgroundTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/package/ExportPackageDialog.h"
#include "gui/package/ImportPackageDialog.h"

#include "exchange/PackageFiles.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/PackageService.h"
#include "services/RosterService.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace sl {

namespace {

constexpr int shownProblems = 20;

QString filter()
{
    return PackageActions::tr("Data packages (*.zip)");
}

} // namespace

PackageActions::PackageActions(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    setObjectName(QStringLiteral("packageActions"));
}

void PackageActions::addTo(QMenu* file)
{
    file->addAction(tr("Import data &package…"), this, &PackageActions::importPackage)
        ->setObjectName(QStringLiteral("import-package"));
    file->addAction(tr("Export data pac&kage…"), this, &PackageActions::exportPackage)
        ->setObjectName(QStringLiteral("export-package"));
}

Status PackageActions::onWorker(const QString& label, OpenMode mode,
                                const std::function<Status(Ledger&)>& work)
{
    const QString path = m_ledger->path();
    const Actor actor = m_ledger->actor();
    return BackgroundTask::run(m_window, label, [path, actor, mode, work]() -> Status {
        auto ledger = Ledger::open(path, mode);
        if (!ledger)
            return ledger.error();
        (*ledger)->setActor(actor);
        return work(**ledger);
    });
}

void PackageActions::exportPackage()
{
    if (!m_ledger)
        return;
    const QString title = tr("Export Data Package");
    auto orgs = RosterService(*m_ledger).organisations();
    if (!orgs) {
        MessageBoxes::critical(m_window, title, orgs.error().text());
        return;
    }
    ExportPackageDialog dialog(*orgs, Clock::today().year(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString orgRef = dialog.orgRef();
    const int year = dialog.year();
    const QString suggested =
        QFileInfo(m_ledger->path()).absolutePath() + QLatin1Char('/') + orgRef +
        (year > 0 ? QLatin1Char('-') + QString::number(year) : QString()) + QStringLiteral(".zip");
    const QString path = FileDialogs::saveFileName(m_window, title, suggested, filter());
    if (path.isEmpty())
        return;
    PackageManifest manifest;
    const Status done = onWorker(
        tr("Writing the data package…"), OpenMode::ReadOnly, [&](Ledger& ledger) -> Status {
            auto written = PackageFiles::exportPackage(ledger, orgRef, year, path);
            if (!written)
                return written.error();
            manifest = *written;
            return {};
        });
    if (!done) {
        MessageBoxes::critical(m_window, title, done.error().text());
        return;
    }
    int rows = 0;
    for (const PackagePart& part : manifest.parts)
        rows += part.rows;
    MessageBoxes::information(
        m_window, title,
        tr("Wrote the data package of %1 (%n records) to %2.", nullptr, rows)
            .arg(manifest.source.extId + QLatin1Char(' ') + manifest.source.name,
                 QDir::toNativeSeparators(path)));
}

void PackageActions::importPackage()
{
    if (!m_ledger)
        return;
    const QString title = tr("Import Data Package");
    const QString path = FileDialogs::openFileName(
        m_window, title, QFileInfo(m_ledger->path()).absolutePath(), filter());
    if (path.isEmpty())
        return;
    PackageSummary summary;
    Status read = onWorker(tr("Checking the data package…"), OpenMode::ReadOnly,
                           [&](Ledger& ledger) -> Status {
                               auto inspected = PackageFiles::inspect(ledger, path);
                               if (!inspected)
                                   return inspected.error();
                               summary = *inspected;
                               return {};
                           });
    if (!read) {
        MessageBoxes::critical(m_window, title, read.error().text());
        return;
    }
    ImportPackageDialog dialog(summary, QFileInfo(path).fileName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PackageImportResult result;
    Status merged = onWorker(tr("Merging the data package…"), OpenMode::MustExist,
                             [&](Ledger& ledger) -> Status {
                                 auto imported = PackageFiles::importPackage(ledger, path);
                                 if (!imported)
                                     return imported.error();
                                 result = *imported;
                                 return {};
                             });
    if (!merged) {
        MessageBoxes::critical(m_window, title, merged.error().text());
        return;
    }
    if (!result.ok()) {
        QStringList lines;
        for (std::size_t i = 0; i < result.problems.size() && i < shownProblems; ++i)
            lines << result.problems[i].text();
        MessageBoxes::warning(m_window, title,
                              tr("Nothing was imported: the package has %n problems.\n\n%1",
                                 nullptr, int(result.problems.size()))
                                  .arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    // The areas reload what the merge changed; should the announcement fail, the merge stands
    // and the areas show it when they reload next.
    [[maybe_unused]] const Status announced = PackageService(*m_ledger).announceMerged();
    int added = 0, updated = 0, unchanged = 0;
    for (const ImportBatch::Part& part : result.parts) {
        added += part.counts.added;
        updated += part.counts.updated;
        unchanged += part.counts.unchanged;
    }
    MessageBoxes::information(m_window, title,
                              tr("%1: %2 added, %3 updated, %4 unchanged.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(added)
                                  .arg(updated)
                                  .arg(unchanged));
}

} // namespace sl
