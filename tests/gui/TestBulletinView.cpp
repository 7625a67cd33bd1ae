#include "DemoGuiFixture.h"

#include "gui/bulletin/BulletinPreview.h"
#include "gui/bulletin/BulletinPreviewRender.h"
#include "gui/bulletin/BulletinSettingsDialog.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/bulletin/IssueBulletinDialog.h"
#include "gui/bulletin/IssuedBulletinModel.h"
#include "gui/common/EmptyState.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ScopePeriodBar.h"

#include "report/DocumentWriter.h"
#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"

#include "ui_BulletinSettingsDialog.h"
#include "ui_IssueBulletinDialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace sl;

// The 学习通报 area on the demo committee's ledger (2026): the draft is read and previewed off
// the GUI thread, the prose typed shows in the document, the settings change undoably, and an
// issued bulletin is numbered and reprints byte for byte after the records change.
class TestBulletinView : public QObject
{
    Q_OBJECT

    DemoGuiFixture m_demo;
    std::unique_ptr<RosterService> m_roster;
    QTemporaryDir m_dir;
    qint64 m_root = 0;

    std::unique_ptr<BulletinView> openView(int periodIndex = 0)
    {
        auto view = std::make_unique<BulletinView>(*m_demo.ledger, *m_roster);
        view->resize(1280, 720);
        if (!view->scopeBar()->setScope(ScopeRef::organisation(m_root)))
            return nullptr;
        view->scopeBar()->setYear(2026);
        view->scopeBar()->setPeriodIndex(periodIndex);
        view->show();
        return view;
    }

