#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Writing.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl {

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

    Writing writing() const;
    // The id of the saved writing after Save, else 0.
    qint64 savedId() const { return m_savedId; }
    bool isModified() const;
    bool canSave() const;
    QString errorText(const QString& field) const;

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    DateField* dateField() const { return m_date; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* lengthEdit() const { return m_length; }
    CharCountLabel* textCount() const { return m_count; }
    QLineEdit* publishedEdit() const { return m_published; }
    QComboBox* awardCombo() const { return m_award; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

private:
    void build();
    void load(const Writing& writing);
    void touch(const QString& key);
    void validate();
    std::vector<Error> problems() const;
    void updateLengthField();

    WritingService& m_service;
    Writing m_original;
    qint64 m_savedId = 0;
    FormErrors m_errors;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    DateField* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    CharCountLabel* m_count = nullptr;
    QLineEdit* m_length = nullptr;
    QLineEdit* m_published = nullptr;
    QComboBox* m_award = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
