#pragma once

#include <QWidget>

class QTabWidget;

namespace sl {

class Ledger;
class TargetsPage;

// 设置: the settings of the database, one page each (for now the targets of a year).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Ledger& ledger, QWidget* parent = nullptr);

    TargetsPage* targetsPage() const { return m_targets; }
    QTabWidget* pages() const { return m_pages; }

private:
    QTabWidget* m_pages;
    TargetsPage* m_targets;
};

} // namespace sl
