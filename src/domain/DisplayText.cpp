#include "DisplayText.h"

namespace sl {

QString DisplayText::escaped(const QString& text, int maxLength)
{
    QString out;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (kept >= maxLength) {
            out += QChar(0x2026); // …
            break;
        }
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        ++kept;
        if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else if (c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029 ||
                   u == 0xFFFE || u == 0xFFFF) {
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(code) == QChar::Other_Format) {
                out += QStringLiteral("\\u{%1}").arg(uint(code), 0, 16);
            } else {
                out += c;
                out += text.at(i + 1);
            }
            ++i;
        } else if (c.isSurrogate()) {
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString DisplayText::value(const QString& value)
{
    return escaped(value, maxValueLength);
}

QString DisplayText::quoted(const QString& value)
{
    return QLatin1Char('"') + escaped(value, maxValueLength) + QLatin1Char('"');
}

QString DisplayText::line(const QString& text, int maxLength)
{
    return escaped(text, maxLength);
}

} // namespace sl
