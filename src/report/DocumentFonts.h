#pragma once

#include "FontChain.h"

#include <QFont>
#include <QString>

namespace sl {

// The faces of the generated documents: by role along FontChain's fallback chain, skipping
// faces whose PDF text does not extract as written. A PDF viewer turns a glyph back into text
// through the font's character map; Noto CJK maps many ideographs (一 二 日 门 言 …) and the
// Kangxi radicals (U+2F00–U+2FDF) or CJK radical supplements (U+2E80–U+2EFF) to one glyph, and
// Qt's PDF writer names the lowest code point of a glyph, so `pdftotext` gives ⼀ for 一. Such a
// face is used only when no clean face of the role (or body face) is installed.
class DocumentFonts
{
public:
    // Whether no CJK unified ideograph (U+4E00–U+9FFF) shares its glyph with a radical in the
    // face. False for a family that is not installed. Cached per family.
    static bool extractsCleanly(const QString& family);

    // The first installed candidate of the role that extracts cleanly; else the body face if
    // it does; else the first installed candidate; else an empty string (Qt's default).
    static QString family(FontChain::Role role);

    // A font of the role in points; the other clean CJK faces follow as fallbacks for
    // characters the face lacks.
    static QFont font(FontChain::Role role, double pointSize);
};

} // namespace sl
