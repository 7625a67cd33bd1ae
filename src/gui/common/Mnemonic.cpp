#include "gui/common/Mnemonic.h"

#include <QAction>
#include <QRegularExpression>

namespace sl::ui {

QString withoutMnemonic(const QString& text)
{
    static const QRegularExpression chinese(QStringLiteral("\\(&[^&]\\)"));
    QString out = text;
    out.remove(chinese);
    QString plain;
    plain.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == QLatin1Char('&') && i + 1 < out.size())
            ++i; // "&N" → "N", "&&" → "&"
        plain += out[i];
    }
    return plain;
}

void plainIconText(QAction* action)
{
    action->setIconText(withoutMnemonic(action->text()));
}

} // namespace sl::ui
