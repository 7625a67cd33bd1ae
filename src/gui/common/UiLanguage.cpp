#include "gui/common/UiLanguage.h"

#include "gui/common/TranslationFiles.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sl::ui {

namespace {

UiLanguage s_language = UiLanguage::Chinese;
const QString languageKey = QStringLiteral("ui/language");

// The translators installed now (StudyLedger's and Qt's own), removed again on a switch.
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void removeTranslators()
{
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace

std::optional<UiLanguage> parseLanguage(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("zh") || t.startsWith(QLatin1String("zh_")) ||
        t.startsWith(QLatin1String("zh-")))
        return UiLanguage::Chinese;
    if (t == QLatin1String("en") || t.startsWith(QLatin1String("en_")) ||
        t.startsWith(QLatin1String("en-")))
        return UiLanguage::English;
    return std::nullopt;
}

UiLanguage savedLanguage()
{
    return parseLanguage(QSettings().value(languageKey).toString()).value_or(UiLanguage::Chinese);
}

void saveLanguage(UiLanguage language)
{
    QSettings().setValue(languageKey, language == UiLanguage::English ? QStringLiteral("en")
                                                                      : QStringLiteral("zh"));
}

bool installTranslations(UiLanguage language)
{
    s_language = language;
    removeTranslators();
    const QLocale locale = language == UiLanguage::English
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    bool ok = true;
    const QStringList dirs = translationDirs(QCoreApplication::applicationDirPath());
    // Chinese: Qt's own catalogue, then ours (installed last, asked first: it fills what Qt's
    // lacks, the file dialog's "Folder"). English: only the plurals ("1 member, 2 members").
    const QStringList names =
        language == UiLanguage::Chinese
            ? QStringList{QStringLiteral("qtbase_zh_CN.qm"), QStringLiteral("studyledger_zh_CN.qm")}
            : QStringList{QStringLiteral("studyledger_en.qm")};
    for (const QString& name : names) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(findCatalogue(name, dirs))) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
        } else if (name.contains(QLatin1String("studyledger"))) {
            ok = false; // Qt's own catalogue is optional; ours are not
        }
    }
    return ok;
}

UiLanguage language()
{
    return s_language;
}

} // namespace sl::ui
