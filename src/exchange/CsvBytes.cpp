#include "CsvBytes.h"

#include "exchange/FormulaGuard.h"

#include <QChar>
#include <QString>

namespace sl::csvbytes {

namespace {

// The code point of the UTF-8 sequence that starts at `at` (U+FFFD when it is not one).
char32_t decodeAt(QByteArrayView text, qsizetype at)
{
    const auto lead = uchar(text[at]);
    int extra = 0;
    char32_t cp = lead;
    if (lead >= 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else if (lead >= 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if (lead >= 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0x80) {
        return 0xFFFD;
    }
    if (at + extra >= text.size())
        return 0xFFFD; // cut short
    for (int i = 1; i <= extra; ++i) {
        const auto next = uchar(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (next & 0x3F);
    }
    return cp;
}

char32_t firstCodePoint(QByteArrayView text)
{
    return decodeAt(text, 0);
}

char32_t lastCodePoint(QByteArrayView text)
{
    qsizetype at = text.size() - 1;
    while (at > 0 && (uchar(text[at]) & 0xC0) == 0x80)
        --at;
    return decodeAt(text, at);
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// Whether the cell is empty or white space only (QString::trimmed().isEmpty()).
bool isBlank(QByteArrayView cell)
{
    bool ascii = true;
    for (const char c : cell) {
        if (uchar(c) >= 0x80)
            ascii = false;
        else if (!isSpace(char32_t(uchar(c))))
            return false;
    }
    return ascii || QString::fromUtf8(cell).trimmed().isEmpty();
}

bool needsQuotes(QByteArrayView cell, bool guarded)
{
    if (cell.isEmpty())
        return false;
    if ((!guarded && isSpace(firstCodePoint(cell))) || isSpace(lastCodePoint(cell)))
        return true;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendField(QByteArray& out, QByteArrayView cell)
{
    const bool guarded =
        !cell.isEmpty() && uchar(cell[0]) < 0x80 && FormulaGuard::isTrigger(QChar(cell[0]));
    const bool quoted = needsQuotes(cell, guarded);
    if (quoted)
        out += '"';
    if (guarded)
        out += '\'';
    if (quoted) {
        for (const char c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += cell;
    }
}

} // namespace

void appendRecord(QByteArray& out, const std::vector<QByteArrayView>& fields)
{
    const qsizetype start = out.size();
    bool allEmpty = true;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, fields[i]);
        allEmpty = allEmpty && isBlank(fields[i]);
    }
    // As CsvWriter::appendRecord: a row of blank fields whose first is empty starts with "".
    if (allEmpty && !fields.empty() && fields.front().isEmpty())
        out.insert(start, "\"\"");
}

} // namespace sl::csvbytes
