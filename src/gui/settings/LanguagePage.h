#pragma once

#include "gui/common/UiLanguage.h"

#include <QWidget>

#include <memory>

class QRadioButton;

namespace sl {

namespace Ui {
class LanguagePage;
}

// 设置 › 语言: Chinese or English for the interface. The page only asks: the main window
// switches (MainWindow::switchLanguage), or refuses while an area has unsaved changes, and
// the page then shows the language that stays.
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(QWidget* parent = nullptr);
    ~LanguagePage() override;

    // Shows `language` as chosen without asking for it.
    void showLanguage(UiLanguage language);
    QRadioButton* button(UiLanguage language) const;

signals:
    void languageChosen(UiLanguage language);

private:
    std::unique_ptr<Ui::LanguagePage> m_ui;
};

} // namespace sl
