#include "PdfOutline.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <functional>

namespace sl {

namespace {

Error outlineError(const QString& detail)
{
    return Error{
        ErrorCode::Io,
        {},
        QCoreApplication::translate("sl::PdfOutline", "cannot add the bookmarks: %1").arg(detail)};
}

// Bookmarks under and including the entries, all open.
int visibleCount(const std::vector<OutlineEntry>& entries)
{
    int n = 0;
    for (const OutlineEntry& e : entries)
        n += 1 + visibleCount(e.children);
    return n;
}

bool pagesExist(const std::vector<OutlineEntry>& entries, int pageCount)
{
    for (const OutlineEntry& e : entries) {
        if (e.page < 0 || e.page >= pageCount || !pagesExist(e.children, pageCount))
            return false;
    }
    return true;
}

// The items of `entries` as indirect objects under `parent`, chained by /Prev and /Next;
// `parent` gets /First, /Last and /Count.
void addItems(QPDF& pdf, QPDFObjectHandle parent, const std::vector<OutlineEntry>& entries,
              const std::vector<QPDFObjectHandle>& pages)
{
    std::vector<QPDFObjectHandle> items;
    for (const OutlineEntry& e : entries) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title.toStdString()));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", QPDFObjectHandle::newArray(
                                     {pages[size_t(e.page)], QPDFObjectHandle::newName("/Fit")}));
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        items.push_back(item);
        if (!e.children.empty())
            addItems(pdf, item, e.children, pages);
    }
    if (items.empty())
        return;
    parent.replaceKey("/First", items.front());
    parent.replaceKey("/Last", items.back());
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(visibleCount(entries)));
}

} // namespace

Result<QByteArray> PdfOutline::addOutline(const QByteArray& pdf,
                                          const std::vector<OutlineEntry>& entries)
{
    if (entries.empty())
        return pdf;
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        const std::vector<QPDFObjectHandle> pages = doc.getAllPages();
        if (!pagesExist(entries, int(pages.size())))
            return outlineError(
                QStringLiteral("a bookmark names a page beyond the %1 pages").arg(pages.size()));
        QPDFObjectHandle root = doc.getRoot();
        QPDFObjectHandle outlines = doc.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        addItems(doc, outlines, entries, pages);
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));

        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception& e) {
        return outlineError(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace sl
