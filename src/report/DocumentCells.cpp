#include "DocumentCells.h"

#include "DocumentComposer.h"
#include "OfficialPage.h"

#include <QFont>
#include <QTextCursor>
#include <QTextTable>

namespace sl::composer {

QTextCharFormat charFormat(const QFont& font)
{
    QTextCharFormat f;
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    f.setForeground(Qt::black);
    return f;
}

constexpr double tableLinePercent = 115;

double twoCharactersPt()
{
    return 2 * OfficialPage::characterPitchPt();
}

QString printable(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QTextTableFormat gridFormat(double paddingPt, double marginPt)
{
    QTextTableFormat tf;
    tf.setBorder(DocumentComposer::px(0.5));
    tf.setBorderBrush(Qt::black);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellSpacing(0);
    tf.setCellPadding(DocumentComposer::px(paddingPt));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(DocumentComposer::px(marginPt));
    tf.setBottomMargin(DocumentComposer::px(marginPt));
    return tf;
}

void fillCell(QTextTable* table, int row, int column, const QString& text, const QFont& font,
              Qt::Alignment align, double lineHeightPt)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat cf = cell.format().toTableCellFormat();
    cf.setBorder(DocumentComposer::px(0.5));
    cf.setBorderBrush(Qt::black);
    cf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    // The cell's format is the character format of its first block: a blank cell of fixed line
    // height is set in the table's type, not the body's (whose height an empty line would take).
    if (lineHeightPt > 0)
        cf.setFont(font, QTextCharFormat::FontPropertiesAll);
    cell.setFormat(cf);
    QTextCursor c = cell.firstCursorPosition();
    QTextBlockFormat bf;
    if (lineHeightPt > 0)
        bf.setLineHeight(DocumentComposer::px(lineHeightPt), QTextBlockFormat::FixedHeight);
    else
        bf.setLineHeight(tableLinePercent, QTextBlockFormat::ProportionalHeight);
    bf.setAlignment(align);
    c.setBlockFormat(bf);
    c.insertText(printable(text), charFormat(font));
}

} // namespace sl::composer
