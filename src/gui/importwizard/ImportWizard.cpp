#include "gui/importwizard/ImportWizard.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/importwizard/ColumnMapping.h"
#include "gui/importwizard/ImportRunner.h"
#include "gui/importwizard/PreviewTableModel.h"

#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "services/Ledger.h"

#include "ui_ImportWizard.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>

namespace sl {

namespace {

// At most this many problems are listed after a failed import; the rest are counted.
constexpr int shownProblems = 20;

const std::vector<ColumnSpec>& columnsOfFormat(const FileFormat& format)
{
    static const std::vector<ColumnSpec> none;
    const auto kind = importKindFromName(format.shortName());
    return kind ? columnsOf(*kind) : none;
}

QString problemLine(const FileProblem& p)
{
    QString out = p.line > 0 ? ImportWizard::tr("Line %1").arg(p.line) : ImportWizard::tr("File");
    if (!p.column.isEmpty())
        out += QStringLiteral(", ") + p.column;
    return out + QStringLiteral(": ") + p.message;
}

} // namespace

ImportWizard::ImportWizard(Ledger& ledger, const FileFormat* kind, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportWizard>()), m_ledger(ledger),
      m_model(new PreviewTableModel(this)), m_runner(new ImportRunner(this))
{
    m_ui->setupUi(this);
    m_mapping = new ColumnMapping(m_ui->mappingTableWidget, this);
    for (const auto& f : FileFormats::all()) {
        if (f->canRead())
            m_ui->kindComboBox->addItem(f->displayName(), f->shortName());
    }
    if (kind)
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(kind->shortName()));
    m_ui->previewTableView->setModel(m_model);
    m_ui->previewTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->previewTableView->fontMetrics().height() + 6);
    m_ui->checkProgressBar->setRange(0, 0);
    m_ui->nextPushButton->setDefault(true);

    const auto describeKind = [this] {
        m_ui->fileHintLabel->setText(tr("The columns of this kind: %1")
                                         .arg(HeaderMap::describe(columnsOfFormat(*format()))));
        setWindowTitle(tr("Import %1").arg(format()->displayName()));
    };
    describeKind();
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, describeKind);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &ImportWizard::updateButtons);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_mapping, &ColumnMapping::changed, this, &ImportWizard::checkMapping);
    connect(m_ui->problemsListWidget, &QListWidget::currentRowChanged, this, &ImportWizard::jumpTo);
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ImportWizard::reject);
    connect(m_runner, &ImportRunner::progress, this, [this](int done, int total) {
        m_ui->importProgressBar->setRange(0, total);
        m_ui->importProgressBar->setValue(done);
    });
    setPage(FilePage);
}

ImportWizard::~ImportWizard() = default;

const FileFormat* ImportWizard::format() const
{
    return FileFormats::find(m_ui->kindComboBox->currentData().toString());
}

ImportWizard::Page ImportWizard::page() const
{
    return static_cast<Page>(m_ui->pagesStackedWidget->currentIndex());
}

bool ImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

void ImportWizard::browse()
{
    const QString current = m_ui->fileLineEdit->text();
    const QString dir = current.isEmpty() ? QFileInfo(m_ledger.path()).absolutePath()
                                          : QFileInfo(current).absolutePath();
    const QString path =
        FileDialogs::openFileName(this, windowTitle(), dir, format()->nameFilter());
    if (!path.isEmpty())
        m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
}

bool ImportWizard::readFile()
{
    m_path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto file = TableFile::read(m_path, columnsOfFormat(*format()));
    QApplication::restoreOverrideCursor();
    if (!file) {
        MessageBoxes::warning(this, windowTitle(), file.error().text());
        return false;
    }
    m_table = std::make_shared<const CsvTable>(file->table());
    const QString source = file->sheet().isEmpty() ? TextDecoding::encodingName(file->encoding())
                                                   : tr("XLSX, sheet %1").arg(file->sheet());
    m_ui->encodingLabel->setText(
        tr("Read as %1; header on line %2, %n rows.", nullptr, int(m_table->rows.size()))
            .arg(source)
            .arg(m_table->headerLine));
    m_mapping->show(columnsOfFormat(*format()), *m_table);
    // A file that could not be decoded or parsed has no columns to map: its problems say why.
    QStringList unreadable;
    if (m_table->header.isEmpty()) {
        for (const FileProblem& p : file->problems())
            unreadable << problemLine(p);
    }
    m_mappingOk = unreadable.isEmpty();
    if (m_mappingOk)
        checkMapping();
    else
        m_ui->mappingErrorsLabel->setText(unreadable.join(QLatin1Char('\n')));
    return true;
}

