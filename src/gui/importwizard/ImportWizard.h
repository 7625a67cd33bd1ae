#pragma once

#include "exchange/FileImport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace sl {

class ColumnMapping;
class FileFormat;
class ImportRunner;
class Ledger;
class PreviewTableModel;

namespace Ui {
class ImportWizard;
}

// File › Import › <kind>…: an import in four steps. 1. the kind (preselected) and the file;
// 2. the encoding the file was read in and the header mapping, each column changeable by hand;
// 3. a preview: the rows with every problem of a dry run of the real import marked on its cell
// (or row) and listed (a click goes to the cell), Import enabled only without problems; 4. the
// import on a worker thread with a progress bar and Cancel (a cancelled import changes
// nothing), then the summary: added, updated, unchanged.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ProgressPage
    };

    ImportWizard(Ledger& ledger, const FileFormat* kind, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Page page() const;
    // Whether a dry run or the import is running on the worker.
    bool isBusy() const;
    // The outcome of the import (step 4), once it ended.
    const std::optional<Result<FileImportResult>>& outcome() const { return m_outcome; }

    QComboBox* kindCombo() const;
    QLineEdit* fileEdit() const;
    QComboBox* mappingCombo(int column) const;
    PreviewTableModel* previewModel() const { return m_model; }
    QTableView* previewView() const;
    QListWidget* problemsList() const;
    QPushButton* nextButton() const;
    QPushButton* backButton() const;
    QPushButton* importButton() const;
    QPushButton* cancelButton() const;
    QString summaryText() const;

public slots:
    void next();
    void back();
    void startImport();
    // Cancel: stops a running import (the wizard stays to say so), else closes.
    void reject() override;

private:
    const FileFormat* format() const;
    void browse();
    bool readFile();
    void checkMapping();
    void startPreview();
    void previewDone(const Result<FileImportResult>& result);
    void importDone(const Result<FileImportResult>& result);
    void jumpTo(int problem);
    void setPage(Page page);
    void updateButtons();

    std::unique_ptr<Ui::ImportWizard> m_ui;
    Ledger& m_ledger;
    ColumnMapping* m_mapping;
    PreviewTableModel* m_model;
    ImportRunner* m_runner;
    std::shared_ptr<const CsvTable> m_table;
    QString m_path;
    bool m_mappingOk = false;
    bool m_previewOk = false;
    std::optional<Result<FileImportResult>> m_outcome;
};

} // namespace sl
