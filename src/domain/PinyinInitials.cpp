#include "domain/PinyinInitials.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QHash>

#include <memory>

namespace sl {

namespace {

// One transliterator and one cache per thread (an ICU transliterator is not thread-safe).
class HanInitials
{
public:
    HanInitials()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_latin.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_latin.reset();
    }

    // The first letter of the syllable of one character, or 0 when it has none.
    char16_t initialOf(char32_t c)
    {
        const auto cached = m_cache.constFind(c);
        if (cached != m_cache.constEnd())
            return *cached;
        char16_t letter = 0;
        if (m_latin) {
            icu::UnicodeString s{UChar32(c)};
            m_latin->transliterate(s);
            for (int i = 0; i < s.length(); ++i) {
                const char16_t u = s.charAt(i);
                if (u < 128 && QChar(u).isLetter()) {
                    letter = QChar(u).toLower().unicode();
                    break;
                }
            }
        }
        m_cache.insert(c, letter);
        return letter;
    }

private:
    std::unique_ptr<icu::Transliterator> m_latin;
    QHash<char32_t, char16_t> m_cache;
};

HanInitials& hanInitials()
{
    thread_local HanInitials instance;
    return instance;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

} // namespace

QString PinyinInitials::of(const QString& text)
{
    QString out;
    out.reserve(text.size());
    // Code point by code point without a UCS-4 copy of the text (run for every imported name).
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 128) {
            if (QChar::isLetterOrNumber(c))
                out += QChar(c).toLower();
        } else if (isHan(c)) {
            if (const char16_t letter = hanInitials().initialOf(c))
                out += QChar(letter);
        }
    }
    return out;
}

bool PinyinInitials::isInitialsFilter(const QString& filter)
{
    bool letter = false;
    for (const QChar c : filter) {
        if (c.unicode() >= 128 || !c.isLetterOrNumber())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

} // namespace sl
