#include "PdfText.h"
#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "demo/DemoBuilder.h"
#include "report/ArchiveDocument.h"
#include "report/DocumentWriter.h"
#include "services/ArchiveService.h"
#include "services/AssessmentService.h"
#include "services/RosterService.h"

#include <QTest>
#include <QTextDocument>

using namespace sl;

class TestArchiveDocument : public QObject
{
    Q_OBJECT

    TempLedger m_worked;
    WorkedExample m_w;
    TempLedger m_demo;
    MemberArchive m_demoArchive;

    static const char* why(const Error& e) { return qPrintable(e.text()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_worked.isOpen() && m_demo.isOpen());
        FigureFixture fx(m_worked->db());
        m_w = WorkedExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        DemoOptions options;
        options.seed = 11;
        options.members = 24;
        options.year = 2025;
        auto built = buildDemo(*m_demo, options);
        QVERIFY2(built.ok(), built.ok() ? "" : why(built.error()));
        // A member of the first group, with sessions and an assessment.
        auto groups = RosterService(*m_demo).groups();
        QVERIFY(groups.ok() && !groups->empty());
        auto assessed = AssessmentService(*m_demo).assessGroup(groups->front().id, 2025);
        QVERIFY(assessed.ok() && !assessed->rows.empty());
        auto archive =
            ArchiveService(*m_demo).archive(assessed->rows.front().figures.memberId, 2025);
        QVERIFY2(archive.ok(), archive.ok() ? "" : why(archive.error()));
        m_demoArchive = *archive;
        QVERIFY(!m_demoArchive.sessions.empty());
        QVERIFY(!m_demoArchive.assessments.empty());
    }

