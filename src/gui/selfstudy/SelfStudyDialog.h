#pragma once

#include "gui/common/FormErrors.h"

#include "domain/SelfStudyEntry.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl {

namespace Ui {
class SelfStudyDialog;
}

class CharCountLabel;
class DateField;
class MinutesCombo;
class SelfStudyService;

// Edits a self-study entry (double-click in the list): the fields of the quick entry and the
// notes with their live count. Validates as you type through SelfStudyService::check; Save
// stays disabled until the entry is valid and changed; Esc asks before dropping changes. The
// dialog does not save: the view takes entry() and makes the change undoable.
class SelfStudyDialog : public QDialog
{
    Q_OBJECT

public:
    SelfStudyDialog(SelfStudyService& service, const SelfStudyEntry& entry,
                    QWidget* parent = nullptr);
    ~SelfStudyDialog() override;

    SelfStudyEntry entry() const;
    bool isModified() const;
    bool canSave() const;
    QString errorText(const QString& field) const;

    DateField* dateField() const;
    MinutesCombo* minutesCombo() const;
    QLineEdit* materialEdit() const;
    QPlainTextEdit* notesEdit() const;
    CharCountLabel* notesCount() const;
    QPushButton* saveButton() const { return m_save; }

public slots:
    void reject() override;

private:
    void setUpFields();
    void load(const SelfStudyEntry& entry);
    void touch(const QString& key);
    void validate();

    std::unique_ptr<Ui::SelfStudyDialog> m_ui;
    SelfStudyService& m_service;
    SelfStudyEntry m_original;
    FormErrors m_errors;
    QPushButton* m_save = nullptr;
};

} // namespace sl
