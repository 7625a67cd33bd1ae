#include "gui/common/Appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

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

void makeQuiet(QWidget* label)
{
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor quiet((text.red() + window.red()) / 2, (text.green() + window.green()) / 2,
                       (text.blue() + window.blue()) / 2);
    palette.setColor(QPalette::WindowText, quiet);
    palette.setColor(QPalette::Text, quiet);
    label->setPalette(palette);
}

} // namespace sl::ui
