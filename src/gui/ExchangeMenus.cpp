#include "gui/ExchangeMenus.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/importwizard/ImportWizard.h"
#include "gui/package/PackageActions.h"

#include "exchange/FileFormat.h"
#include "services/Ledger.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace sl {

namespace {

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
    // Window-modal and not blocking: the wizard runs its import on a worker and closes itself.
    auto* wizard = new ImportWizard(*m_ledger, &format, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
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
