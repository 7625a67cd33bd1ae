#pragma once

#include <QString>

namespace sl {

// The character count of METRICS.md: Unicode code points that are not white space.
// `一　二` counts 2; an emoji (a surrogate pair in UTF-16) counts 1.
int countCharacters(const QString& text);

} // namespace sl
