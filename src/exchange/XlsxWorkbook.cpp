#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace sl {

namespace {

using Token = QXmlStreamReader::TokenType;

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::XlsxReader", text);
}

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

// The folder of a part ("xl/" for "xl/workbook.xml").
QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship's target as a part name: absolute ("/xl/worksheets/sheet1.xml") or relative
// to the source part's folder, with "." and ".." resolved.
QString resolve(const QString& source, const QString& target)
{
    const QString joined = target.startsWith(u'/') ? target.mid(1) : folderOf(source) + target;
    QStringList parts;
    for (const QString& piece : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != QLatin1String("."))
            parts << piece;
    }
    return parts.join(u'/');
}

// The relationships part of `source` ("xl/_rels/workbook.xml.rels"; "_rels/.rels" for the
// package).
QString relsOf(const QString& source)
{
    const qsizetype slash = source.lastIndexOf(u'/');
    return folderOf(source) + QStringLiteral("_rels/") + source.mid(slash + 1) +
           QStringLiteral(".rels");
}

// Streams `part` and hands every start element to `visit`; the part must exist.
template <typename Visit>
Status readPart(XlsxPackage& package, const QString& part, qint64 limit, Visit visit)
{
    auto device = package.openPart(part, limit);
    if (!device)
        return device.error();
    QXmlStreamReader xml(*device);
    while (!xml.atEnd()) {
        if (XlsxPackage::next(xml) == Token::StartElement)
            visit(xml);
    }
    return package.finish(part, xml);
}

Result<std::vector<Relationship>> relationships(XlsxPackage& package, const QString& source)
{
    std::vector<Relationship> out;
    const QString part = relsOf(source);
    if (!package.has(part))
        return out;
    Status s = readPart(package, part, XlsxWorkbook::maxSmallPartBytes, [&](QXmlStreamReader& x) {
        const auto a = x.attributes();
        if (x.name() == QLatin1String("Relationship") &&
            a.value(QLatin1String("TargetMode")) != QLatin1String("External"))
            out.push_back({a.value(QLatin1String("Id")).toString(),
                           a.value(QLatin1String("Type")).toString(),
                           resolve(source, a.value(QLatin1String("Target")).toString())});
    });
    if (!s)
        return s.error();
    return out;
}

QString targetOfType(const std::vector<Relationship>& rels, QLatin1String typeEnd)
{
    for (const Relationship& r : rels) {
        if (r.type.endsWith(typeEnd))
            return r.target;
    }
    return {};
}

// The `r:id` of an element, whatever the prefix of the relationships namespace.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// The text of an <si> or <is>, read up to its end: its <t>, or the <t> of its rich-text runs <r>;
// phonetic runs
// (<rPh>) are not part of the text.
QString textOf(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        const Token t = XlsxPackage::next(xml);
        if (t == Token::EndElement && xml.name() == end)
            break;
        if (t != Token::StartElement)
            continue;
        if (xml.name() == QLatin1String("t"))
            text += xml.readElementText();
        else if (xml.name() == QLatin1String("rPh"))
            xml.skipCurrentElement();
    }
    XlsxCells::decodeEscapes(text);
    return text;
}

Status readStyles(XlsxPackage& package, const QString& part, XlsxWorkbook& book)
{
    QHash<int, XlsxTimeKind> custom;
    bool inCellXfs = false;
    auto device = package.openPart(part, XlsxWorkbook::maxSmallPartBytes);
    if (!device)
        return device.error();
    QXmlStreamReader xml(*device);
    while (!xml.atEnd()) {
        const Token t = XlsxPackage::next(xml);
        if (t == Token::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (t != Token::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            custom.insert(
                a.value(QLatin1String("numFmtId")).toInt(),
                XlsxCells::classifyFormat(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            book.styles.push_back(custom.value(id, XlsxCells::builtinFormat(id)));
        }
    }
    return package.finish(part, xml);
}

Status readSharedStrings(XlsxPackage& package, const QString& part, XlsxWorkbook& book)
{
    return readPart(package, part, XlsxWorkbook::maxSharedStringBytes, [&](QXmlStreamReader& x) {
        if (x.name() == QLatin1String("si"))
            book.sharedStrings.push_back(textOf(x));
    });
}

} // namespace

QString XlsxWorkbook::readText(QXmlStreamReader& xml)
{
    return textOf(xml);
}

Result<XlsxWorkbook> XlsxWorkbook::read(XlsxPackage& package)
{
    auto root = relationships(package, QString());
    if (!root)
        return root.error();
    QString workbookPart = targetOfType(*root, QLatin1String("/officeDocument"));
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!package.has(workbookPart))
        return package.invalid(
            tr("not an XLSX workbook: it has no workbook part (%1)").arg(workbookPart));
    XlsxWorkbook book;
    QString sheetId;
    Status s = readPart(package, workbookPart, maxSmallPartBytes, [&](QXmlStreamReader& x) {
        const auto a = x.attributes();
        if (x.name() == QLatin1String("workbookPr")) {
            const auto v = a.value(QLatin1String("date1904"));
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (x.name() == QLatin1String("sheet") && sheetId.isEmpty()) {
            book.sheetName = a.value(QLatin1String("name")).toString();
            sheetId = relationshipId(a);
        }
    });
    if (!s)
        return s.error();
    if (sheetId.isEmpty())
        return package.invalid(tr("the workbook has no sheets"));
    auto rels = relationships(package, workbookPart);
    if (!rels)
        return rels.error();
    for (const Relationship& r : *rels) {
        if (r.id == sheetId)
            book.sheetPart = r.target;
    }
    if (book.sheetPart.isEmpty() || !package.has(book.sheetPart))
        return package.invalid(
            tr("the workbook's first sheet (%1) has no worksheet part").arg(book.sheetName));
    const QString styles = targetOfType(*rels, QLatin1String("/styles"));
    if (!styles.isEmpty() && package.has(styles)) {
        if (Status st = readStyles(package, styles, book); !st)
            return st.error();
    }
    const QString strings = targetOfType(*rels, QLatin1String("/sharedStrings"));
    if (!strings.isEmpty() && package.has(strings)) {
        if (Status st = readSharedStrings(package, strings, book); !st)
            return st.error();
    }
    return book;
}

} // namespace sl