    void contentOfTheWorkedExample()
    {
        auto archive = ArchiveService(*m_worked).archive(m_w.a, 2026);
        QVERIFY(archive.ok());
        auto doc = ArchiveDocument::build(*archive, Date(2026, 12, 31));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("王小明同志2026年度学习档案"));
        const QString text = doc->toPlainText();
        const QStringList expected = {
            QStringLiteral("学习档案"),
            QStringLiteral("2026年度"),
            QStringLiteral("王小明"),
            QStringLiteral("M001"),
            QStringLiteral("机关第一党支部"),
            QStringLiteral("一、学习组与职务"),
            QStringLiteral("机关第一支部学习组"),
            QStringLiteral("组长"),
            QStringLiteral("二、集体学习（出勤与补学）"),
            QStringLiteral("全年应参加集体学习10次，出席7次、迟到1次、早退0次、请假1次、缺席1次；"
                           "参加集体学习共20.0学时。因请假、缺席应补学2次，已补学1次，"
                           "尚有1次未补学。"),
            QStringLiteral("学习门户网站日常工作规范"),
            QStringLiteral("9月15日已补学"),
            QStringLiteral("未补学"),
            QStringLiteral("三、交流发言"),
            QStringLiteral("关于改进作风的几点体会"),
            QStringLiteral("四、个人自学（含笔记）"),
            QStringLiteral("全年个人自学2次，共10.0学时；撰写学习笔记4500字。"),
            QStringLiteral("《中国共产党章程》"),
            QStringLiteral("五、心得与调研"),
            QStringLiteral("学习心得1"),
            QStringLiteral("六、学习考核"),
            QStringLiteral("全年学时合计30.0学时（集体学习20.0学时、个人自学10.0学时），年度目标"
                           "32学时"),
            QStringLiteral("得分78.7分，等次为合格，在4名被考核成员中排名第2。"),
            QStringLiteral("23.44"),
            QStringLiteral("2026年12月31日"),
        };
        for (const QString& s : expected)
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("不适用")));
    }

    void emptyYearSaysSo()
    {
        auto archive = ArchiveService(*m_worked).archive(m_w.o, 2030);
        QVERIFY(archive.ok());
        const QString text = ArchiveDocument::build(*archive)->toPlainText();
        QVERIFY(text.contains(QStringLiteral("本年度无集体学习考勤记录。")));
        QVERIFY(text.contains(QStringLiteral("本年度无学习组考核结果。")));
        QVERIFY(!text.contains(QStringLiteral("2030年12月31日")));
    }

    void demoMemberPdfGivesTheChineseBack()
    {
        const MemberArchive& a = m_demoArchive;
        auto doc = ArchiveDocument::build(a, Date(2025, 12, 31));
        auto pdf = DocumentWriter::render(*doc, DocumentFormat::Pdf);
        QVERIFY(pdf.ok());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("archive.pdf"));
        QVERIFY(pdftext::writeFile(file, *pdf));
        const QString text = pdftext::text(file);
        QVERIFY2(!text.isNull(), "pdftotext (poppler-utils) is needed");
        // No ideograph came back as a Kangxi radical.
        QCOMPARE(pdftext::radicals(text), QString());
        const QString flat = pdftext::squeezed(text);
        QStringList expected = {
            a.member.name,
            QStringLiteral("学习档案"),
            QStringLiteral("2025年度"),
            QStringLiteral("一、学习组与职务"),
            QStringLiteral("二、集体学习（出勤与补学）"),
            QStringLiteral("三、交流发言"),
            QStringLiteral("四、个人自学（含笔记）"),
            QStringLiteral("五、心得与调研"),
            QStringLiteral("六、学习考核"),
            a.orgName,
            a.sessions.front().topic,
            a.sessions.back().topic,
            a.assessments.front().groupName,
            QStringLiteral("参加集体学习共%1学时")
                .arg(QString::number(a.totals.collectiveMinutes / 60.0, 'f', 1)),
            QStringLiteral("2025年12月31日")};
        if (!a.writings.empty())
            expected << a.writings.front().title;
        if (!a.selfStudy.empty())
            expected << a.selfStudy.front().entry.material;
        for (const QString& s : expected)
            QVERIFY2(flat.contains(pdftext::squeezed(s)), qPrintable(s));
        QVERIFY(text.contains(QStringLiteral("— 1 —")));
    }

    void demoMemberOdtAndHtml()
    {
        auto doc = ArchiveDocument::build(m_demoArchive);
        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        const QString text = QString::fromUtf8(*html);
        QVERIFY(text.contains(m_demoArchive.member.name));
        QVERIFY(text.contains(QStringLiteral("六、学习考核")));
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        QVERIFY(odt->startsWith("PK"));
        QVERIFY(odt->size() > 1000);
    }

    // A name that closes the title and opens a script is text in the HTML, not markup: the
    // output holds no <script> element, and an HTML parser reads the title back whole.
    void htmlEscapesTheTitle()
    {
        MemberArchive hostile = m_demoArchive;
        hostile.member.name = QStringLiteral("</title><script>alert(1)</script>&amp;");
        auto doc = ArchiveDocument::build(hostile);
        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        const QString text = QString::fromUtf8(*html);
        QVERIFY2(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive), html->left(600));
        QCOMPARE(text.count(QStringLiteral("<title>")), 1);
        QCOMPARE(text.count(QStringLiteral("</title>")), 1);

        QTextDocument parsed;
        parsed.setHtml(text);
        QCOMPARE(parsed.metaInformation(QTextDocument::DocumentTitle),
                 ArchiveDocument::title(hostile));
        QVERIFY(parsed.toPlainText().contains(hostile.member.name));
        QVERIFY(!parsed.toPlainText().contains(QStringLiteral("&lt;")));
    }

    // A control character from a ledger written before names were checked does not reach the
    // document (in an ODT file it would make the XML unreadable).
    void controlCharactersBecomeReplacementCharacters()
    {
        MemberArchive a = m_demoArchive;
        a.member.name = QStringLiteral("张\x01三\x1b");
        auto doc = ArchiveDocument::build(a);
        const QString plain = doc->toPlainText();
        QVERIFY(!plain.contains(QChar(0x01)));
        QVERIFY(!plain.contains(QChar(0x1b)));
        QVERIFY(plain.contains(QStringLiteral("张") + QChar::ReplacementCharacter +
                               QStringLiteral("三") + QChar::ReplacementCharacter));
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
    }

    // Names are arguments, never part of the pattern: "%1" in a name does not take the year.
    void percentInANameStaysText()
    {
        MemberArchive a = m_demoArchive;
        a.member.name = QStringLiteral("%1%2");
        QCOMPARE(ArchiveDocument::title(a), QStringLiteral("%1%2同志2025年度学习档案"));
        QVERIFY(!a.assessments.empty());
        a.assessments.front().groupName = QStringLiteral("组%3");
        auto doc = ArchiveDocument::build(a);
        const QString plain = doc->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("在组%3（")), qPrintable(plain.right(400)));
    }
};

QTEST_MAIN(TestArchiveDocument)
#include "TestArchiveDocument.moc"
