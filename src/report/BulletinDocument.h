#pragma once

#include "domain/Bulletin.h"
#include "domain/DateBridge.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

class QTextDocument;

namespace sl {

// 学习通报 as an official document (BULLETIN.md, GB/T 9704-2012): the red header (organ mark,
// number, red line), the title, the addressee, the body of BulletinText, 特此通报, the
// attachment note, the signature and date, and on a new page the attachment: the statistics
// table of the members and, for an organisation scope, of the sub-organisations. Paint it with
// DocumentWriter (PDF, printer, preview) or write it as ODT or HTML.
class BulletinDocument
{
public:
    // `today` dates a draft (no issuedOn) and gives the year of its number.
    static std::unique_ptr<QTextDocument> build(const BulletinData& data, const Date& today);
    // The PDF of build(). A bulletin of more than wholeDocumentRows members is laid out and
    // painted in parts of pagesPerPart pages of the attachment's member table (each part
    // built, painted and released in turn: DocumentWriter::renderPdfParts), so that a
    // district's 100,000 rows need the memory of one part; the first part, the bulletin itself
    // with the start of the table, may end on a page the table does not fill.
    static Result<QByteArray> renderPdf(const BulletinData& data, const Date& today);
    // The PDF in parts of `pages` pages of the member table, whatever the bulletin's size.
    static Result<QByteArray> renderPdfInParts(const BulletinData& data, const Date& today,
                                               int pages);
    // BulletinText::title(): also the document title (PDF and HTML metadata).
    static QString title(const BulletinData& data);

    // What issuing stores (BulletinService::issue): the PDF of the document dated as issued,
    // the JSON of its figures (BulletinJson) and its title.
    static BulletinRenderers renderers();

    // GB/T 9704: the organ mark's top edge lies 35 mm below the top of the text block.
    static constexpr double markSpaceAboveMm = 35.0;

    static constexpr size_t wholeDocumentRows = 2000;
    static constexpr int pagesPerPart = 40;

    // build() with the first `memberRows` rows of the member table only.
    static std::unique_ptr<QTextDocument> buildFirstPart(const BulletinData& data,
                                                         const Date& today, size_t memberRows);
    // A part of the attachment: the member rows [from, to) under the table's header row.
    static std::unique_ptr<QTextDocument> buildMemberPart(const BulletinData& data, size_t from,
                                                          size_t to);
};

} // namespace sl
