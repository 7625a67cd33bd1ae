#include "DocumentWriter.h"

#include "OdtPageStyle.h"
#include "OfficialPage.h"
#include "PagePainter.h"
#include "PageSheets.h"

#include "files/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <algorithm>
#include <memory>

namespace sl {

namespace {

Error ioError(const QString& message)
{
    return Error{ErrorCode::Io, {}, message};
}

// QTextDocument::toHtml (Qt 6.4) writes the document title into <title> as it is, while it
// escapes all text of the body: a name such as `</title><script>…` would end the title and
// add a script. The head comes first and the body cannot hold a raw `<title>`, so the first
// `<title>TITLE</title>` is the one Qt wrote; it is written again escaped. (A Qt that escapes
// the title itself writes no raw match, and nothing is replaced.)
QString html(const QTextDocument& document)
{
    QString out = document.toHtml();
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    if (title.isEmpty())
        return out;
    const QString raw = QStringLiteral("<title>%1</title>").arg(title);
    const qsizetype at = out.indexOf(raw);
    if (at >= 0)
        out.replace(at, raw.size(), QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
    return out;
}

} // namespace

std::optional<DocumentFormat> DocumentWriter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (n == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (n == QLatin1String("html"))
        return DocumentFormat::Html;
    return std::nullopt;
}

QString DocumentWriter::extension(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Odt:
        return QStringLiteral("odt");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

Result<int> DocumentWriter::paint(const QTextDocument& document, QPagedPaintDevice& device)
{
    pages::setOfficialPage(device);
    const PagePainter laidOut(document, device);
    QPainter painter;
    if (Status s = pages::begin(painter, device); !s)
        return s.error();
    auto painted = pages::paint(laidOut, painter, device);
    painter.end();
    return painted;
}

DocumentWriter::AnchorPages DocumentWriter::anchorPages(const QTextDocument& document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pages::setUpPdf(pdf, document.metaInformation(QTextDocument::DocumentTitle));
    return PagePainter(document, pdf).anchorPages();
}

Result<DocumentWriter::PdfPages> DocumentWriter::renderPdf(const QTextDocument& document,
                                                           const CancelFlag* cancel)
{
    PdfPages out;
    {
        QBuffer buffer(&out.pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pages::setUpPdf(pdf, document.metaInformation(QTextDocument::DocumentTitle));
        const PagePainter laidOut(document, pdf);
        out.anchors = laidOut.anchorPages();
        QPainter painter;
        if (Status s = pages::begin(painter, pdf); !s)
            return s.error();
        auto painted = pages::paint(laidOut, painter, pdf, cancel);
        painter.end();
        if (!painted)
            return painted.error();
        out.pageCount = *painted;
    } // the writer finishes the file when it goes
    return out;
}

Result<DocumentWriter::PdfPages> DocumentWriter::renderPdfParts(const PartSource& part,
                                                                const CancelFlag* cancel)
{
    PdfPages out;
    auto document = part(0);
    if (!document)
        return out;
    {
        QBuffer buffer(&out.pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pages::setUpPdf(pdf, document->metaInformation(QTextDocument::DocumentTitle));
        QPainter painter;
        if (Status s = pages::begin(painter, pdf); !s)
            return s.error();
        for (int index = 0; document; document = part(++index)) {
            const PagePainter laidOut(std::move(document), pdf);
            if (index == 0)
                out.anchors = laidOut.anchorPages();
            auto painted = pages::paint(laidOut, painter, pdf, cancel, out.pageCount + 1);
            if (!painted) {
                painter.end();
                return painted.error();
            }
            out.pageCount += *painted;
        }
        painter.end();
    } // the writer finishes the file when it goes
    return out;
}

int DocumentWriter::tableRowsOnFirstPage(const QTextDocument& document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pages::setUpPdf(pdf, {});
    return PagePainter(document, pdf).firstTableRowsOnFirstPage();
}

DocumentWriter::PageImages DocumentWriter::pageImages(const QTextDocument& document, double dpi,
                                                      const CancelFlag* cancel, int maxPages)
{
    const PageSheets sheets(document, dpi);
    PageImages out;
    out.pageCount = sheets.pageCount();
    for (int page = 0; page < std::min(maxPages, out.pageCount); ++page) {
        if (cancel && cancel->isCancelled())
            return {};
        out.images.push_back(sheets.sheet(page));
    }
    return out;
}

Result<QByteArray> DocumentWriter::render(const QTextDocument& document, DocumentFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case DocumentFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pages::setUpPdf(pdf, document.metaInformation(QTextDocument::DocumentTitle));
        auto pages = paint(document, pdf);
        if (!pages)
            return pages.error();
        break;
    }
    case DocumentFormat::Odt: {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return ioError(
                QCoreApplication::translate("sl::DocumentWriter", "cannot write the ODT document"));
        buffer.close();
        // Qt writes no page layout: the package gets the official page and its numbers.
        return OdtPageStyle::apply(bytes);
    }
    case DocumentFormat::Html:
        bytes = html(document).toUtf8();
        break;
    }
    return bytes;
}

Status DocumentWriter::writeFile(const QTextDocument& document, DocumentFormat format,
                                 const QString& path)
{
    auto bytes = render(document, format);
    if (!bytes)
        return bytes.error();
    return OutputFile::writeAll(path, *bytes);
}

} // namespace sl
