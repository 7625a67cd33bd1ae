#pragma once

#include "Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace sl {

namespace rules {

// What characters a text field may hold. No field holds a control character (C0 U+0000–U+001F,
// DEL, C1 U+0080–U+009F): they break the XML of ODT documents, the terminal and the one line
// a message takes.
enum class TextKind
{
    // A name (member, organisation, group, expert, model unit, the persons of a session):
    // one line, and no markup characters `<` or `>` either. `&` is allowed (“R&D”); every
    // document writer escapes it.
    Name,
    // One line of text (a topic, a title, a place).
    Line,
    // Free text (notes, minutes, the text of a writing): TAB and line breaks (LF, CR LF) too.
    FreeText,
};

// The first character of `value` that `kind` does not allow, as an error for `field`, naming
// the character by its code point and position (the character itself is never echoed).
std::optional<Error> checkCharacters(const QString& value, const QString& field, TextKind kind);

// Appends to `out`: "is required" when `required` and `value` is blank, else "is longer than
// `maxLength` characters" and the characters that `kind` does not allow.
void checkText(std::vector<Error>& out, const QString& value, const QString& field, int maxLength,
               bool required, TextKind kind);

} // namespace rules
} // namespace sl
