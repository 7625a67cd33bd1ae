#include "gui/DemoGuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/archive/ArchiveView.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "report/DocumentWriter.h"
#include "services/RosterService.h"

#include <QFile>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextDocument>

using namespace sl;

class TestArchiveView : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_fixture;
    Member m_member;

    Ledger& ledger() { return *m_fixture->ledger; }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_fixture->built);
        m_member = m_fixture->member(QStringLiteral("M0000003"));
        QVERIFY(m_member.id != 0);
    }

    void init() { ledger().setActor(Actor()); }

    void rendersTheArchiveOfTheMember()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member.id));
        ArchiveView view(ledger(), roster, context);
        QVERIFY(!view.document()); // built when shown
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.document());
        const QString text = view.document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("学习档案")));
        QVERIFY(text.contains(m_member.name));
        QVERIFY(text.contains(QStringLiteral("2026年度")));
        QTRY_VERIFY(view.pageCount() > 1);
        QVERIFY(view.messageText().isEmpty());
        // The preview opens at the page's width (a whole page is unreadable at 1280 px).
        const auto* preview = view.findChild<QPrintPreviewWidget*>();
        QVERIFY(preview);
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitToWidth);

        // Another member, another year: built again at once while shown.
        const Member other = m_fixture->member(QStringLiteral("M0000004"));
        QVERIFY(context.setMemberId(other.id));
        QVERIFY(view.document()->toPlainText().contains(other.name));
        view.yearSpin()->setValue(2025);
        QCOMPARE(context.year(), 2025);
        QVERIFY(view.document()->toPlainText().contains(QStringLiteral("2025年度")));
    }

    void exportsPdfOdtAndHtml()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member.id));
        ArchiveView view(ledger(), roster, context);
        view.rebuild();
        const QString dir = m_fixture->ledger.file(QString());
        const QString html = dir + QStringLiteral("archive.html");
        FileDialogs::setNextFileName(html);
        view.exportHtml();
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY(written.contains(m_member.name));
        QVERIFY(written.contains(QStringLiteral("学习档案")));

        const QString pdf = dir + QStringLiteral("archive.pdf");
        FileDialogs::setNextFileName(pdf);
        view.exportPdf();
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString odt = dir + QStringLiteral("archive.odt");
        QVERIFY(view.exportTo(DocumentFormat::Odt, odt));
        QVERIFY(QFileInfo(odt).size() > 1000);

        // An existing file is replaced only when the user agrees; a cancelled dialog writes
        // nothing.
        const QDateTime before = QFileInfo(html).lastModified();
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!view.exportTo(DocumentFormat::Html, html));
        QCOMPARE(QFileInfo(html).lastModified(), before);
        FileDialogs::setNextFileName(QString());
        view.exportOdt();
    }

    void aMemberSeesOnlyTheirOwnArchive()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, m_member.id));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QCOMPARE(context.memberId(), m_member.id);
        QVERIFY(!context.canChooseMember());
        QVERIFY(!context.setMemberId(m_member.id + 1));
        ArchiveView view(ledger(), roster, context);
        view.rebuild();
        QVERIFY(view.document());
        QVERIFY(view.document()->toPlainText().contains(m_member.name));
    }

    void saysWhyThereIsNoArchive()
    {
        TempLedger empty;
        RosterService roster(*empty);
        MemberContext context(*empty, false);
        ArchiveView view(*empty, roster, context);
        view.rebuild();
        QVERIFY(!view.document());
        QCOMPARE(view.messageText(), QStringLiteral("请在上方选择党员，查看其学习档案。"));
    }
};

QTEST_MAIN(TestArchiveView)
#include "TestArchiveView.moc"
