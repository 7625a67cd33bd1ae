#include "XlsxReader.h"

#include "exchange/XlsxPackage.h"
#include "exchange/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace sl {

namespace {

using Token = QXmlStreamReader::TokenType;

constexpr int maxColumns = 16384;
constexpr int maxRows = 1048576;

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::XlsxReader", text);
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Streams the <sheetData> of one worksheet into rows of text.
class SheetStream
{
public:
    SheetStream(const XlsxWorkbook& book, XlsxSheet& sheet, CsvTableBuilder& builder)
        : m_book(book), m_sheet(sheet), m_builder(builder)
    {
    }

    void read(QXmlStreamReader& xml)
    {
        while (!xml.atEnd() && !m_builder.stopped()) {
            const Token t = XlsxPackage::next(xml);
            if (t == Token::StartElement && xml.name() == QLatin1String("row"))
                startRow(xml);
            else if (t == Token::StartElement && xml.name() == QLatin1String("c"))
                readCell(xml);
            else if (t == Token::EndElement && xml.name() == QLatin1String("row"))
                endRow();
        }
    }

private:
    void startRow(QXmlStreamReader& xml)
    {
        bool ok = false;
        const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        m_row = ok && r > 0 ? r : m_row + 1;
        if (m_row > maxRows)
            xml.raiseError(tr("row %1 is beyond the last row of a sheet").arg(m_row));
        m_fields.clear();
        m_nextColumn = 0;
    }

    void endRow()
    {
        if (!isBlank(m_fields))
            m_builder.add(CsvTable::Row{m_row, std::move(m_fields)});
        m_fields = QStringList();
    }

    void problem(int column, const QString& message)
    {
        m_sheet.problems.push_back({m_row, column, message});
    }

    void readCell(QXmlStreamReader& xml)
    {
        const auto a = xml.attributes();
        int column = m_nextColumn;
        int row = m_row;
        const auto ref = a.value(QLatin1String("r"));
        if (!ref.isEmpty() && !XlsxCells::parseReference(ref, &column, &row)) {
            xml.raiseError(tr("\"%1\" is not a cell reference").arg(ref.toString()));
            return;
        }
        if (column >= maxColumns) {
            xml.raiseError(tr("a cell beyond the last column of a sheet"));
            return;
        }
        m_nextColumn = column + 1;
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        QString value;
        bool hasValue = false;
        while (!xml.atEnd()) {
            const Token t = XlsxPackage::next(xml);
            if (t == Token::EndElement && xml.name() == QLatin1String("c"))
                break;
            if (t != Token::StartElement)
                continue;
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                value = XlsxWorkbook::readText(xml);
                hasValue = true;
            } else {
                xml.skipCurrentElement(); // a formula <f>, extensions
            }
        }
        if (!hasValue || xml.hasError())
            return;
        while (m_fields.size() <= column)
            m_fields << QString();
        m_fields[column] = text(type, style, value, column);
    }

    QString text(const QString& type, int style, const QString& value, int column)
    {
        QString error;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype i = value.toLongLong(&ok);
            if (ok && i >= 0 && size_t(i) < m_book.sharedStrings.size())
                return m_book.sharedStrings[size_t(i)];
            problem(column, tr("the shared string %1 does not exist").arg(value));
            return {};
        }
        if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
            QString out = value;
            XlsxCells::decodeEscapes(out);
            return out;
        }
        if (type == QLatin1String("b"))
            return XlsxCells::booleanText(value);
        if (type == QLatin1String("e")) {
            problem(column, tr("the cell holds the error value %1").arg(value));
            return {};
        }
        if (type == QLatin1String("d")) {
            if (auto t = XlsxCells::isoText(value, m_book.styleKind(style), &error))
                return *t;
            problem(column, error);
            return {};
        }
        if (value.trimmed().isEmpty())
            return {}; // a formula without a cached result
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok) {
            problem(column, tr("\"%1\" is not a number").arg(value));
            return {};
        }
        const XlsxTimeKind kind = m_book.styleKind(style);
        if (kind == XlsxTimeKind::None)
            return XlsxCells::numberText(number);
        if (auto t = XlsxCells::serialText(number, kind, m_book.date1904, &error))
            return *t;
        problem(column, error);
        return {};
    }

    const XlsxWorkbook& m_book;
    XlsxSheet& m_sheet;
    CsvTableBuilder& m_builder;
    QStringList m_fields;
    int m_row = 0;
    int m_nextColumn = 0;
};

} // namespace

Result<XlsxSheet> XlsxReader::readTable(const QString& path)
{
    // Cells are taken as they are: no formula guard to undo (that is CSV's).
    CsvTableBuilder builder(false);
    auto read = readTable(path, builder);
    if (!read)
        return read;
    XlsxSheet sheet = *read; // its name and problems: the rows are the builder's
    sheet.hasHeader = builder.hasHeader();
    sheet.table = builder.take();
    return sheet;
}

Result<XlsxSheet> XlsxReader::readTable(const QString& path, CsvTableBuilder& builder)
{
    XlsxPackage package(path);
    if (Status s = package.open(); !s)
        return s.error();
    auto book = XlsxWorkbook::read(package);
    if (!book)
        return book.error();
    auto device = package.openPart(book->sheetPart, XlsxWorkbook::maxSheetBytes);
    if (!device)
        return device.error();
    XlsxSheet sheet;
    sheet.name = book->sheetName;
    QXmlStreamReader xml(*device);
    SheetStream(*book, sheet, builder).read(xml);
    if (builder.stopped())
        return sheet;
    if (Status s = package.finish(book->sheetPart, xml); !s)
        return s.error();
    return sheet;
}

} // namespace sl