void ImportWizard::checkMapping()
{
    const HeaderMap header(columnsOfFormat(*format()), *m_table, m_mapping->overrides());
    QStringList errors;
    for (const Error& e : header.errors())
        errors << e.field + QStringLiteral(": ") + e.message;
    m_mappingOk = header.ok();
    m_ui->mappingErrorsLabel->setText(
        errors.isEmpty() ? tr("Every column is mapped.")
                         : tr("Change the mapping first:\n%1").arg(errors.join(QLatin1Char('\n'))));
    updateButtons();
}

void ImportWizard::next()
{
    if (page() == FilePage) {
        if (m_ui->fileLineEdit->text().trimmed().isEmpty() || !readFile())
            return;
        setPage(MappingPage);
    } else if (page() == MappingPage && m_mappingOk) {
        setPage(PreviewPage);
        startPreview();
    }
}

void ImportWizard::back()
{
    m_runner->cancel();
    if (page() == PreviewPage)
        setPage(MappingPage);
    else if (page() == MappingPage)
        setPage(FilePage);
}

void ImportWizard::startPreview()
{
    m_previewOk = false;
    m_model->setTable(m_table);
    m_ui->problemsListWidget->clear();
    m_ui->checkProgressBar->setVisible(true);
    m_ui->previewSummaryLabel->setText(tr("Checking every row as the import would…"));
    ImportOptions options;
    options.mapping = m_mapping->overrides();
    options.dryRun = true;
    disconnect(m_runner, &ImportRunner::finished, this, nullptr);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::previewDone);
    m_runner->start(m_ledger, *format(), m_path, options);
    updateButtons();
}

void ImportWizard::previewDone(const Result<FileImportResult>& result)
{
    m_ui->checkProgressBar->setVisible(false);
    if (!result) {
        m_ui->previewSummaryLabel->setText(result.error().text());
        updateButtons();
        return;
    }
    m_model->setProblems(result->problems);
    for (const PreviewTableModel::Mark& mark : m_model->marks()) {
        auto* item = new QListWidgetItem(problemLine(mark.problem), m_ui->problemsListWidget);
        item->setToolTip(mark.problem.text());
    }
    m_previewOk = result->ok();
    const int shown = m_model->rowCount();
    const QString rows =
        int(m_table->rows.size()) > shown
            ? tr("The first %1 of %2 rows are shown.").arg(shown).arg(m_table->rows.size()) +
                  QLatin1Char(' ')
            : QString();
    if (m_previewOk)
        m_ui->previewSummaryLabel->setText(
            rows + tr("No problems: the import will add %1, update %2 and leave %3 unchanged.")
                       .arg(result->counts.added)
                       .arg(result->counts.updated)
                       .arg(result->counts.unchanged));
    else
        m_ui->previewSummaryLabel->setText(
            rows + tr("%n problems: nothing can be imported until the file is corrected.", nullptr,
                      int(result->problems.size())));
    updateButtons();
}

void ImportWizard::jumpTo(int problem)
{
    if (problem < 0 || size_t(problem) >= m_model->marks().size())
        return;
    const PreviewTableModel::Mark& mark = m_model->marks()[size_t(problem)];
    if (mark.row < 0)
        return;
    const QModelIndex cell = m_model->index(mark.row, std::max(mark.column, 0));
    m_ui->previewTableView->setCurrentIndex(cell);
    m_ui->previewTableView->scrollTo(cell);
}

void ImportWizard::startImport()
{
    if (page() != PreviewPage || !m_previewOk || isBusy())
        return;
    setPage(ProgressPage);
    m_ui->importProgressBar->setRange(0, int(m_table->rows.size()));
    m_ui->importProgressBar->setValue(0);
    m_ui->summaryLabel->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(m_path)));
    ImportOptions options;
    options.mapping = m_mapping->overrides();
    disconnect(m_runner, &ImportRunner::finished, this, nullptr);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::importDone);
    m_runner->start(m_ledger, *format(), m_path, options);
    updateButtons();
}

