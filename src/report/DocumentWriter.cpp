#include "DocumentWriter.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "DocumentFonts.h"
#include "OfficialPage.h"

#include "files/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <memory>

namespace sl {

namespace {

Error ioError(const QString& message)
{
    return Error{ErrorCode::Io, {}, message};
}

constexpr int pdfResolution = 300;

void scaleBlockIndents(QTextDocument& document, double factor)
{
    QTextCursor cursor(&document);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (f.textIndent() == 0 && f.leftMargin() == 0 && f.rightMargin() == 0)
            continue;
        f.setTextIndent(f.textIndent() * factor);
        f.setLeftMargin(f.leftMargin() * factor);
        f.setRightMargin(f.rightMargin() * factor);
        cursor.setPosition(b.position());
        cursor.setBlockFormat(f);
    }
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
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const double dpmm = device.logicalDpiY() / 25.4;
    const QRectF block(OfficialPage::leftMm * dpmm, OfficialPage::topMm * dpmm,
                       OfficialPage::textBlockMm().width() * dpmm,
                       OfficialPage::textBlockMm().height() * dpmm);

    // Lay a copy out on the device, one text block a page. Qt (6.4) scales frames, vertical
    // margins and line heights from the document's resolution to the device's, but not the
    // indent and side margins of blocks: the copy gets those in device pixels.
    std::unique_ptr<QTextDocument> copy(document.clone());
    scaleBlockIndents(*copy, device.logicalDpiY() / DocumentComposer::documentDpi());
    copy->documentLayout()->setPaintDevice(&device);
    copy->setPageSize(block.size());
    const int pages = copy->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return ioError(
            QCoreApplication::translate("sl::DocumentWriter", "cannot paint the document"));
    // A printer that keeps a minimum margin paints from the corner of its printable area.
    const QPointF origin = device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft();
    painter.translate(-origin);
    QFont numberFont =
        DocumentFonts::font(FontChain::Role::Body, OfficialPage::pageNumberPointSize);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return ioError(QCoreApplication::translate("sl::DocumentWriter", "cannot start page %1")
                               .arg(page + 1));
        painter.save();
        painter.translate(block.left(), block.top() - page * block.height());
        context.clip = QRectF(0, page * block.height(), block.width(), block.height());
        painter.setClipRect(context.clip);
        copy->documentLayout()->draw(&painter, context);
        painter.restore();

        // Page number: 7 mm below the block, one character in from the outer edge.
        painter.setFont(QFont(numberFont, &device));
        painter.setPen(Qt::black);
        const double inset = OfficialPage::pageNumberPointSize / 72.0 * device.logicalDpiY();
        const QRectF line(block.left() + inset, block.bottom() + 7 * dpmm,
                          block.width() - 2 * inset, 12 * dpmm);
        const bool odd = (page + 1) % 2 == 1;
        painter.drawText(line, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                         ChineseText::pageNumber(page + 1));
    }
    painter.end();
    return pages;
}

Result<QByteArray> DocumentWriter::render(const QTextDocument& document, DocumentFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case DocumentFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(pdfResolution);
        pdf.setCreator(QStringLiteral("StudyLedger"));
        pdf.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
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
        break;
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
