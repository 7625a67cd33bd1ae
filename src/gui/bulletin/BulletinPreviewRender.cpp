#include "gui/bulletin/BulletinPreviewRender.h"

#include "domain/CancelFlag.h"
#include "report/BulletinDocument.h"
#include "report/PageSheets.h"

#include <QTextDocument>

#include <algorithm>

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
    out.sheets = std::make_shared<PageSheets>(*out.document, previewDpi);
    out.pages.pageCount = out.sheets->pageCount();
    for (int page = 0; page < std::min(paintedAhead, out.shownPages()); ++page) {
        if (cancel && cancel->isCancelled())
            break;
        out.pages.images.push_back(out.sheets->sheet(page));
    }
    if (cancel && cancel->isCancelled()) {
        out.document.reset();
        out.sheets.reset();
    }
    return out;
}

} // namespace sl
