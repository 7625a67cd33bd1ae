#pragma once

#include "gui/common/FormErrors.h"

#include "domain/SelfStudyEntry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl {

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

    SelfStudyEntry entry() const;
    bool isModified() const;
    bool canSave() const;
    QString errorText(const QString& field) const;

    DateField* dateField() const { return m_date; }
    MinutesCombo* minutesCombo() const { return m_minutes; }
    QLineEdit* materialEdit() const { return m_material; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    CharCountLabel* notesCount() const { return m_count; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void reject() override;

private:
    void build();
    QLabel* messageLabel();
    void touch(const QString& key);
    void validate();

    SelfStudyService& m_service;
    SelfStudyEntry m_original;
    FormErrors m_errors;
    DateField* m_date = nullptr;
    MinutesCombo* m_minutes = nullptr;
    QLineEdit* m_material = nullptr;
    QComboBox* m_medium = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    CharCountLabel* m_count = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
