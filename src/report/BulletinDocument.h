#pragma once

#include "domain/Bulletin.h"
#include "domain/DateBridge.h"

#include <QString>

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
    // BulletinText::title(): also the document title (PDF and HTML metadata).
    static QString title(const BulletinData& data);

    // What issuing stores (BulletinService::issue): the PDF of the document dated as issued,
    // the JSON of its figures (BulletinJson) and its title.
    static BulletinRenderers renderers();

    // GB/T 9704: the organ mark's top edge lies 35 mm below the top of the text block.
    static constexpr double markSpaceAboveMm = 35.0;
};

} // namespace sl