void ImportWizard::importDone(const Result<FileImportResult>& result)
{
    m_outcome = result;
    if (!result && result.error().code == ErrorCode::Cancelled) {
        m_ui->summaryLabel->setText(tr("Cancelled: nothing was imported."));
    } else if (!result) {
        m_ui->summaryLabel->setText(tr("Nothing was imported: %1").arg(result.error().text()));
    } else if (!result->ok()) {
        QStringList lines;
        for (const FileProblem& p : result->problems) {
            if (lines.size() == shownProblems)
                break;
            lines << problemLine(p);
        }
        m_ui->summaryLabel->setText(tr("Nothing was imported: the file has %n problems.\n%1",
                                       nullptr, int(result->problems.size()))
                                        .arg(lines.join(QLatin1Char('\n'))));
    } else {
        m_ui->importProgressBar->setValue(m_ui->importProgressBar->maximum());
        m_ui->summaryLabel->setText(tr("Imported %1.\nAdded: %2\nUpdated: %3\nUnchanged: %4")
                                        .arg(QDir::toNativeSeparators(m_path))
                                        .arg(result->counts.added)
                                        .arg(result->counts.updated)
                                        .arg(result->counts.unchanged));
    }
    updateButtons();
}

QString ImportWizard::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void ImportWizard::reject()
{
    if (page() == ProgressPage && isBusy()) {
        m_runner->cancel(); // the wizard stays to say that nothing was imported
        return;
    }
    m_runner->cancel();
    QDialog::reject();
}

void ImportWizard::setPage(Page page)
{
    m_ui->pagesStackedWidget->setCurrentIndex(page);
    static const char* const titles[] = {
        QT_TR_NOOP("Step 1 of 4: the kind of file and the file"),
        QT_TR_NOOP("Step 2 of 4: the columns"),
        QT_TR_NOOP("Step 3 of 4: preview and check"),
        QT_TR_NOOP("Step 4 of 4: import"),
    };
    m_ui->stepLabel->setText(tr(titles[page]));
    if (page == FilePage)
        m_ui->fileLineEdit->setFocus();
    else if (page == MappingPage)
        m_ui->mappingTableWidget->setFocus();
    else if (page == PreviewPage)
        m_ui->previewTableView->setFocus();
    updateButtons();
}

void ImportWizard::updateButtons()
{
    const Page p = page();
    const bool busy = isBusy();
    const bool done = p == ProgressPage && !busy;
    m_ui->backPushButton->setVisible(p != ProgressPage);
    m_ui->backPushButton->setEnabled(p != FilePage);
    m_ui->nextPushButton->setVisible(p == FilePage || p == MappingPage);
    m_ui->nextPushButton->setEnabled(
        (p == FilePage && !m_ui->fileLineEdit->text().trimmed().isEmpty()) ||
        (p == MappingPage && m_mappingOk));
    m_ui->importPushButton->setVisible(p == PreviewPage);
    m_ui->importPushButton->setEnabled(p == PreviewPage && m_previewOk && !busy);
    m_ui->importPushButton->setDefault(p == PreviewPage);
    m_ui->nextPushButton->setDefault(p != PreviewPage);
    m_ui->closePushButton->setVisible(done);
    m_ui->closePushButton->setDefault(done);
    m_ui->cancelPushButton->setVisible(!done);
    m_ui->kindComboBox->setEnabled(p == FilePage);
}

QComboBox* ImportWizard::kindCombo() const
{
    return m_ui->kindComboBox;
}
QLineEdit* ImportWizard::fileEdit() const
{
    return m_ui->fileLineEdit;
}
QComboBox* ImportWizard::mappingCombo(int column) const
{
    return m_mapping->combo(column);
}
QTableView* ImportWizard::previewView() const
{
    return m_ui->previewTableView;
}
QListWidget* ImportWizard::problemsList() const
{
    return m_ui->problemsListWidget;
}
QPushButton* ImportWizard::nextButton() const
{
    return m_ui->nextPushButton;
}
QPushButton* ImportWizard::backButton() const
{
    return m_ui->backPushButton;
}
QPushButton* ImportWizard::importButton() const
{
    return m_ui->importPushButton;
}
QPushButton* ImportWizard::cancelButton() const
{
    return m_ui->cancelPushButton;
}

} // namespace sl
