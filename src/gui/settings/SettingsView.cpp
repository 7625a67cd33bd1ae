#include "gui/settings/SettingsView.h"

#include "gui/common/ViewHeader.h"
#include "gui/settings/BackupSettingsPage.h"
#include "gui/settings/LanguagePage.h"
#include "gui/settings/RubricPage.h"

#include "services/Ledger.h"

#include "ui_SettingsView.h"

#include <QScrollArea>

namespace sl {

SettingsView::SettingsView(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsView>()),
      m_rubric(new RubricPage(ledger, this))
{
    m_ui->setupUi(this);
    // Scrolled rather than stretching the window below 1280 × 720.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rubricScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rubric);
    m_ui->pagesTabWidget->addTab(scroll, tr("Rubric of the year"));
    // The automatic backups: for those who may back up (administrators, single-user mode).
    const Actor& actor = ledger.actor();
    if (actor.isSingleUser() || (!actor.signedOut && actor.role == AccountRole::Admin)) {
        m_backup = new BackupSettingsPage(ledger.path(), this);
        m_ui->pagesTabWidget->addTab(m_backup, tr("Backups"));
    }
    m_language = new LanguagePage(this);
    m_ui->pagesTabWidget->addTab(m_language, tr("Language"));
}

SettingsView::~SettingsView() = default;

QUndoStack* SettingsView::undoStack() const
{
    return m_rubric->undoStack();
}

QTabWidget* SettingsView::pages() const
{
    return m_ui->pagesTabWidget;
}

} // namespace sl
