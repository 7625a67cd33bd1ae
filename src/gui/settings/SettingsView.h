#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;
class QUndoStack;

namespace sl {

namespace Ui {
class SettingsView;
}

class BackupSettingsPage;
class LanguagePage;
class Ledger;
class RubricPage;

// 设置: the settings, one page each: the rubric of a year, the automatic backups, the language
// of the interface.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Ledger& ledger, QWidget* parent = nullptr);
    ~SettingsView() override;

    RubricPage* rubricPage() const { return m_rubric; }
    // The automatic backups (administrators and single-user mode; null for the others).
    BackupSettingsPage* backupPage() const { return m_backup; }
    // The language of the interface (every account).
    LanguagePage* languagePage() const { return m_language; }
    // The undo stack of the settings (the rubric's saves).
    QUndoStack* undoStack() const;
    QTabWidget* pages() const;

private:
    std::unique_ptr<Ui::SettingsView> m_ui;
    RubricPage* m_rubric;
    BackupSettingsPage* m_backup = nullptr;
    LanguagePage* m_language = nullptr;
};

} // namespace sl
