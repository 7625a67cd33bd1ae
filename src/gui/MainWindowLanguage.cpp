// The main window's switch of the interface language (View › Interface Language, 设置 › 语言).
#include "gui/MainWindow.h"

#include "gui/AreaViews.h"
#include "gui/NavigationSidebar.h"
#include "gui/common/ScopeToolBar.h"
#include "gui/settings/LanguagePage.h"
#include "gui/settings/SettingsView.h"

#include <QActionGroup>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>

#include "services/Ledger.h"
#include "services/RosterService.h"

namespace sl {

void MainWindow::addLanguageMenu(QMenu* view)
{
    QMenu* language = view->addMenu(tr("Interface &Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    m_languageActions.clear();
    // Each language named in itself, as it is in the settings.
    for (const auto& [lang, name] : {std::pair{UiLanguage::Chinese, QStringLiteral("中文（简体）")},
                                     std::pair{UiLanguage::English, QStringLiteral("English")}}) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setData(int(lang));
        a->setProperty("languageName", true);
        languages->addAction(a);
        m_languageActions << a;
        connect(a, &QAction::triggered, this, [this, l = lang] { switchLanguage(l); });
    }
    showLanguageChoice();
}

bool MainWindow::switchLanguage(UiLanguage language)
{
    if (language == ui::language()) {
        showLanguageChoice();
        return true;
    }
    // Rebuilding the areas would drop unsaved edits: 保存 / 不保存 / 取消 first.
    if (!settlePendingChanges(false)) {
        showLanguageChoice(); // the language stays: show it again where it was chosen
        return false;
    }
    if (m_persistent)
        ui::saveLanguage(language);
    if (!ui::installTranslations(language))
        statusBar()->showMessage(tr("The Chinese translation is missing."));
    // Every text is set when a widget is built: build the menus and the areas again (the
    // members view keeps its columns through dropAreas).
    const QString area = currentArea();
    dropAreas();
    // The tool bar's texts too: a new one on the same working scope.
    removeToolBar(m_scopeBar);
    m_scopeBar->deleteLater();
    m_scopeBar = new ScopeToolBar(*m_working, this);
    addToolBar(m_scopeBar);
    if (m_ledger)
        m_scopeBar->reload(*m_ledger, *m_roster);
    buildMenus();
    showAreas(area);
    m_split->setSizes({m_sidebar->sizeHint().width(), std::max(width(), 1000)});
    updateTitle();
    return true;
}

void MainWindow::showLanguageChoice()
{
    for (QAction* a : std::as_const(m_languageActions))
        a->setChecked(UiLanguage(a->data().toInt()) == ui::language());
    if (m_areas && m_areas->isBuilt(AreaViews::settingsArea))
        m_areas->settingsView()->languagePage()->showLanguage(ui::language());
}

} // namespace sl
