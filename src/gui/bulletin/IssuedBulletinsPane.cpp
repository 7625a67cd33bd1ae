#include "gui/bulletin/IssuedBulletinsPane.h"

#include "gui/bulletin/IssuedBulletinModel.h"
#include "gui/common/EmptyState.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"

#include "files/OutputFile.h"
#include "services/BulletinService.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace sl {

IssuedBulletinsPane::IssuedBulletinsPane(BulletinService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new IssuedBulletinModel(this)),
      m_table(new RecordTableView(this)), m_title(new QLabel(tr("Issued bulletins"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("issuedTableView"));
    TableExportAction::install(m_table, tr("bulletins"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(IssuedBulletinModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssuedBulletinModel::Number, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    EmptyState::install(m_table, tr("No bulletin issued yet — write the draft above, then Issue… "
                                    "numbers it and keeps it here to reprint unchanged."));

    auto* saveAction = new QAction(tr("&Save the Issued PDF…"), m_table);
    saveAction->setObjectName(QStringLiteral("saveIssuedAction"));
    auto* openAction = new QAction(tr("&Open the Issued PDF"), m_table);
    openAction->setObjectName(QStringLiteral("openIssuedAction"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(openAction);
    m_table->addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] { saveIssuedAs(currentSourceRow()); });
    connect(openAction, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        const IssuedBulletin* b = m_model->bulletinAt(row);
        if (!b)
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString path = dir + QLatin1Char('/') + b->number + QStringLiteral(".pdf");
        if (saveIssued(row, path))
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this, proxy](const QModelIndex& index) {
        saveIssuedAs(proxy->mapToSource(index).row());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
}

QString IssuedBulletinsPane::exportDirKey()
{
    return QStringLiteral("bulletin/exportDir");
}

int IssuedBulletinsPane::currentSourceRow() const
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_table->model());
    return proxy->mapToSource(m_table->currentIndex()).row();
}

void IssuedBulletinsPane::showIssuedBy(qint64 org, const QString& orgName)
{
    auto list = m_service.issued(org);
    m_model->setBulletins(list ? std::move(list).value() : std::vector<IssuedBulletin>{});
    m_title->setText(
        list ? tr("Bulletins issued by %1: %n", nullptr, m_model->rowCount()).arg(orgName)
             : tr("The issued bulletins cannot be read: %1").arg(list.error().message));
}

void IssuedBulletinsPane::saveIssuedAs(int row)
{
    const IssuedBulletin* b = m_model->bulletinAt(row);
    if (!b)
        return;
    QString dir = QSettings().value(exportDirKey()).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
        this, tr("Save the issued bulletin %1").arg(b->number),
        dir + QLatin1Char('/') + b->number + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) &&
        MessageBoxes::question(
            this, tr("Save the issued bulletin"),
            tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (saveIssued(row, path))
        QSettings().setValue(exportDirKey(), QFileInfo(path).absolutePath());
}

bool IssuedBulletinsPane::saveIssued(int row, const QString& path)
{
    const IssuedBulletin* b = m_model->bulletinAt(row);
    if (!b)
        return false;
    auto full = m_service.issuedBulletin(b->id);
    Status written = full ? OutputFile::writeAll(path, full->pdf) : Status(full.error());
    if (!written) {
        MessageBoxes::warning(this, tr("Save the issued bulletin"), written.error().text());
        return false;
    }
    return true;
}

} // namespace sl
