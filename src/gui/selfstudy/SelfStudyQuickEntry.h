#pragma once

#include "gui/common/FormErrors.h"

#include "domain/SelfStudyEntry.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace sl {

class CharCountLabel;
class DateField;
class MinutesCombo;
class SelfStudyService;

// The quick entry of UX.md: one line — date (today), minutes (presets or typed), material
// (completed from the member's earlier entries), medium — and Enter logs it; the notes below
// with a live character count (Ctrl+Enter logs from there). Checks as you type through
// SelfStudyService::check; an entry that is not valid is not submitted.
class SelfStudyQuickEntry : public QWidget
{
    Q_OBJECT

public:
    SelfStudyQuickEntry(SelfStudyService& service, QWidget* parent = nullptr);

    void setMemberId(qint64 memberId);
    // The entry as the fields describe it (minutes 0 when not a number).
    SelfStudyEntry entry() const;
    bool isValid() const;
    // The messages shown under the line, empty when none.
    QString errorText() const;

    DateField* dateField() const { return m_date; }
    MinutesCombo* minutesCombo() const { return m_minutes; }
    QLineEdit* materialEdit() const { return m_material; }
    QComboBox* mediumCombo() const { return m_medium; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    CharCountLabel* notesCount() const { return m_count; }
    QPushButton* logButton() const { return m_log; }
    QCompleter* materialCompleter() const { return m_completer; }

    // Empties material and notes after a logged entry (date, minutes and medium stay for the
    // next one) and puts the cursor back on the minutes.
    void clearForNext();
    // Shows a message that came back from the service when logging.
    void showError(const Error& error);

public slots:
    // Checks the entry; when valid emits submitted(entry), else shows every problem.
    bool submit();

signals:
    void submitted(const SelfStudyEntry& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build();
    void touch(const QString& key);
    void validate();
    std::vector<Error> problems() const;
    void updateMaterials();

    SelfStudyService& m_service;
    qint64 m_memberId = 0;
    FormErrors m_errors;
    DateField* m_date = nullptr;
    MinutesCombo* m_minutes = nullptr;
    QLineEdit* m_material = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_materials = nullptr;
    QTimer* m_materialTimer = nullptr;
    QComboBox* m_medium = nullptr;
    QPushButton* m_log = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    CharCountLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    bool m_valid = false;
};

} // namespace sl
