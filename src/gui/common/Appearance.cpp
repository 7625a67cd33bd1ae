#include "gui/common/Appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyleFactory>

namespace sl::ui {

void applyAppearance()
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    const QStringList families = QFontDatabase::families();
    for (const QString& family :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
          QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("AR PL UMing CN")}) {
        if (families.contains(family)) {
            QFont font(family, 10);
            font.setStyleHint(QFont::SansSerif);
            QApplication::setFont(font);
            break;
        }
    }
}

} // namespace sl::ui
