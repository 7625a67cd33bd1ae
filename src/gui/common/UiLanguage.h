#pragma once

#include "domain/EnumTraits.h"

#include <QString>

namespace sl {

// The language of the interface: Chinese unless chosen otherwise (setting or `--lang en`).
enum class UiLanguage
{
    Chinese,
    English
};

namespace ui {

// Parses "zh", "zh_CN", "en" …; anything else is nullopt.
std::optional<UiLanguage> parseLanguage(const QString& text);

// The language saved in the settings (Chinese when none is saved).
UiLanguage savedLanguage();
void saveLanguage(UiLanguage language);

// Installs the translators for `language` on the application (StudyLedger's and Qt's own) and
// sets the default locale. Returns false if a translation could not be loaded.
bool installTranslations(UiLanguage language);

UiLanguage language();
inline bool isEnglish()
{
    return language() == UiLanguage::English;
}

// A domain enum's label in the interface language.
template <typename E> QString label(E value)
{
    return enumLabel(value, isEnglish());
}

} // namespace ui
} // namespace sl
