#pragma once

#include "domain/Bulletin.h"
#include "domain/DateBridge.h"
#include "report/DocumentWriter.h"

#include <cstddef>
#include <memory>

class QTextDocument;

namespace sl {

class CancelFlag;

// What the bulletin's preview shows, rendered off the GUI thread: the first pages of the draft
// as they print. A bulletin of up to BulletinDocument::wholeDocumentRows members is laid out
// whole (the document prints and exports as it is); a larger one (a district's attachment of
// 100,000 rows, some 2,500 pages) only with the first previewRows rows of its member table, so
// that the preview takes the time and memory of a branch's; its PDF is painted in parts.
struct BulletinPreviewRender
{
    // The first pages rendered, at most this many.
    static constexpr int previewPages = 12;
    static constexpr double previewDpi = 110;
    // The member rows a bounded preview lays out: more than its pages show.
    static constexpr size_t previewRows = 400;

    std::unique_ptr<QTextDocument> document;
    DocumentWriter::PageImages pages;
    size_t rowsShown = 0; // member rows laid out
    size_t rowsTotal = 0; // member rows of the bulletin

    // Whether the document is the whole bulletin (print, ODT and HTML need it).
    bool isWhole() const { return rowsShown == rowsTotal; }

    static BulletinPreviewRender render(const BulletinData& bulletin, const Date& today,
                                        const CancelFlag* cancel);
};

} // namespace sl
