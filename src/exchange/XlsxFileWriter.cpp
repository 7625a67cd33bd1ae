#include "XlsxFileWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRegularExpression>

#include "XlsxLibrary.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace sl {

namespace {

constexpr int minWidth = 6;
constexpr int maxWidth = 60;
constexpr qint64 maxExactInteger = qint64(1) << 53;

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::XlsxFileWriter", text);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

// The width of a text in the widths of a digit: a CJK character counts double (a character
// outside the BMP too); a text of several lines is as wide as its widest line.
int displayWidth(const QString& text)
{
    int widest = 0;
    int width = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        width += c.isHighSurrogate() || isWide(c.unicode()) ? 2 : 1;
        if (width > maxWidth)
            return maxWidth;
    }
    return std::max(widest, width);
}

// The value of the digits text[from, from + count), or -1 when one is not a digit.
int digits(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// A whole number that reads back as the same text ("120", not "0120" or "+120").
std::optional<double> exactInteger(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value > maxExactInteger || value < -maxExactInteger ||
        QString::number(value) != text)
        return std::nullopt;
    return double(value);
}

// A plain decimal ("92.5", "39.00", "-3"): shown with as many decimals as it is written with.
std::optional<double> plainDecimal(const QString& text, int* decimals)
{
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]{1,15}(?:\\.([0-9]{1,15}))?$"));
    const QRegularExpressionMatch m = plain.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    *decimals = int(m.capturedLength(1));
    return text.toDouble();
}

// Exactly yyyy-MM-dd, a real day from 1900 (parsed by hand: an export of a million rows asks
// this six million times).
std::optional<lxw_datetime> exactDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 1900 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return lxw_datetime{y, m, d, 0, 0, 0.0};
}

// Exactly HH:mm.
std::optional<lxw_datetime> exactTime(const QString& text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    const int h = digits(text, 0, 2), m = digits(text, 3, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    return lxw_datetime{0, 0, 0, h, m, 0.0};
}

} // namespace

XlsxFileWriter::XlsxFileWriter(const QString& path)
    : m_path(path), m_file(path, QStringLiteral("o"))
{
}

XlsxFileWriter::~XlsxFileWriter()
{
    discard();
}

void XlsxFileWriter::discard()
{
    if (m_workbook)
        m_lib->free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_decimalFormats.clear();
    m_file.cancel();
}

Status XlsxFileWriter::fail(const QString& reason)
{
    discard();
    return OutputFile::writeError(m_path, reason);
}

Error XlsxFileWriter::invalid(const QString& reason)
{
    discard();
    return Error::invalid(QStringLiteral("o"), QStringLiteral("%1: %2").arg(m_path, reason));
}

CellKind XlsxFileWriter::kindOf(int column) const
{
    return column < int(m_kinds.size()) ? m_kinds[size_t(column)] : CellKind::Text;
}

Status XlsxFileWriter::open(const QStringList& header, const std::vector<CellKind>& kinds)
{
    discard();
    auto library = XlsxLibrary::get();
    if (!library)
        return library.error();
    m_lib = *library;
    if (Status s = m_file.open(); !s)
        return s;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(m_file.temporaryPath());
    m_workbook = m_lib->workbookNew(name.constData(), &options);
    if (m_workbook)
        m_sheet = m_lib->addWorksheet(m_workbook, "Sheet1");
    if (!m_sheet)
        return fail(tr("the spreadsheet library could not start a workbook"));
    m_headerFormat = m_lib->addFormat(m_workbook);
    m_lib->setBold(m_headerFormat);
    m_lib->setPattern(m_headerFormat, LXW_PATTERN_SOLID);
    m_lib->setBackground(m_headerFormat, 0xDDEBF7);
    m_lib->setBorder(m_headerFormat, LXW_BORDER_THIN);
    m_dateFormat = m_lib->addFormat(m_workbook);
    m_lib->setNumberFormat(m_dateFormat, "yyyy-mm-dd");
    m_timeFormat = m_lib->addFormat(m_workbook);
    m_lib->setNumberFormat(m_timeFormat, "hh:mm");
    m_lib->freezePanes(m_sheet, 1, 0);
    m_kinds = kinds;
    m_widths.assign(size_t(header.size()), minWidth);
    for (size_t c = 0; c < m_kinds.size() && c < m_widths.size(); ++c) {
        if (m_kinds[c] == CellKind::Date)
            m_widths[c] = 10;
    }
    m_row = 0;
    return writeRow(header, m_headerFormat);
}

