#pragma once

#include <QString>

namespace sl {

// Text from a file or a user, made safe to print inside a one-line message: control characters,
// line breaks and invisible format characters are written as escapes (\n, \r, \t, \x1b,
// \u200b), so a message stays on one line and no terminal escape sequence reaches a terminal.
class DisplayText
{
public:
    // The longest value echoed in a message, in characters; longer values end in "…".
    static constexpr int maxValueLength = 40;

    // `value` escaped and cut to maxValueLength characters.
    static QString value(const QString& value);
    // value() in double quotes: "…".
    static QString quoted(const QString& value);
    // A whole message (or column name) escaped, cut to `maxLength` characters.
    static QString line(const QString& text, int maxLength = 600);

private:
    static QString escaped(const QString& text, int maxLength);
};

} // namespace sl
