#include "BulletinPdf.h"
#include "PdfText.h"
#include "support/LedgerBookFixture.h"
#include "support/TempLedger.h"

#include "report/DocumentComposer.h"
#include "report/DocumentWriter.h"
#include "report/SigninDocument.h"
#include "report/StudyRecordDocument.h"
#include "services/LedgerBookService.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace sl;
namespace bp = bulletinpdf;

namespace {

QByteArray unzipped(const QString& zip, const QString& member)
{
    return pdftext::run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member}).toUtf8();
}

// The character data of an XML document, without spaces and line breaks.
QString xmlText(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    QString out;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            out += r.text();
    }
    return r.hasError() ? QString() : bp::normalised(out);
}

// Where a line of text stands: its page (0-based), half of the sheet (0 left, 1 right), top.
struct Place
{
    int page = -1;
    int half = 0;
    double y = 0;
    double x = 0;

    bool operator<(const Place& o) const
    {
        return std::tie(page, half, y) < std::tie(o.page, o.half, o.y);
    }
};

Place placeOf(const std::vector<bp::Page>& pages, const QString& text)
{
    for (size_t p = 0; p < pages.size(); ++p) {
        for (const bp::Line& l : pages[p]) {
            if (l.text == text)
                return {int(p), l.xMin > 595 / 2.0 ? 1 : 0, l.yMin, l.xMin};
        }
    }
    return {};
}

int count(const std::vector<bp::Page>& pages, size_t page, const QString& text)
{
    return int(std::count_if(pages[page].begin(), pages[page].end(),
                             [&](const bp::Line& l) { return l.text == text; }));
}

// No two lines of a page printed over each other (a row cut at a page's foot would run on over
// the next page's repeated header).
bool noOverprint(const std::vector<bp::Page>& pages, QString* which)
{
    for (const bp::Page& page : pages) {
        for (size_t i = 0; i < page.size(); ++i) {
            for (size_t j = i + 1; j < page.size(); ++j) {
                const bp::Line& a = page[i];
                const bp::Line& b = page[j];
                if (a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 && a.yMin < b.yMax - 0.5 &&
                    b.yMin < a.yMax - 0.5) {
                    *which = a.text + QStringLiteral(" / ") + b.text;
                    return false;
                }
            }
        }
    }
    return true;
}

// `n` members with distinct names, in the order given.
SigninSheet bigSheet(int n)
{
    static const char16_t* surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄"};
    static const char16_t* given[] = {u"建国", u"秀英", u"志强", u"丽华", u"明辉", u"海燕"};
    SigninSheet sheet;
    sheet.groupName = QStringLiteral("机关第一支部学习组");
    sheet.orgName = QStringLiteral("机关第一党支部");
    sheet.session.date = Date(2026, 9, 8);
    sheet.session.start = QTime(14, 30);
    sheet.session.minutes = 90;
    sheet.session.topic = QStringLiteral("学习党的二十届三中全会精神");
    sheet.session.location = QStringLiteral("二楼会议室");
    sheet.session.status = SessionStatus::Planned;
    for (int i = 0; i < n; ++i) {
        SigninRow r;
        r.name = QString::fromUtf16(surnames[i % 8]) + QString::fromUtf16(given[(i / 8) % 6]);
        if (i >= 48)
            r.name += QString::number(i);
        r.position = QStringLiteral("科员");
        r.role = i == 0 ? GroupRole::Leader : GroupRole::Member;
        r.observer = i == n - 1;
        r.note = r.observer ? QStringLiteral("列席") : QString();
        sheet.rows.push_back(r);
    }
    return sheet;
}

void checkFontsEmbedded(const QString& pdf)
{
    const QStringList fonts = pdftext::run(QStringLiteral("pdffonts"), {pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString& line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QLatin1String("yes"),
                 qPrintable(line));
    }
}

} // namespace

