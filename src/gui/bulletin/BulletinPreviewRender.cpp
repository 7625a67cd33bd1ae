#include "gui/bulletin/BulletinPreviewRender.h"

#include "domain/CancelFlag.h"
#include "report/BulletinDocument.h"

#include <QTextDocument>

namespace sl {

BulletinPreviewRender BulletinPreviewRender::render(const BulletinData& bulletin, const Date& today,
                                                    const CancelFlag* cancel)
{
    BulletinPreviewRender out;
    out.rowsTotal = bulletin.members.size();
    out.rowsShown = out.rowsTotal > BulletinDocument::wholeDocumentRows
                        ? std::min(previewRows, out.rowsTotal)
                        : out.rowsTotal;
    if (cancel && cancel->isCancelled())
        return out;
    out.document = BulletinDocument::buildFirstPart(bulletin, today, out.rowsShown);
    out.pages = DocumentWriter::pageImages(*out.document, previewDpi, cancel, previewPages);
    if (cancel && cancel->isCancelled())
        out.document.reset();
    return out;
}

} // namespace sl
