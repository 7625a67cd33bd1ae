#include "OdtPageStyle.h"

#include "OfficialPage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <utility>
#include <vector>

namespace sl {

namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

const QString stylesPath = QStringLiteral("styles.xml");
const QString manifestPath = QStringLiteral("META-INF/manifest.xml");
const QString contentPath = QStringLiteral("content.xml");

// Qt's ODF writer (6.4) puts a <text:tab/> and its own indentation before every
// <text:line-break/> it writes for a line separator, so a word processor shows a tab at the end
// of the first line of a two-line title (and of the organ above the date). The composer never
// ends a line with a tab, so each such tab goes, with the white space after it.
QByteArray withoutTabsBeforeLineBreaks(const QByteArray& content)
{
    static const QRegularExpression tab(QStringLiteral("<text:tab/>\\s*(?=<text:line-break/>)"));
    return QString::fromUtf8(content).remove(tab).toUtf8();
}

Error odtError(const QString& what)
{
    return Error{
        ErrorCode::Io,
        {},
        QCoreApplication::translate("sl::OdtPageStyle", "cannot write the ODT page: %1").arg(what)};
}

QString mm(double value)
{
    return QString::number(value) + QStringLiteral("mm");
}

// The paragraph style of the page number: 4号, flush to the outer edge one character in.
void numberStyle(QXmlStreamWriter& w, const QString& name, bool odd)
{
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), name);
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
    const QString inset = QString::number(OfficialPage::pageNumberPointSize) + QStringLiteral("pt");
    w.writeAttribute(foNs, QStringLiteral("text-align"),
                     odd ? QStringLiteral("end") : QStringLiteral("start"));
    w.writeAttribute(foNs, odd ? QStringLiteral("margin-right") : QStringLiteral("margin-left"),
                     inset);
    w.writeEndElement();
    w.writeStartElement(styleNs, QStringLiteral("text-properties"));
    w.writeAttribute(foNs, QStringLiteral("font-size"),
                     QString::number(OfficialPage::pageNumberPointSize) + QStringLiteral("pt"));
    w.writeEndElement();
    w.writeEndElement();
}

// Inside office:automatic-styles: the page layout and the page numbers' paragraph styles.
void pageLayout(QXmlStreamWriter& w)
{
    w.writeStartElement(styleNs, QStringLiteral("page-layout"));
    w.writeAttribute(styleNs, QStringLiteral("name"),
                     QString::fromLatin1(OdtPageStyle::pageLayoutName));
    w.writeStartElement(styleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(foNs, QStringLiteral("page-width"), mm(OfficialPage::widthMm));
    w.writeAttribute(foNs, QStringLiteral("page-height"), mm(OfficialPage::heightMm));
    w.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), mm(OfficialPage::topMm));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), mm(OfficialPage::bottomMm));
    w.writeAttribute(foNs, QStringLiteral("margin-left"), mm(OfficialPage::leftMm));
    w.writeAttribute(foNs, QStringLiteral("margin-right"), mm(OfficialPage::rightMm));
    w.writeEndElement();
    w.writeStartElement(styleNs, QStringLiteral("footer-style"));
    w.writeStartElement(styleNs, QStringLiteral("header-footer-properties"));
    w.writeAttribute(foNs, QStringLiteral("min-height"), QStringLiteral("0mm"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), mm(7));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    numberStyle(w, QStringLiteral("SlPageNumberOdd"), true);
    numberStyle(w, QStringLiteral("SlPageNumberEven"), false);
}

void pageNumber(QXmlStreamWriter& w, const QString& element, const QString& style)
{
    w.writeStartElement(styleNs, element);
    w.writeStartElement(textNs, QStringLiteral("p"));
    w.writeAttribute(textNs, QStringLiteral("style-name"), style);
    w.writeCharacters(QStringLiteral("— "));
    w.writeStartElement(textNs, QStringLiteral("page-number"));
    w.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QStringLiteral(" —"));
    w.writeEndElement();
    w.writeEndElement();
}

// office:master-styles: the default master page on the official page, numbered.
void masterStyles(QXmlStreamWriter& w)
{
    w.writeStartElement(officeNs, QStringLiteral("master-styles"));
    w.writeStartElement(styleNs, QStringLiteral("master-page"));
    w.writeAttribute(styleNs, QStringLiteral("name"),
                     QString::fromLatin1(OdtPageStyle::masterPageName));
    w.writeAttribute(styleNs, QStringLiteral("page-layout-name"),
                     QString::fromLatin1(OdtPageStyle::pageLayoutName));
    pageNumber(w, QStringLiteral("footer"), QStringLiteral("SlPageNumberOdd"));
    pageNumber(w, QStringLiteral("footer-left"), QStringLiteral("SlPageNumberEven"));
    w.writeEndElement();
    w.writeEndElement();
}

