#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Writing.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl {

namespace Ui {
class WritingDialog;
}

class CharCountLabel;
class DateField;
class WritingService;

// Adds or edits a writing: kind, title, date, the text (with a live count) or only its length,
// where it was published, and the appraisal result (评选结果), which only an account that may
// appraise can change (WritingService::mayAppraise). Validates as you type through
// WritingService::check; Save stays disabled until the writing is valid and changed; Esc asks
// before dropping changes.
class WritingDialog : public QDialog
{
    Q_OBJECT

public:
    WritingDialog(WritingService& service, const Writing& writing, QWidget* parent = nullptr);
    ~WritingDialog() override;

    Writing writing() const;
    // The writing as the dialog was opened on it.
    const Writing& original() const { return m_loaded; }
    // The id of the saved writing after Save, else 0.
    qint64 savedId() const { return m_savedId; }
    bool isModified() const;
    bool canSave() const;
    QString errorText(const QString& field) const;

    QComboBox* kindCombo() const;
    QLineEdit* titleEdit() const;
    DateField* dateField() const;
    QPlainTextEdit* textEdit() const;
    QLineEdit* lengthEdit() const;
    CharCountLabel* textCount() const;
    QLineEdit* publishedEdit() const;
    QComboBox* awardCombo() const;
    QPushButton* saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

private:
    void setUpFields();
    void connectChanges();
    void load(const Writing& writing);
    void touch(const QString& key);
    void validate();
    std::vector<Error> problems() const;
    void updateLengthField();

    std::unique_ptr<Ui::WritingDialog> m_ui;
    WritingService& m_service;
    Writing m_original;
    Writing m_loaded;
    qint64 m_savedId = 0;
    FormErrors m_errors;
    QPushButton* m_save = nullptr;
};

} // namespace sl
