#pragma once

class QTextDocument;

namespace sl::rowpages {

// Tables and headings kept whole at a page's foot, for a document that asks for it.
//
// Qt's paginated layout cuts a table row that has a cell of two lines at the page's foot and
// draws the rest at the head of the next page, over the repeated header row; a row it moves
// whole to the next page leaves the row above stretched to the foot without its bottom rule;
// and a heading can be left alone at a page's foot. A document that asks for it (request())
// is changed before it is painted: a table is ended where a row would be cut or moved and
// continued on the next page as a table of its own, its header rows repeated; a table whose
// first row would not fit under its header starts on the next page; and a heading (the
// composer's keepWithNext property) whose next block or table starts on the next page starts
// there too. A row taller than a page is cut as Qt cuts it.

// Marks the document (its root frame) so that keepWhole() changes it when it is painted.
void request(QTextDocument& document);
bool requested(const QTextDocument& document);

// Lays the document out on pages `pageHeight` tall (its page size set) and changes it as
// above, one change a layout. Does nothing to a document that did not ask for it.
void keepWhole(QTextDocument& document, double pageHeight);

} // namespace sl::rowpages
