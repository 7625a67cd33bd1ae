#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace sl {

namespace Ui {
class SettingsView;
}

class Ledger;
class TargetsPage;

// 设置: the settings of the database, one page each (for now the targets of a year).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Ledger& ledger, QWidget* parent = nullptr);
    ~SettingsView() override;

    TargetsPage* targetsPage() const { return m_targets; }
    QTabWidget* pages() const;

private:
    std::unique_ptr<Ui::SettingsView> m_ui;
    TargetsPage* m_targets;
};

} // namespace sl
