#include "gui/ExchangeMenus.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/package/PackageActions.h"

#include "exchange/FileFormat.h"
#include "services/Ledger.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace sl {

namespace {

// At most this many problems are listed in the message box; the rest are counted.
constexpr int shownProblems = 20;

QString folderOf(const Ledger* ledger)
{
    return ledger ? QFileInfo(ledger->path()).absolutePath() : QDir::homePath();
}

} // namespace

ExchangeMenus::ExchangeMenus(QWidget* window, QObject* parent)
    : QObject(parent), m_window(window), m_packages(new PackageActions(window, this))
{
    setObjectName(QStringLiteral("exchangeMenus"));
}

void ExchangeMenus::setLedger(Ledger* ledger)
{
    m_ledger = ledger;
    m_packages->setLedger(ledger);
}

void ExchangeMenus::addTo(QMenu* file)
{
    QMenu* importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (const auto& format : FileFormats::all()) {
        const FileFormat* f = format.get();
        if (f->canRead()) {
            QAction* a = importMenu->addAction(f->displayName() + QStringLiteral("…"), this,
                                               [this, f] { importFile(*f); });
            a->setObjectName(QStringLiteral("import-") + f->shortName());
        }
        if (f->canWrite()) {
            QAction* a = exportMenu->addAction(f->displayName() + QStringLiteral("…"), this,
                                               [this, f] { exportFile(*f); });
            a->setObjectName(QStringLiteral("export-") + f->shortName());
        }
    }
    m_packages->addTo(file);
}

void ExchangeMenus::importFile(const FileFormat& format)
{
    if (!m_ledger)
        return;
    const QString title = tr("Import %1").arg(format.displayName());
    const QString path =
        FileDialogs::openFileName(m_window, title, folderOf(m_ledger), format.nameFilter());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = format.read(*m_ledger, path);
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBoxes::critical(m_window, title, result.error().text());
        return;
    }
    if (!result->ok()) {
        QStringList lines;
        for (const FileProblem& p : result->problems) {
            if (lines.size() == shownProblems)
                break;
            lines << p.text();
        }
        if (result->problems.size() > shownProblems)
            lines << tr("… and %n more problems", nullptr,
                        static_cast<int>(result->problems.size()) - shownProblems);
        MessageBoxes::warning(m_window, title,
                              tr("Nothing was imported: the file has %n problems.\n\n%1", nullptr,
                                 static_cast<int>(result->problems.size()))
                                  .arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    MessageBoxes::information(m_window, title,
                              tr("%1: %2 added, %3 updated, %4 unchanged.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(result->counts.added)
                                  .arg(result->counts.updated)
                                  .arg(result->counts.unchanged));
}

void ExchangeMenus::exportFile(const FileFormat& format)
{
    if (!m_ledger)
        return;
    const QString title = tr("Export %1").arg(format.displayName());
    const QString path = FileDialogs::saveFileName(m_window, title,
                                                   folderOf(m_ledger) + QLatin1Char('/') +
                                                       format.shortName() + format.suffix(),
                                                   format.nameFilter());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = format.write(*m_ledger, path, ExportScope{});
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::critical(m_window, title, written.error().text());
        return;
    }
    MessageBoxes::information(
        m_window, title,
        tr("Wrote %n records to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

} // namespace sl
