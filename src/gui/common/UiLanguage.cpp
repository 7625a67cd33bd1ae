#include "gui/common/UiLanguage.h"

#include "gui/common/TranslationFiles.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sl::ui {

namespace {

UiLanguage s_language = UiLanguage::Chinese;
const QString languageKey = QStringLiteral("ui/language");

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
    if (language == UiLanguage::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    bool ok = true;
    const QStringList dirs = translationDirs(QCoreApplication::applicationDirPath());
    for (const QString& name :
         {QStringLiteral("studyledger_zh_CN.qm"), QStringLiteral("qtbase_zh_CN.qm")}) {
        auto* translator = new QTranslator(qApp);
        if (translator->load(findCatalogue(name, dirs))) {
            QCoreApplication::installTranslator(translator);
        } else {
            delete translator;
            // Qt's own catalogue is optional; ours is not.
            if (name.contains(QLatin1String("studyledger")))
                ok = false;
        }
    }
    return ok;
}

UiLanguage language()
{
    return s_language;
}

} // namespace sl::ui
