#include "gui/package/ImportPackageDialog.h"

#include "gui/common/FormErrors.h"

#include "exchange/FileFormat.h"
#include "exchange/PackageFiles.h"

#include "ui_ImportPackageDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace sl {

namespace {

QString partName(const QString& kind)
{
    if (const FileFormat* format = FileFormats::find(kind))
        return format->displayName();
    return ImportPackageDialog::tr("Assessment adjustments");
}

} // namespace

ImportPackageDialog::ImportPackageDialog(const PackageSummary& summary, const QString& fileName,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportPackageDialog>())
{
    m_ui->setupUi(this);
    const PackageManifest& m = summary.manifest;
    setWindowTitle(tr("Import Data Package %1").arg(fileName));
    m_ui->sourceLabel->setText(m.source.extId + QLatin1Char(' ') + m.source.name);
    m_ui->yearLabel->setText(m.year > 0 ? QString::number(m.year) : tr("all years"));
    m_ui->createdLabel->setText(
        tr("%1 by StudyLedger %2")
            .arg(QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat),
                 m.programVersion));

    QTableWidget* table = m_ui->partsTableWidget;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Part"), tr("Rows")});
    table->setRowCount(int(m.parts.size()));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 0; i < int(m.parts.size()); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(partName(m.parts[std::size_t(i)].kind)));
        auto* rows = new QTableWidgetItem(QLocale().toString(m.parts[std::size_t(i)].rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, rows);
    }

    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    const bool known = summary.unknown.empty();
    m_import->setEnabled(known);
    if (known) {
        m_ui->unknownLabel->setText(
            tr("Every organisation and member the package refers to is in this ledger. Records "
               "with the same key are updated; a second import changes nothing."));
    } else {
        FormErrors::setErrorStyle(m_ui->unknownLabel);
        m_ui->unknownLabel->setText(
            tr("This ledger does not know what the package refers to; import the roster first.\n"
               "%1")
                .arg(summary.unknownText()));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_import->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportPackageDialog::~ImportPackageDialog() = default;

QTableWidget* ImportPackageDialog::partsTable() const
{
    return m_ui->partsTableWidget;
}

QLabel* ImportPackageDialog::unknownLabel() const
{
    return m_ui->unknownLabel;
}

QLabel* ImportPackageDialog::sourceLabel() const
{
    return m_ui->sourceLabel;
}

} // namespace sl
