#include "gui/settings/SettingsView.h"

#include "gui/common/ViewHeader.h"
#include "gui/settings/TargetsPage.h"

#include "ui_SettingsView.h"

namespace sl {

SettingsView::SettingsView(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsView>()),
      m_targets(new TargetsPage(ledger, this))
{
    m_ui->setupUi(this);
    m_ui->pagesTabWidget->addTab(m_targets, tr("Targets of the year"));
}

SettingsView::~SettingsView() = default;

QTabWidget* SettingsView::pages() const
{
    return m_ui->pagesTabWidget;
}

} // namespace sl
