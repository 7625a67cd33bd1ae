#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;
class QUndoStack;

namespace sl {

namespace Ui {
class SettingsView;
}

class Ledger;
class RubricPage;

// 设置: the settings of the database, one page each (for now the rubric of a year).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Ledger& ledger, QWidget* parent = nullptr);
    ~SettingsView() override;

    RubricPage* rubricPage() const { return m_rubric; }
    // The undo stack of the settings (the rubric's saves).
    QUndoStack* undoStack() const;
    QTabWidget* pages() const;

private:
    std::unique_ptr<Ui::SettingsView> m_ui;
    RubricPage* m_rubric;
};

} // namespace sl
