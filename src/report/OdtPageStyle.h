#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace sl {

// The official page in an ODT package. Qt's ODF writer (QTextDocumentWriter "odf", 6.4) writes
// no page layout, so a word processor opens its documents on its own default page. apply()
// rewrites the package: styles.xml (made, and named in the manifest, when Qt wrote none) gets a
// page layout of A4 with the margins of OfficialPage (top 37, left 28, right 26, bottom 35 mm)
// and a footer holding the page number `— n —` in 4号 7 mm under the text, one character in from
// the outer edge (right on odd pages, left on even ones), used by the default master page
// "Standard". The other members of the package are copied as they are; the mimetype stays
// first and uncompressed. In content.xml, the tab Qt writes before each line break is removed.
class OdtPageStyle
{
public:
    static Result<QByteArray> apply(const QByteArray& odt);

    // styles.xml with the page layout and the master page: `styles` (Qt's, or empty for none)
    // with its own page layouts and master pages replaced.
    static Result<QByteArray> stylesXml(const QByteArray& styles);

    static constexpr const char* pageLayoutName = "SlOfficialPage";
    static constexpr const char* masterPageName = "Standard";
};

} // namespace sl
