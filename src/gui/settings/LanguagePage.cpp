#include "gui/settings/LanguagePage.h"

#include "ui_LanguagePage.h"

#include <QSignalBlocker>

namespace sl {

LanguagePage::LanguagePage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LanguagePage>())
{
    m_ui->setupUi(this);
    showLanguage(ui::language());
    for (const UiLanguage language : {UiLanguage::Chinese, UiLanguage::English}) {
        connect(button(language), &QRadioButton::toggled, this, [this, language](bool on) {
            if (on)
                emit languageChosen(language);
        });
    }
}

LanguagePage::~LanguagePage() = default;

void LanguagePage::showLanguage(UiLanguage language)
{
    const QSignalBlocker blockChinese(m_ui->chineseRadioButton);
    const QSignalBlocker blockEnglish(m_ui->englishRadioButton);
    button(language)->setChecked(true);
}

QRadioButton* LanguagePage::button(UiLanguage language) const
{
    return language == UiLanguage::English ? m_ui->englishRadioButton : m_ui->chineseRadioButton;
}

} // namespace sl
