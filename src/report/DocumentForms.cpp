#include "DocumentComposer.h"

#include "DocumentCells.h"
#include "OfficialPage.h"

#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextTable>
#include <QTextTableFormat>

// DocumentComposer's forms: label–value pairs and a contents page.

namespace sl {

using namespace composer;

void DocumentComposer::fields(const std::vector<Field>& fields, double pointSize)
{
    // Two pairs a row; a wide pair alone, its value across the rest of the row.
    std::vector<std::vector<const Field*>> rows;
    for (const Field& f : fields) {
        if (f.wide || rows.empty() || rows.back().size() == 2 || rows.back().front()->wide)
            rows.push_back({&f});
        else
            rows.back().push_back(&f);
    }
    QTextTableFormat tf = gridFormat(4, 6);
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 18),
                                  QTextLength(QTextLength::PercentageLength, 32),
                                  QTextLength(QTextLength::PercentageLength, 18),
                                  QTextLength(QTextLength::PercentageLength, 32)});
    QFont body = m_body;
    body.setPointSizeF(pointSize);
    QFont head = m_heading;
    head.setPointSizeF(pointSize);

    QTextTable* t = m_cursor.insertTable(int(rows.size()), 4, tf);
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& pairs = rows[size_t(r)];
        for (int i = 0; i < 2; ++i) {
            const Field* f = i < int(pairs.size()) ? pairs[size_t(i)] : nullptr;
            fillCell(t, r, 2 * i, f ? f->label : QString(), head, Qt::AlignHCenter);
            fillCell(t, r, 2 * i + 1, f ? f->value : QString(), body,
                     Qt::AlignLeft | Qt::AlignAbsolute);
        }
        if (pairs.size() == 1)
            t->mergeCells(r, 1, 1, 3);
    }
    if (t->rows() > 0)
        placeAnchor(t->cellAt(0, 0).firstCursorPosition());
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentComposer::contents(const std::vector<ContentsEntry>& entries)
{
    if (entries.empty())
        return;
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    constexpr int pagePercent = 10;
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 100 - pagePercent),
                                  QTextLength(QTextLength::PercentageLength, pagePercent)});
    if (m_breakBefore) {
        tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    QFont entryFont = m_body;
    entryFont.setPointSizeF(14); // 4号
    const double blockPt = OfficialPage::textBlockMm().width() * OfficialPage::pointsPerMm;
    QTextTable* t = m_cursor.insertTable(int(entries.size()), 2, tf);
    for (int r = 0; r < int(entries.size()); ++r) {
        const ContentsEntry& e = entries[size_t(r)];
        const QFont& font = e.level == 0 ? m_heading : entryFont;
        const double indentPt = e.level == 0 ? 0 : twoCharactersPt();
        // The room of the entry, less a margin for advances rounded on the device.
        const double roomPt = (blockPt * (100 - pagePercent) / 100 - indentPt) * 0.92;
        const QString text =
            QFontMetricsF(font).elidedText(printable(e.text), Qt::ElideRight, px(roomPt));
        for (int c = 0; c < 2; ++c) {
            QTextCursor cursor = t->cellAt(r, c).firstCursorPosition();
            QTextBlockFormat bf;
            bf.setLineHeight(px(OfficialPage::linePitchPt()), QTextBlockFormat::FixedHeight);
            bf.setNonBreakableLines(true);
            if (c == 0) {
                bf.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
                bf.setLeftMargin(px(indentPt));
            } else {
                bf.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
            }
            cursor.setBlockFormat(bf);
            cursor.insertText(c == 0 ? text : printable(e.page), charFormat(font));
        }
    }
    placeAnchor(t->cellAt(0, 0).firstCursorPosition());
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace sl
