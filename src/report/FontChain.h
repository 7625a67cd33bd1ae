#pragma once

#include <QString>
#include <QStringList>

namespace sl {

// The type faces of an official document by role, each with a fallback chain of the faces
// Debian ships; the first installed one is used. Serif bodies prefer faces whose PDF text
// extracts cleanly (AR PL UMing before Noto, which maps some ideographs to Kangxi radicals).
class FontChain
{
public:
    enum class Role
    {
        Body,
        Heading,
        Kai,
        Title
    };

    static QStringList candidates(Role role);
    // The first candidate among `installed`; empty when none is.
    static QString pick(Role role, const QStringList& installed);
    // The first candidate installed on this machine (QFontDatabase); empty when none is.
    static QString pickInstalled(Role role);
};

} // namespace sl
