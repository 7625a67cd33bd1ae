#include "TextRules.h"

#include <QCoreApplication>

namespace sl::rules {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

std::optional<Error> checkCharacters(const QString& value, const QString& field, TextKind kind)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (isControl(c)) {
            if (kind == TextKind::FreeText) {
                if (c == u'\t' || c == u'\n')
                    continue;
                if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                    continue;
            }
            const QString what =
                (c == u'\t' || c == u'\n' || c == u'\r')
                    ? QCoreApplication::translate("sl::rules",
                                                  "must be one line, without tabs (%1 at "
                                                  "character %2)")
                    : QCoreApplication::translate("sl::rules",
                                                  "must not contain control characters "
                                                  "(%1 at character %2)");
            return Error::invalid(field, what.arg(codePoint(c), QString::number(i + 1)));
        }
        if (kind == TextKind::Name && (c == u'<' || c == u'>'))
            return Error::invalid(field, QCoreApplication::translate(
                                             "sl::rules", "must not contain < or > (character %1)")
                                             .arg(i + 1));
    }
    return std::nullopt;
}

void checkText(std::vector<Error>& out, const QString& value, const QString& field, int maxLength,
               bool required, TextKind kind)
{
    if (required && value.trimmed().isEmpty()) {
        out.push_back(
            Error::invalid(field, QCoreApplication::translate("sl::rules", "is required")));
        return;
    }
    if (value.size() > maxLength)
        out.push_back(Error::invalid(
            field, QCoreApplication::translate("sl::rules", "is longer than %1 characters")
                       .arg(maxLength)));
    if (auto e = checkCharacters(value, field, kind))
        out.push_back(*e);
}

} // namespace sl::rules