// The sign-in sheet (签到表) and the session record (学习记录) as documents, read back as a
// reader's tools see them (pdftotext, pdffonts, unzip).
class TestLedgerSheets : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    ledger_book_fixture::Ids m_ids;
    QTemporaryDir m_dir;
    SigninSheet m_sheet;
    StudyRecord m_record;

    QString writePdf(const QTextDocument& doc, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        return DocumentWriter::writeFile(doc, DocumentFormat::Pdf, path).ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (pdftotext) is needed");
        Clock::setToday(Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        m_ids = ledger_book_fixture::build(**m_ledger, m_dir.path());
        QVERIFY(m_ids.held && m_ids.planned);
        auto sheet = LedgerBookService(**m_ledger).signinSheet(m_ids.held);
        QVERIFY(sheet.ok());
        m_sheet = *sheet;
        auto record = LedgerBookService(**m_ledger).sessionRecord(m_ids.held);
        QVERIFY(record.ok());
        m_record = *record;
    }
    void cleanupTestCase() { Clock::setToday({}); }

    void signinHeaderNamesInOrderAndObserversMarked()
    {
        auto doc = SigninDocument::build(m_sheet);
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("学习组G012026年3月10日学习签到表"));
        const QString pdf = writePdf(*doc, QStringLiteral("signin.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = bp::normalised(pdftext::text(pdf));
        for (const char* s : {"学习签到表", "学习组G01", "2026年3月10日", "专题学习2026-03-10",
                              "9:00—11:00", "三楼会议室", "姓名", "职务", "签到", "备注"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QCOMPARE(int(pages.size()), 1);
        // Read down the left half, then down the right: role, then pinyin.
        const QStringList expected = ledger_book_fixture::heldOrder();
        std::vector<std::pair<Place, QString>> placed;
        for (const QString& name : expected) {
            const Place p = placeOf(pages, name);
            QVERIFY2(p.page == 0, qPrintable(name));
            placed.push_back({p, name});
        }
        std::sort(placed.begin(), placed.end());
        QStringList read;
        for (const auto& [place, name] : placed)
            read << name;
        QCOMPARE(read, expected);
        // Four to a half: 赵刚 … 张伟 on the left, 陈静 … 孙丽 on the right.
        QCOMPARE(placeOf(pages, QStringLiteral("张伟")).half, 0);
        QCOMPARE(placeOf(pages, QStringLiteral("陈静")).half, 1);
        // 列席 on 孙丽's row, 请假：公务出差 on 陈静's, each in its own half; positions too.
        const auto sameRow = [&](const QString& name, const QString& cell) {
            const Place a = placeOf(pages, name);
            const Place b = placeOf(pages, cell);
            return b.page == a.page && b.half == a.half && std::abs(b.y - a.y) < 4 && b.x > a.x;
        };
        QVERIFY(sameRow(QStringLiteral("孙丽"), QStringLiteral("列席")));
        QVERIFY(sameRow(QStringLiteral("陈静"), QStringLiteral("请假：公务出差")));
        QVERIFY(sameRow(QStringLiteral("赵刚"), QStringLiteral("职务M01")));
        QCOMPARE(count(pages, 0, QStringLiteral("列席")), 1);
        // The rows leave room to sign: at least 7 mm apart.
        const double pitch =
            placeOf(pages, QStringLiteral("高峰")).y - placeOf(pages, QStringLiteral("赵刚")).y;
        QVERIFY2(pitch >= 7 * bp::pointsPerMm, qPrintable(QString::number(pitch)));
        checkFontsEmbedded(pdf);
    }

    void fortyMembersFitOnePage()
    {
        const SigninSheet sheet = bigSheet(40);
        const QString pdf = writePdf(*SigninDocument::build(sheet), QStringLiteral("forty.pdf"));
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QCOMPARE(int(pages.size()), 1);
        for (const SigninRow& r : sheet.rows)
            QVERIFY2(placeOf(pages, r.name).page == 0, qPrintable(r.name));
        QString which;
        QVERIFY2(noOverprint(pages, &which), qPrintable(which));
    }

    void moreMembersContinueWithTheHeaderRow()
    {
        const SigninSheet sheet = bigSheet(45);
        const QString pdf = writePdf(*SigninDocument::build(sheet), QStringLiteral("big.pdf"));
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QCOMPARE(int(pages.size()), 2);
        // The header row of both halves on each page; the second page says it continues.
        const QStringList texts = bp::pages(pdf);
        QCOMPARE(texts.size(), 2);
        for (const QString& t : texts) {
            QCOMPARE(bp::normalised(t).count(QStringLiteral("姓名")), 2);
            QCOMPARE(bp::normalised(t).count(QStringLiteral("备注")), 2);
        }
        QVERIFY(bp::normalised(texts[1]).contains(QStringLiteral("（续）")));
        // The first 40 on the first page, in order; the rest on the second; every name once.
        Place last;
        for (int i = 0; i < 45; ++i) {
            const QString& name = sheet.rows[size_t(i)].name;
            const Place p = placeOf(pages, name);
            QCOMPARE(p.page, i < 40 ? 0 : 1);
            QVERIFY2(last < p, qPrintable(name));
            last = p;
            int seen = 0;
            for (size_t page = 0; page < pages.size(); ++page)
                seen += count(pages, page, name);
            QCOMPARE(seen, 1);
        }
        // Rows whole: the observer's note beside the last name.
        const Place observer = placeOf(pages, sheet.rows.back().name);
        const Place note = placeOf(pages, QStringLiteral("列席"));
        QVERIFY(note.page == observer.page && std::abs(note.y - observer.y) < 4);
        QString which;
        QVERIFY2(noOverprint(pages, &which), qPrintable(which));
    }

    void sessionRecordHoldsTheSession()
    {
        auto doc = StudyRecordDocument::build(m_record);
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("学习组G012026年3月10日学习记录"));
        const QString pdf = writePdf(*doc, QStringLiteral("record.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = bp::normalised(pdftext::text(pdf));
        const QStringList expected = {
            QStringLiteral("学习记录"),
            QStringLiteral("学习组G01"),
            QStringLiteral("2026年3月10日"),
            QStringLiteral("9:00—11:00"),
            QStringLiteral("120分钟"),
            QStringLiteral("集体学习"),
            QStringLiteral("三楼会议室"),
            QStringLiteral("专题学习2026-03-10"),
            QStringLiteral("主持人赵刚"),
            QStringLiteral("记录人张伟"),
            QStringLiteral("主讲人高峰"),
            QStringLiteral("重大决策前必学"),
            QStringLiteral("2026年度学习计划第1项（3月）：学习贯彻全会精神"),
            QStringLiteral("一、出勤情况"),
            QStringLiteral("应到7人，实到4人（其中迟到1人、早退1人），请假2人，缺席1人，"
                           "另有列席1人。"),
            QStringLiteral("出席：赵刚、高峰（迟到）、王芳（早退）、张伟。"),
            QStringLiteral("列席：孙丽。"),
            QStringLiteral("请假：陈静（事由：公务出差，2026年3月15日已补学：自学原文）；"
                           "杨洋（事由：病假，未补学）。"),
            QStringLiteral("缺席：李明（未补学）。"),
            QStringLiteral("补学：应补学3人，已补学1人，未补学2人。"),
            QStringLiteral("二、学习纪要"),
            QStringLiteral("会议传达了全会精神。"),
            QStringLiteral("与会同志结合工作谈了体会。"),
            QStringLiteral("三、交流发言"),
            QStringLiteral("1.赵刚：领学发言"),
            QStringLiteral("2.王芳：交流体会"),
            QStringLiteral("四、学习材料"),
            QStringLiteral("1.学习材料汇编.pdf"),
            QStringLiteral("主持人签字：____________记录人签字：____________"),
        };
        for (const QString& s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral("\n in: ") + text));
        QVERIFY(pdftext::radicals(text).isEmpty());
        checkFontsEmbedded(pdf);
        QString which;
        QVERIFY2(noOverprint(bp::lines(pdf), &which), qPrintable(which));
    }

    // The annual volume puts each record into its own document: compose() with two arguments
    // heads the sections at the second level and writes no title.
    void composeGoesIntoAnotherDocument()
    {
        void (*compose)(DocumentComposer&, const StudyRecord&, int) = &StudyRecordDocument::compose;
        QVERIFY(compose);
        QTextDocument doc;
        DocumentComposer c(doc);
        c.heading1(QStringLiteral("三、学习记录"));
        c.heading2(StudyRecordDocument::heading(m_record));
        StudyRecordDocument::compose(c, m_record);
        StudyRecordDocument::compose(c, m_record);
        const QString text = doc.toPlainText();
        QCOMPARE(text.count(QStringLiteral("（一）出勤情况")), 2);
        QCOMPARE(text.count(QStringLiteral("（四）学习材料")), 2);
        QVERIFY(!text.contains(QStringLiteral("一、出勤情况")));
        QVERIFY(!text.contains(QStringLiteral("\n学习记录\n")));
        QVERIFY(text.contains(QStringLiteral("3月10日　专题学习2026-03-10")));
    }

    void sessionRecordOdtCarriesThePage()
    {
        auto doc = StudyRecordDocument::build(m_record);
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        // Still an ODF package: the mimetype first, stored.
        QCOMPARE(odt->mid(30, 8), QByteArray("mimetype"));
        QVERIFY(odt->mid(38, 39) == "application/vnd.oasis.opendocument.text");
        const QString file = m_dir.filePath(QStringLiteral("record.odt"));
        QVERIFY(pdftext::writeFile(file, *odt));
        const QByteArray content = unzipped(file, QStringLiteral("content.xml"));
        if (content.isEmpty())
            QSKIP("unzip is not installed: the package is not read");
        const QString text = xmlText(content);
        for (const char* s :
             {"学习记录", "应到7人，实到4人", "公务出差", "病假", "缺席：李明", "领学发言",
              "学习材料汇编.pdf", "学习贯彻全会精神", "重大决策前必学", "主持人签字", "记录人签字"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);

        const QString styles = QString::fromUtf8(unzipped(file, QStringLiteral("styles.xml")));
        QVERIFY(!styles.isEmpty());
        QXmlStreamReader r(styles);
        QString layoutName, masterLayout, masterName;
        QMap<QString, QString> props;
        bool pageNumberInFooter = false, inFooter = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("page-layout"))
                layoutName = r.attributes().value(QStringLiteral("style:name")).toString();
            if (r.isStartElement() && r.name() == QLatin1String("page-layout-properties")) {
                for (const QXmlStreamAttribute& a : r.attributes())
                    props[a.qualifiedName().toString()] = a.value().toString();
            }
            if (r.isStartElement() && r.name() == QLatin1String("master-page")) {
                masterName = r.attributes().value(QStringLiteral("style:name")).toString();
                masterLayout =
                    r.attributes().value(QStringLiteral("style:page-layout-name")).toString();
            }
            if (r.name() == QLatin1String("footer"))
                inFooter = r.isStartElement();
            if (r.isStartElement() && inFooter && r.name() == QLatin1String("page-number"))
                pageNumberInFooter = true;
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(props.value(QStringLiteral("fo:page-width")), QStringLiteral("210mm"));
        QCOMPARE(props.value(QStringLiteral("fo:page-height")), QStringLiteral("297mm"));
        QCOMPARE(props.value(QStringLiteral("fo:margin-top")), QStringLiteral("37mm"));
        QCOMPARE(props.value(QStringLiteral("fo:margin-left")), QStringLiteral("28mm"));
        QCOMPARE(props.value(QStringLiteral("fo:margin-right")), QStringLiteral("26mm"));
        QCOMPARE(props.value(QStringLiteral("fo:margin-bottom")), QStringLiteral("35mm"));
        QVERIFY(!layoutName.isEmpty());
        QCOMPARE(masterName, QStringLiteral("Standard"));
        QCOMPARE(masterLayout, layoutName);
        QVERIFY(pageNumberInFooter);
        // The manifest names styles.xml.
        QVERIFY(unzipped(file, QStringLiteral("META-INF/manifest.xml"))
                    .contains("manifest:full-path=\"styles.xml\""));
    }

    void signinOdtAndHtml()
    {
        auto doc = SigninDocument::build(m_sheet);
        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        QTextDocument parsed;
        parsed.setHtml(QString::fromUtf8(*html));
        for (const QString& name : ledger_book_fixture::heldOrder())
            QVERIFY(parsed.toPlainText().contains(name));
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        const QString file = m_dir.filePath(QStringLiteral("signin.odt"));
        QVERIFY(pdftext::writeFile(file, *odt));
        const QString text = xmlText(unzipped(file, QStringLiteral("content.xml")));
        if (text.isEmpty())
            QSKIP("unzip is not installed: the package is not read");
        QVERIFY(text.contains(QStringLiteral("列席")));
        QVERIFY(unzipped(file, QStringLiteral("styles.xml")).contains("fo:margin-top=\"37mm\""));
    }

    // SL_LEDGER_SHEET_IMAGES=DIR writes the pages of a sign-in sheet of 45 members and of the
    // session record as PNG at 60 dpi (docs/images: signin-N.png, session-record-N.png).
    void pageImagesForTheDocs()
    {
        const QString dir = qEnvironmentVariable("SL_LEDGER_SHEET_IMAGES");
        if (dir.isEmpty())
            QSKIP("set SL_LEDGER_SHEET_IMAGES=DIR to write the page images");
        QVERIFY(QDir().mkpath(dir));
        SigninSheet sheet = bigSheet(45);
        sheet.rows[3].note = QStringLiteral("请假：公务出差");
        const std::pair<QString, QString> docs[] = {
            {writePdf(*SigninDocument::build(sheet), QStringLiteral("signin-img.pdf")),
             QStringLiteral("signin")},
            {writePdf(*StudyRecordDocument::build(m_record), QStringLiteral("record-img.pdf")),
             QStringLiteral("session-record")}};
        for (const auto& [pdf, name] : docs) {
            QVERIFY(!pdf.isEmpty());
            pdftext::run(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf,
                          QDir(dir).filePath(name)});
            QVERIFY(QFile::exists(QDir(dir).filePath(name + QStringLiteral("-1.png"))));
        }
    }
};

QTEST_MAIN(TestLedgerSheets)
#include "TestLedgerSheets.moc"