    static bool waitIdle(BulletinView& view)
    {
        return QTest::qWaitFor([&view] { return !view.isBusy() && view.document(); }, 60000);
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.built);
        QSettings().remove(QStringLiteral("bulletin"));
        m_roster = std::make_unique<RosterService>(*m_demo.ledger);
        auto orgs = m_roster->organisations();
        QVERIFY(orgs.ok());
        for (const Organisation& o : *orgs) {
            if (o.parentId == 0)
                m_root = o.id;
        }
        QVERIFY(m_root != 0);
        MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    }

    void theDraftIsReadAndPreviewed()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(waitIdle(*view));
        QVERIFY(view->draft() != nullptr);
        QCOMPARE(view->draft()->period, Period::year(2026));
        QVERIFY(view->draft()->figures.sessions.total > 0);
        const QString text = view->document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("关于2026年度")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("特此通报")));
        // The letter and the attachment: at least two sheets, shown as images of A4.
        BulletinPreview* preview = view->preview();
        QVERIFY(preview->pageCount() >= 2);
        QVERIFY(preview->shownPages() >= 2);
        const QImage& first = preview->pages().front();
        QVERIFY(qAbs(double(first.height()) / first.width() - 297.0 / 210.0) < 0.01);
        QVERIFY(preview->captionText().contains(QString::number(preview->pageCount())));
        QVERIFY(view->issueButton()->isEnabled());
        // Nothing issued yet: the list says how a bulletin gets there.
        QCOMPARE(view->issuedModel()->rowCount(), 0);
        const QString empty = EmptyState::of(view->issuedTable())->shownText();
        QVERIFY2(empty.contains(QStringLiteral("Issue")) || empty.contains(QStringLiteral("签发")),
                 qPrintable(empty));
    }

    // The preview lays the document out once and paints the first screen's sheets before it
    // shows; the sheets below stay blank until they are scrolled to, and are then the pages
    // as the document prints (those DocumentWriter paints for it, pixel for pixel).
    void sheetsArePaintedAsTheyAreScrolledTo()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(waitIdle(*view));
        QCoreApplication::processEvents();
        BulletinPreview* preview = view->preview();
        const int shown = preview->shownPages();
        QVERIFY2(shown > BulletinPreviewRender::paintedAhead + 1,
                 qPrintable(QString::number(shown)));
        QCOMPARE(shown, std::min(preview->pageCount(), BulletinPreviewRender::previewPages));
        QVERIFY(!preview->pages().front().isNull());
        QVERIFY(preview->pages().back().isNull());
        QVERIFY(preview->paintedPages() < shown);
        const auto printed = DocumentWriter::pageImages(
            *view->document(), BulletinPreviewRender::previewDpi, nullptr, shown);
        QCOMPARE(int(printed.images.size()), shown);
        QVERIFY(preview->pages().front() == printed.images.front());

        QScrollBar* scroll = preview->verticalScrollBar();
        QVERIFY(QTest::qWaitFor([scroll] { return scroll->maximum() > 0; }, 5000));
        scroll->setValue(scroll->maximum());
        QVERIFY(!preview->pages().back().isNull());
        QVERIFY(preview->pages().back() == printed.images.back());
        QVERIFY(preview->paintedPages() < shown); // the middle was scrolled past, not seen
        scroll->setValue(0);
        for (int page = 0; page < shown; ++page) {
            scroll->setValue(scroll->maximum() * page / std::max(1, shown - 1));
            QVERIFY2(!preview->pages()[size_t(page)].isNull(), qPrintable(QString::number(page)));
            QVERIFY(preview->pages()[size_t(page)] == printed.images[size_t(page)]);
        }
        QCOMPARE(preview->paintedPages(), shown);
    }

    void typedProseShowsInThePreviewAndIsKept()
    {
        const QString paragraph = QStringLiteral("支部坚持“第一议题”制度，学用结合见实效。");
        {
            auto view = openView();
            QVERIFY(waitIdle(*view));
            QSignalSpy rendered(view.get(), &BulletinView::rendered);
            commitText(view->practicesEdit(), paragraph);
            QVERIFY(view->isBusy()); // the preview waits for the typing to pause
            QVERIFY(rendered.wait(30000));
            QVERIFY(waitIdle(*view));
            QVERIFY(view->document()->toPlainText().contains(paragraph));
        }
        // Closing the view loses nothing: the draft of this scope and period comes back.
        auto again = openView();
        QVERIFY(waitIdle(*again));
        QCOMPARE(again->practicesEdit()->toPlainText(), paragraph);
        QVERIFY(again->document()->toPlainText().contains(paragraph));
        // Another period has its own draft.
        again->scopeBar()->setPeriodIndex(3); // Q1
        QTRY_VERIFY_WITH_TIMEOUT(
            again->draft() && again->draft()->period == Period::quarter(2026, 1), 30000);
        QVERIFY(waitIdle(*again));
        QVERIFY(again->practicesEdit()->toPlainText().isEmpty());
    }

    void settingsDialogChecksAsYouType()
    {
        BulletinSettings s;
        s.orgId = m_root;
        s.organName = QStringLiteral("中共示范县委");
        s.numberPrefix = QStringLiteral("县学通");
        BulletinSettingsDialog dialog(s, QStringLiteral("示范县委"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.form().prefixLineEdit->setText(QStringLiteral("县 学通"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Number prefix")));
        dialog.form().prefixLineEdit->setText(QStringLiteral("县学通"));
        dialog.form().organLineEdit->clear();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Organ mark")));
        dialog.form().organLineEdit->setText(QStringLiteral("中共示范县委组织部"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.settings().organName, QStringLiteral("中共示范县委组织部"));
    }

    void settingsChangeUndoably()
    {
        auto view = openView();
        QVERIFY(waitIdle(*view));
        BulletinService service(*m_demo.ledger);
        auto before = service.settings(m_root);
        QVERIFY(before.ok());
        BulletinSettings after = *before;
        after.organName = QStringLiteral("中共示范委员会");
        after.numberPrefix = QStringLiteral("示学通");
        after.namesInProblems = true;
        QVERIFY(view->changeSettings(after));
        QCOMPARE(service.settings(m_root)->numberPrefix, QStringLiteral("示学通"));
        // The preview follows the ledger: the red mark reads the new organ.
        QTRY_VERIFY_WITH_TIMEOUT(view->document() && view->document()->toPlainText().contains(
                                                         QStringLiteral("中共示范委员会")),
                                 30000);
        view->undoStack()->undo();
        QCOMPARE(service.settings(m_root)->numberPrefix, before->numberPrefix);
        QCOMPARE(service.settings(m_root)->namesInProblems, before->namesInProblems);
        view->undoStack()->redo();
        QCOMPARE(service.settings(m_root)->numberPrefix, QStringLiteral("示学通"));
    }

    void issuedBulletinsReprintUnchanged()
    {
        auto view = openView();
        QVERIFY(waitIdle(*view));
        QAbstractItemModelTester tester(view->issuedModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = view->issuedModel()->rowCount();
        QVERIFY(view->issueOn(Date(2026, 12, 31)));
        QCOMPARE(view->issuedModel()->rowCount(), before + 1);
        const IssuedBulletin* issued = view->issuedModel()->bulletinAt(0);
        QVERIFY(issued);
        QVERIFY2(issued->number.endsWith(QStringLiteral("〔2026〕%1号").arg(before + 1)),
                 qPrintable(issued->number));
        QVERIFY(issued->title.startsWith(QStringLiteral("关于2026年度")));

        const QString first = m_dir.filePath(QStringLiteral("first.pdf"));
        QVERIFY(view->saveIssued(0, first));
        const QByteArray bytes = read(first);
        QVERIFY(bytes.startsWith("%PDF-"));

        // The records change: the draft follows them, the issued bulletin does not.
        SelfStudyEntry entry;
        entry.memberId = m_demo.firstMember().id;
        entry.date = Date(2026, 6, 1);
        entry.minutes = 600;
        entry.material = QStringLiteral("《习近平谈治国理政》第四卷");
        QVERIFY(SelfStudyService(*m_demo.ledger).log(entry).ok());
        const qint64 minutes = view->draft()->figures.selfStudyMinutes;
        QTRY_VERIFY_WITH_TIMEOUT(
            view->draft() && view->draft()->figures.selfStudyMinutes == minutes + 600, 30000);
        QVERIFY(waitIdle(*view));
        const QString second = m_dir.filePath(QStringLiteral("second.pdf"));
        QVERIFY(view->saveIssued(0, second));
        QCOMPARE(read(second), bytes);
    }

    void theIssuedPdfIsNeverWrittenOntoTheLedger()
    {
        auto view = openView();
        QVERIFY(waitIdle(*view));
        QVERIFY(view->issuedModel()->rowCount() > 0);
        const QString ledgerPath = m_demo.ledger->path();
        const QByteArray head = read(ledgerPath).left(16);
        QVERIFY(!view->saveIssued(0, ledgerPath));
        QCOMPARE(read(ledgerPath).left(16), head);
        QVERIFY(!MessageBoxes::lastText().isEmpty());
    }

    void issueDialogNamesTheNumberAndRefusesEarlyDates()
    {
        IssueBulletinDialog dialog(
            QStringLiteral("关于2026年度学习情况的通报"), Period::year(2026), Date(2026, 12, 5),
            [](int year) { return QStringLiteral("X学通〔%1〕7号").arg(year); });
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.numberText(), QStringLiteral("X学通〔2026〕7号"));
        QCOMPARE(dialog.issuedOn(), Date(2026, 12, 5));
        dialog.form().dateField->setDate(Date(2025, 12, 31));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Date of issue")));
        dialog.form().dateField->setDate(Date(2027, 1, 8));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.numberText(), QStringLiteral("X学通〔2027〕7号"));
    }
};

QTEST_MAIN(TestBulletinView)
#include "TestBulletinView.moc"