Status XlsxFileWriter::add(const QStringList& fields)
{
    return writeRow(fields, nullptr);
}

Status XlsxFileWriter::writeRow(const QStringList& fields, lxw_format* format)
{
    if (!m_sheet)
        return fail(tr("the file is not open"));
    if (m_row >= maxRows)
        return invalid(tr("an XLSX sheet holds at most 1,048,576 rows (the header included); "
                          "export fewer rows or write a .csv"));
    if (size_t(fields.size()) > m_widths.size())
        m_widths.resize(size_t(fields.size()), minWidth);
    for (int c = 0; c < fields.size(); ++c) {
        const QString& text = fields.at(c);
        if (text.isEmpty() && !format)
            continue;
        m_widths[size_t(c)] = std::max(m_widths[size_t(c)], displayWidth(text));
        if (format) {
            const lxw_error e = m_lib->writeString(m_sheet, lxw_row_t(m_row), lxw_col_t(c),
                                                   text.toUtf8().constData(), format);
            if (e != LXW_NO_ERROR)
                return fail(QString::fromUtf8(m_lib->errorText(e)));
        } else if (Status s = writeCell(c, text); !s) {
            return s;
        }
    }
    ++m_row;
    return {};
}

Status XlsxFileWriter::writeCell(int column, const QString& text)
{
    const auto row = lxw_row_t(m_row);
    const auto col = lxw_col_t(column);
    lxw_error e = LXW_NO_ERROR;
    std::optional<double> number;
    std::optional<lxw_datetime> when;
    int decimals = 0;
    switch (kindOf(column)) {
    case CellKind::Integer:
        number = exactInteger(text);
        break;
    case CellKind::Number:
        number = plainDecimal(text, &decimals);
        break;
    case CellKind::Date:
        when = exactDate(text);
        break;
    case CellKind::Time:
        when = exactTime(text);
        break;
    case CellKind::Text:
        break;
    }
    if (number) {
        e = m_lib->writeNumber(m_sheet, row, col, *number, decimalFormat(decimals));
    } else if (when) {
        lxw_format* f = kindOf(column) == CellKind::Date ? m_dateFormat : m_timeFormat;
        e = m_lib->writeDatetime(m_sheet, row, col, &*when, f);
    } else {
        if (text.size() > maxTextLength)
            return invalid(tr("row %1, column %2: a text of %3 characters does not fit in an XLSX "
                              "cell (at most 32,767); write a .csv")
                               .arg(m_row + 1)
                               .arg(column + 1)
                               .arg(text.size()));
        e = m_lib->writeString(m_sheet, row, col, text.toUtf8().constData(), nullptr);
    }
    if (e != LXW_NO_ERROR)
        return fail(QString::fromUtf8(m_lib->errorText(e)));
    return {};
}

lxw_format* XlsxFileWriter::decimalFormat(int decimals)
{
    if (decimals == 0)
        return nullptr;
    lxw_format*& format = m_decimalFormats[decimals];
    if (!format) {
        format = m_lib->addFormat(m_workbook);
        const QByteArray code = "0." + QByteArray(decimals, '0');
        m_lib->setNumberFormat(format, code.constData());
    }
    return format;
}

Status XlsxFileWriter::commit()
{
    if (!m_sheet)
        return fail(tr("the file is not open"));
    for (size_t c = 0; c < m_widths.size(); ++c)
        m_lib->setColumn(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], maxWidth) + 2,
                         nullptr);
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_decimalFormats.clear();
    const lxw_error e = m_lib->close(workbook);
    if (e != LXW_NO_ERROR)
        return fail(QString::fromUtf8(m_lib->errorText(e)));
    return m_file.commit();
}

} // namespace sl
