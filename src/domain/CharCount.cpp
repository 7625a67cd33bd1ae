#include "CharCount.h"

#include <QList>
#include <QStringView>

namespace sl {

int countCharacters(const QString& text)
{
    int count = 0;
    const auto ucs4 = QStringView(text).toUcs4();
    for (const char32_t cp : ucs4) {
        if (!QChar::isSpace(cp))
            ++count;
    }
    return count;
}

} // namespace sl
