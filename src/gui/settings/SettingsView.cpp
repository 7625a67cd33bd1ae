#include "gui/settings/SettingsView.h"

#include "gui/common/ViewHeader.h"
#include "gui/settings/TargetsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sl {

SettingsView::SettingsView(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_pages(new QTabWidget(this)), m_targets(new TargetsPage(ledger, this))
{
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_targets, tr("Targets of the year"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new ViewHeader(tr("Settings"), this));
    layout->addWidget(m_pages, 1);
}

} // namespace sl
