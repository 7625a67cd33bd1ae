#pragma once

#include <QString>

namespace sl {

// The pinyin initials of a text, for finding 张伟 by typing "zw": each Chinese character gives
// the first letter of its pinyin syllable (ICU's Han-Latin transliteration, one character at a
// time, so a polyphonic character takes its most common reading); Latin letters and digits are
// kept, lowercased; everything else (spaces, punctuation, other scripts) is left out.
// 张伟 → "zw", 李娜 → "ln", "王小明Tom" → "wxmtom". Safe on any thread; each character is looked
// up once per thread.
class PinyinInitials
{
public:
    static QString of(const QString& text);

    // True when `filter` can be matched against initials: ASCII letters and digits only, at
    // least one letter ("zw", "l2"), as typed with the input method off.
    static bool isInitialsFilter(const QString& filter);
};

} // namespace sl
