#pragma once

#include <QString>
#include <QTextCharFormat>
#include <QTextTableFormat>

class QFont;
class QTextTable;

namespace sl::composer {

// The pieces DocumentComposer builds its blocks and tables from (the report layer's own).

// Black type in `font`.
QTextCharFormat charFormat(const QFont& font);

// The text as a document can hold it: a control character other than TAB and LF (which
// insertText turns into a new paragraph) becomes U+FFFD. Such characters are refused on input
// (rules::checkText), but a ledger written before that rule may hold them, and one of them in
// the XML of an ODT file makes the whole document unreadable.
QString printable(QString text);

// Two characters of the body, in points.
double twoCharactersPt();

// A grid with thin black rules: collapsed borders drawn by every cell.
QTextTableFormat gridFormat(double paddingPt, double marginPt);

// Writes `text` into the cell, vertically centred; its lines `lineHeightPt` tall when set,
// else a little more than the type.
void fillCell(QTextTable* table, int row, int column, const QString& text, const QFont& font,
              Qt::Alignment align, double lineHeightPt = 0);

} // namespace sl::composer