void declareNamespaces(QXmlStreamWriter& w, const QXmlStreamNamespaceDeclarations& declared)
{
    const std::pair<QString, QString> needed[] = {{QStringLiteral("office"), officeNs},
                                                  {QStringLiteral("style"), styleNs},
                                                  {QStringLiteral("fo"), foNs},
                                                  {QStringLiteral("text"), textNs}};
    for (const auto& [prefix, uri] : needed) {
        bool found = false;
        for (const QXmlStreamNamespaceDeclaration& d : declared)
            found = found || d.namespaceUri() == uri;
        if (!found)
            w.writeNamespace(uri, prefix);
    }
}

QByteArray newStyles()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(officeNs, QStringLiteral("office"));
    w.writeNamespace(styleNs, QStringLiteral("style"));
    w.writeNamespace(foNs, QStringLiteral("fo"));
    w.writeNamespace(textNs, QStringLiteral("text"));
    w.writeStartElement(officeNs, QStringLiteral("document-styles"));
    w.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    pageLayout(w);
    w.writeEndElement();
    masterStyles(w);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

// A copy of `styles` without its page layouts and master pages, with ours in their places.
Result<QByteArray> mergedStyles(const QByteArray& styles)
{
    QByteArray out;
    QXmlStreamReader r(styles);
    QXmlStreamWriter w(&out);
    int depth = 0;
    bool wroteLayout = false;
    while (!r.atEnd()) {
        r.readNext();
        const bool start = r.isStartElement();
        if (start &&
            ((r.namespaceUri() == styleNs && r.name() == QLatin1String("page-layout")) ||
             (r.namespaceUri() == officeNs && r.name() == QLatin1String("master-styles")))) {
            r.skipCurrentElement();
            continue;
        }
        if (r.isEndElement() && depth == 2 && r.namespaceUri() == officeNs &&
            r.name() == QLatin1String("automatic-styles")) {
            pageLayout(w);
            wroteLayout = true;
        }
        if (r.isEndElement() && depth == 1) { // the end of office:document-styles
            if (!wroteLayout) {
                w.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
                pageLayout(w);
                w.writeEndElement();
            }
            masterStyles(w);
        }
        w.writeCurrentToken(r);
        if (start && ++depth == 1)
            declareNamespaces(w, r.namespaceDeclarations());
        if (r.isEndElement())
            --depth;
    }
    if (r.hasError())
        return odtError(r.errorString());
    return out;
}

struct Member
{
    QString name;
    QByteArray bytes;
};

} // namespace

Result<QByteArray> OdtPageStyle::stylesXml(const QByteArray& styles)
{
    if (styles.trimmed().isEmpty())
        return newStyles();
    return mergedStyles(styles);
}

Result<QByteArray> OdtPageStyle::apply(const QByteArray& odt)
{
    QByteArray in = odt;
    QBuffer inBuffer(&in);
    QuaZip source(&inBuffer);
    if (!source.open(QuaZip::mdUnzip))
        return odtError(QStringLiteral("the package is not a zip file"));
    std::vector<Member> members;
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFile file(&source);
        if (!file.open(QIODevice::ReadOnly))
            return odtError(source.getCurrentFileName());
        members.push_back({source.getCurrentFileName(), file.readAll()});
        file.close();
    }
    source.close();

    bool hasStyles = false;
    for (Member& m : members) {
        if (m.name == contentPath)
            m.bytes = withoutTabsBeforeLineBreaks(m.bytes);
        if (m.name != stylesPath)
            continue;
        auto styles = stylesXml(m.bytes);
        if (!styles)
            return styles.error();
        m.bytes = *styles;
        hasStyles = true;
    }
    if (!hasStyles) {
        members.push_back({stylesPath, newStyles()});
        for (Member& m : members) {
            if (m.name != manifestPath || m.bytes.contains("\"styles.xml\""))
                continue;
            const qsizetype end = m.bytes.lastIndexOf("</manifest:manifest>");
            if (end < 0)
                return odtError(manifestPath);
            m.bytes.insert(end, "<manifest:file-entry manifest:media-type=\"text/xml\" "
                                "manifest:full-path=\"styles.xml\"/>");
        }
    }

    QByteArray out;
    QBuffer outBuffer(&out);
    QuaZip target(&outBuffer);
    if (!target.open(QuaZip::mdCreate))
        return odtError(QStringLiteral("cannot start the package"));
    for (const Member& m : members) {
        QuaZipFile file(&target);
        // The mimetype first and stored (ODF 1.2 part 3, 3.3), the rest deflated.
        const bool stored = m.name == QLatin1String("mimetype");
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(m.name), nullptr, 0,
                       stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION) ||
            file.write(m.bytes) != m.bytes.size())
            return odtError(m.name);
        file.close();
        if (file.getZipError() != UNZ_OK)
            return odtError(m.name);
    }
    target.close();
    if (target.getZipError() != 0)
        return odtError(QStringLiteral("cannot finish the package"));
    return out;
}

} // namespace sl
