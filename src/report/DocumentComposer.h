#pragma once

#include <QFont>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

#include <vector>

class QTextDocument;

namespace sl {

// Writes an official document (BULLETIN.md "Layout") into a QTextDocument, block by block:
// title in 2号, level-1 headings `一、` in the heading (黑体) face, level-2 `（一）` in 楷体,
// body in 3号 serif with a two-character indent on a 22-line grid, and tables in smaller type.
// Lengths are in the document's pixels (1/96 inch as Qt's layout and ODF writer take them), so
// the same document lays out for the screen, a printer, PDF, ODT and HTML.
class DocumentComposer
{
public:
    explicit DocumentComposer(QTextDocument& document);

    // The resolution of the document's pixels: the screen's logical resolution, 96 without
    // a screen (Qt's default resolution, which its layout scales frames and line heights from).
    static double documentDpi();
    // Points to document pixels.
    static double px(double points);

    void title(const QString& text);                   // 2号, centred
    void title(const QString& text, double pointSize); // the title face in another size, centred
    // A title in units that must stay whole: when it does not fit one line, it breaks between
    // two of them where the longer line is shortest (GB/T 9704: 回行时词意完整、排列对称); a
    // title that no such break fits wraps as Qt wraps it.
    void title(const QStringList& parts);
    void subtitle(const QString& text);     // 3号 楷体, centred
    void heading1(const QString& text);     // 3号 heading face (黑体)
    void heading2(const QString& text);     // 3号 楷体
    void paragraph(const QString& text);    // body, first line indented two characters
    void plain(const QString& text);        // body without indent
    void rightAligned(const QString& text); // body, flush right
    // The closing: the issuing organisation over the date, flush right two characters in,
    // kept together on one page.
    void closing(const QString& organisation, const QString& date);
    void blankLine();

    // The red header of an official document (发文机关标志): the organ's mark in the title face,
    // red and centred, as large as fits one line (at most 36 pt), `spaceAboveMm` below the top
    // of the text block.
    void redMark(const QString& text, double spaceAboveMm = 0);
    // 发文字号: body type, centred.
    void documentNumber(const QString& text);
    // The red line under the number, as wide as the text block, `belowMm` under the previous
    // line's foot: a one-cell table that draws only its bottom border (PDF, print and ODT).
    void redRule(double belowMm = 4);
    // The next block starts a new page.
    void pageBreak();
    // `附件` at the head of an attachment: heading face, flush left.
    void attachmentHeading(const QString& text);

    struct Column
    {
        QString header;
        int percent = 0;                                         // share of the text block's width
        Qt::Alignment align = Qt::AlignLeft | Qt::AlignAbsolute; // of the body cells
        // The cells (the header's too) keep to one line, their type made smaller down to
        // minPointSize when the text is too wide: Qt moves a row of one-line cells whole to the
        // next page, but cuts a row with a cell of two lines at the page's foot.
        bool oneLine = false;
        // When set, the lines of the body cells are this tall, in points: a column left blank
        // for handwriting (a signature) makes its rows tall enough to write in.
        double lineHeightPt = 0;
        // A one-line cell whose text is too wide even in minPointSize is cut short with `…`
        // (a name or a title that would otherwise take two lines).
        bool elide = false;
    };
    static constexpr double minPointSize = 7.5;
    // A table with a header row that repeats on every page; `pointSize` of its type, `paddingPt`
    // inside each cell.
    void table(const std::vector<Column>& columns, const std::vector<QStringList>& rows,
               double pointSize = 12, double paddingPt = 3);
    struct Field
    {
        QString label;
        QString value;
        bool wide = false; // takes a whole row
    };
    // A form of label–value pairs, two pairs a row, labels in the heading face.
    void fields(const std::vector<Field>& fields, double pointSize = 14);

    // The next block, table or form written starts the anchor `id` (≥ 0): DocumentWriter::
    // anchorPages tells the page it is laid out on (a contents page, the PDF's bookmarks).
    void anchor(int id);
    // The block property that holds an anchor's id.
    static constexpr int anchorProperty = QTextFormat::UserProperty + 1;
    // The block property of a heading: rowpages::keepWhole() keeps it on its next block's page.
    static constexpr int keepWithNextProperty = QTextFormat::UserProperty + 2;

    // A contents page's lines: the entry flush left (level 1 indented two characters, in 4号),
    // its page flush right, without rules, one line each on the body's line grid (a long entry
    // is cut short with `…`), so that the contents take the same room whatever the pages.
    struct ContentsEntry
    {
        QString text;
        QString page;
        int level = 0; // 0: a part, in the heading face; 1: an entry of a part
    };
    void contents(const std::vector<ContentsEntry>& entries);

    QFont bodyFont() const { return m_body; }

private:
    void block(const QString& text, const QFont& font, Qt::Alignment align, double indentPt,
               double linePercent);
    // Puts a pending anchor on the block at the cursor.
    void placeAnchor(QTextCursor cursor);
    // Marks the block just written with keepWithNextProperty.
    void keepWithNext();

    QTextDocument& m_document;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_breakBefore = false;
    int m_anchor = -1; // the anchor of the next block, table or form
    QFont m_body;
    QFont m_heading;
    QFont m_kai;
    QFont m_title;
};

} // namespace sl
