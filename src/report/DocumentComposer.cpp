#include "DocumentComposer.h"

#include "DocumentCells.h"

#include "DocumentFonts.h"
#include "OfficialPage.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>
#include <cmath>

namespace sl {

using namespace composer;

namespace {

// The red of the header (发文机关标志 and the line under the number).
const QColor kRed(230, 0, 18);

// 28 characters a line: GB/T 9704 fixes 28 characters of 3号 (16 pt) in a 156 mm line, a
// 15.8 pt pitch, so the type is set a little closer. A percentage of the advance, which the
// layout takes in whole device pixels (16 pt is 67 px at the PDF's 300 dpi): 98 % of it keeps
// 28 characters, and never 29, in a line from 72 to 1200 dpi.
constexpr double letterSpacingPercent = 98.0;

} // namespace

DocumentComposer::DocumentComposer(QTextDocument& document)
    : m_document(document), m_cursor(&document),
      m_body(DocumentFonts::font(FontChain::Role::Body, OfficialPage::bodyPointSize)),
      m_heading(DocumentFonts::font(FontChain::Role::Heading, OfficialPage::bodyPointSize)),
      m_kai(DocumentFonts::font(FontChain::Role::Kai, OfficialPage::bodyPointSize)),
      m_title(DocumentFonts::font(FontChain::Role::Title, OfficialPage::titlePointSize))
{
    for (QFont* f : {&m_body, &m_heading, &m_kai})
        f->setLetterSpacing(QFont::PercentageSpacing, letterSpacingPercent);
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(m_body);
    // Without a 黑体 the headings fall back to the body face, emboldened to stand out; the
    // title (小标宋 style) is the serif emboldened.
    if (DocumentFonts::family(FontChain::Role::Heading) ==
        DocumentFonts::family(FontChain::Role::Body))
        m_heading.setBold(true);
    m_title.setBold(true);
}

double DocumentComposer::documentDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

double DocumentComposer::px(double points)
{
    return points * documentDpi() / 72.0;
}

void DocumentComposer::block(const QString& text, const QFont& font, Qt::Alignment align,
                             double indentPt, double linePitchPt)
{
    QTextBlockFormat bf;
    bf.setAlignment(align);
    bf.setTextIndent(px(indentPt));
    bf.setLineHeight(px(linePitchPt), QTextBlockFormat::FixedHeight);
    bf.setTopMargin(0);
    bf.setBottomMargin(0);
    if (m_breakBefore) {
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    const QTextCharFormat cf = charFormat(font);
    if (m_anchor >= 0) {
        bf.setProperty(anchorProperty, m_anchor);
        m_anchor = -1;
    }
    if (m_first) {
        m_cursor.setBlockFormat(bf);
        m_cursor.setBlockCharFormat(cf);
        m_first = false;
    } else {
        m_cursor.insertBlock(bf, cf);
    }
    m_cursor.insertText(printable(text), cf);
}

void DocumentComposer::anchor(int id)
{
    m_anchor = id;
}

void DocumentComposer::placeAnchor(QTextCursor cursor)
{
    if (m_anchor < 0)
        return;
    QTextBlockFormat bf = cursor.blockFormat();
    bf.setProperty(anchorProperty, m_anchor);
    cursor.setBlockFormat(bf);
    m_anchor = -1;
}

void DocumentComposer::keepWithNext()
{
    QTextBlockFormat bf = m_cursor.blockFormat();
    bf.setProperty(keepWithNextProperty, true);
    m_cursor.setBlockFormat(bf);
}

void DocumentComposer::title(const QString& text)
{
    block(text, m_title, Qt::AlignHCenter, 0, OfficialPage::linePitchPt() * 1.5);
}

void DocumentComposer::title(const QStringList& parts)
{
    const QFontMetricsF metrics(m_title);
    // A character's room to spare: advances measured at the screen's resolution round
    // differently from the printer's, and a title that only just fits would wrap its last
    // character on paper.
    const double room = px(OfficialPage::textBlockMm().width() * OfficialPage::pointsPerMm) -
                        metrics.horizontalAdvance(QChar(0x4E00));
    const QString whole = parts.join(QString());
    if (metrics.horizontalAdvance(whole) <= room || parts.size() < 2) {
        title(whole);
        return;
    }
    int best = -1;
    double bestWidth = room;
    for (int k = 1; k < parts.size(); ++k) {
        const double first = metrics.horizontalAdvance(parts.mid(0, k).join(QString()));
        const double second = metrics.horizontalAdvance(parts.mid(k).join(QString()));
        if (std::max(first, second) <= bestWidth) {
            bestWidth = std::max(first, second);
            best = k;
        }
    }
    if (best < 0) {
        title(whole);
        return;
    }
    title(parts.mid(0, best).join(QString()) + QChar(QChar::LineSeparator) +
          parts.mid(best).join(QString()));
}

void DocumentComposer::title(const QString& text, double pointSize)
{
    QFont font = m_title;
    font.setPointSizeF(pointSize);
    block(text, font, Qt::AlignHCenter, 0, std::max(OfficialPage::linePitchPt(), pointSize) * 1.5);
}

void DocumentComposer::subtitle(const QString& text)
{
    block(text, m_kai, Qt::AlignHCenter, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::heading1(const QString& text)
{
    block(text, m_heading, Qt::AlignLeft | Qt::AlignAbsolute, twoCharactersPt(),
          OfficialPage::linePitchPt());
    keepWithNext();
}

void DocumentComposer::heading2(const QString& text)
{
    block(text, m_kai, Qt::AlignLeft | Qt::AlignAbsolute, twoCharactersPt(),
          OfficialPage::linePitchPt());
    keepWithNext();
}

void DocumentComposer::paragraph(const QString& text)
{
    block(text, m_body, Qt::AlignJustify, twoCharactersPt(), OfficialPage::linePitchPt());
}

void DocumentComposer::plain(const QString& text)
{
    block(text, m_body, Qt::AlignLeft | Qt::AlignAbsolute, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::rightAligned(const QString& text)
{
    block(text, m_body, Qt::AlignRight | Qt::AlignAbsolute, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::closing(const QString& organisation, const QString& date)
{
    block(organisation + QChar(QChar::LineSeparator) + date, m_body,
          Qt::AlignRight | Qt::AlignAbsolute, 0, OfficialPage::linePitchPt());
    QTextBlockFormat bf = m_cursor.blockFormat();
    bf.setRightMargin(px(twoCharactersPt()));
    bf.setNonBreakableLines(true);
    m_cursor.setBlockFormat(bf);
}

void DocumentComposer::blankLine()
{
    block(QString(), m_body, Qt::AlignLeft | Qt::AlignAbsolute, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::redMark(const QString& text, double spaceAboveMm)
{
    // As large as fits one line of the block, between the title's 22 pt and 36 pt.
    const double blockPt = OfficialPage::textBlockMm().width() * OfficialPage::pointsPerMm;
    const double size =
        std::clamp(blockPt * 0.95 / std::max<qsizetype>(1, text.size()), 22.0, 36.0);
    QFont mark = m_title;
    mark.setPointSizeF(size);
    if (spaceAboveMm > 0) {
        // A line of the height holding one space (Qt drops the top margin of a page's first
        // block, and sets an empty first line in its type's height whatever its fixed height).
        // Pages are painted so that a body line's type starts on the block's top edge: the
        // body's line pitch less its ascent (Qt sets the baseline of a fixed-height line at
        // four fifths of it) is drawn above the block, and added here.
        const double raisePt = OfficialPage::linePitchPt() * 4 / 5 -
                               QFontMetricsF(m_body).ascent() * 72.0 / documentDpi();
        block(QStringLiteral(" "), m_body, Qt::AlignLeft | Qt::AlignAbsolute, 0,
              spaceAboveMm * OfficialPage::pointsPerMm + raisePt);
    }
    block(text, mark, Qt::AlignHCenter, 0, OfficialPage::linePitchPt());
    // The mark in its own type's height: its top is the top of the line.
    QTextBlockFormat bf = m_cursor.blockFormat();
    bf.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    m_cursor.setBlockFormat(bf);
    QTextCharFormat red = charFormat(mark);
    red.setForeground(kRed);
    m_cursor.movePosition(QTextCursor::StartOfBlock);
    m_cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_cursor.setCharFormat(red);
    m_cursor.setBlockCharFormat(red);
    m_cursor.clearSelection();
}

void DocumentComposer::documentNumber(const QString& text)
{
    block(text, m_body, Qt::AlignHCenter, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::redRule(double belowMm)
{
    // The previous line's type ends above the foot of its line box (Qt sets a fixed-height
    // line's baseline at four fifths of it): what is left of the box below the type, and the
    // rule's own empty line, count towards the distance.
    const double descentPt = QFontMetricsF(m_body).descent() * 72.0 / documentDpi();
    const double slackPt = std::max(0.0, OfficialPage::linePitchPt() / 5 - descentPt);
    const double rulePt = 1.0;
    const double cellPt = 1.0;
    const double gapPt =
        std::max(0.0, belowMm * OfficialPage::pointsPerMm - slackPt - cellPt - rulePt / 2);

    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setBorderCollapse(true);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(px(gapPt));
    tf.setBottomMargin(0);
    QTextTable* t = m_cursor.insertTable(1, 1, tf);
    QTextTableCell cell = t->cellAt(0, 0);
    QTextTableCellFormat cf = cell.format().toTableCellFormat();
    cf.setTopBorder(0);
    cf.setLeftBorder(0);
    cf.setRightBorder(0);
    cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
    cf.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    cf.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    cf.setBottomBorder(px(rulePt));
    cf.setBottomBorderBrush(kRed);
    cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    // The cell format is the character format of the cell's first block: the empty line's
    // type is set here, not with setBlockCharFormat (which would replace the borders).
    cf.setFont(m_body, QTextCharFormat::FontPropertiesAll);
    cf.setFontPointSize(1);
    cell.setFormat(cf);
    QTextCursor c = cell.firstCursorPosition();
    QTextBlockFormat bf;
    bf.setLineHeight(px(cellPt), QTextBlockFormat::FixedHeight);
    c.setBlockFormat(bf);
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentComposer::pageBreak()
{
    m_breakBefore = true;
}

void DocumentComposer::attachmentHeading(const QString& text)
{
    block(text, m_heading, Qt::AlignLeft | Qt::AlignAbsolute, 0, OfficialPage::linePitchPt());
}

void DocumentComposer::table(const std::vector<Column>& columns,
                             const std::vector<QStringList>& rows, double pointSize,
                             double paddingPt)
{
    QTextTableFormat tf = gridFormat(paddingPt, 4);
    if (m_breakBefore) {
        tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    tf.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (const Column& c : columns)
        widths << QTextLength(QTextLength::PercentageLength, c.percent);
    tf.setColumnWidthConstraints(widths);
    QFont body = m_body;
    body.setPointSizeF(pointSize);
    QFont head = m_heading;
    head.setPointSizeF(pointSize);

    const int columnCount = int(columns.size());
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + 1, columnCount, tf);
    const double blockPt = OfficialPage::textBlockMm().width() * OfficialPage::pointsPerMm;
    // The font of a cell of a one-line column: made smaller when the text is too wide, and the
    // text cut short when it still is and the column may elide it.
    struct Fitted
    {
        QFont font;
        QString text;
    };
    const auto fitted = [&](const QFont& font, const Column& column, const QString& text) {
        Fitted out{font, printable(text)};
        if (!column.oneLine)
            return out;
        // The room inside the cell, less a margin for advances rounded on the device.
        const double roomPt = (blockPt * column.percent / 100 - 2 * paddingPt) * 0.94;
        const double widthPt =
            QFontMetricsF(font).horizontalAdvance(out.text) * 72.0 / documentDpi();
        if (widthPt <= roomPt)
            return out;
        const double size = std::floor(pointSize * roomPt / widthPt * 2) / 2;
        out.font.setPointSizeF(std::max(minPointSize, size));
        if (column.elide && size < minPointSize)
            out.text = QFontMetricsF(out.font).elidedText(out.text, Qt::ElideRight, px(roomPt));
        return out;
    };
    for (int c = 0; c < columnCount; ++c) {
        const Column& column = columns[size_t(c)];
        const Fitted f = fitted(head, column, column.header);
        fillCell(t, 0, c, f.text, f.font, Qt::AlignHCenter);
    }
    placeAnchor(t->cellAt(0, 0).firstCursorPosition());
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < columnCount; ++c) {
            const Column& column = columns[size_t(c)];
            const Fitted f = fitted(body, column, rows[size_t(r)].value(c));
            fillCell(t, r + 1, c, f.text, f.font, column.align, column.lineHeightPt);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace sl
