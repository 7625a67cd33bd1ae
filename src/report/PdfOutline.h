#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sl {

// A bookmark of a PDF's outline: its title, the page it opens (0-based) and the bookmarks
// under it.
struct OutlineEntry
{
    QString title;
    int page = 0;
    std::vector<OutlineEntry> children;
};

// Adds an outline (the bookmarks a PDF reader shows beside the pages) to a PDF, which Qt's PDF
// writer cannot write: /Outlines with the entries in order, each opening its page fitted in the
// window, titles as PDF text strings in UTF-16 (any script), the top level open; the reader is
// asked to show the outline (/PageMode /UseOutlines). The pages and their content stay as they
// are. Done with qpdf.
class PdfOutline
{
public:
    // The PDF with the outline; an error when the PDF cannot be read or an entry names a page
    // it does not have. No entries: the PDF as it is.
    static Result<QByteArray> addOutline(const QByteArray& pdf,
                                         const std::vector<OutlineEntry>& entries);
};

} // namespace sl
