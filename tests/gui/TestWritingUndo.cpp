#include "gui/DemoGuiFixture.h"
#include "support/RecordsFixture.h"
#include "support/TempLedger.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/writings/WritingDialog.h"
#include "gui/writings/WritingTableModel.h"
#include "gui/writings/WritingsView.h"

#include "services/Clock.h"
#include "services/WritingService.h"
#include "storage/AuditRepository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace sl;

// 心得与调研 (issue 14 item 4): adding, editing and deleting a writing are undone and redone on
// the area's stack, each read back through the service; a deleted writing comes back with its
// text and its appraisal result, and every undo is audited.
class TestWritingUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_member = 0;

    Ledger& ledger() { return **m_ledger; }

    std::optional<Writing> byTitle(const QString& title)
    {
        auto list = WritingService(ledger()).list(m_member);
        if (!list)
            return std::nullopt;
        for (const Writing& w : *list) {
            if (w.title == title)
                return w;
        }
        return std::nullopt;
    }

    qint64 auditRows() { return AuditRepository(ledger().db()).count().value(); }

    // A writing through the dialog of the view, as Save in it does; the view registers the step.
    qint64 saveThroughDialog(WritingsView& view, qint64 id, const QString& title,
                             const QString& text)
    {
        std::unique_ptr<WritingDialog> dialog(view.createDialog(id));
        if (!dialog)
            return 0;
        const std::optional<Writing> before =
            id != 0 ? std::optional<Writing>(dialog->original()) : std::nullopt;
        dialog->titleEdit()->setText(title);
        dialog->textEdit()->setPlainText(text);
        dialog->save();
        if (dialog->result() != QDialog::Accepted)
            return 0;
        view.pushSaved(before, dialog->savedId());
        return dialog->savedId();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        Clock::setToday(Date(2026, 6, 30));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(records_fixture::buildRoster(ledger()));
        m_member = records_fixture::memberId(ledger(), "M001");
        QVERIFY(m_member != 0);
    }

    void init() { ledger().setActor(Actor()); }

    void addAndEditAreUndoneAndRedone()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member));
        WritingsView view(ledger(), roster, context);
        QUndoStack* undo = view.undoStack();

        const qint64 id = saveThroughDialog(view, 0, QStringLiteral("学习二十大精神心得"),
                                            QStringLiteral("第一段。\n第二段。"));
        QVERIFY2(id != 0, qPrintable(MessageBoxes::lastText()));
        QCOMPARE(undo->count(), 1);
        QVERIFY(byTitle(QStringLiteral("学习二十大精神心得")));
        const qint64 audited = auditRows();
        undo->undo();
        QVERIFY(!byTitle(QStringLiteral("学习二十大精神心得")));
        QCOMPARE(auditRows(), audited + 1); // the undo is itself an audited removal
        undo->redo();
        QVERIFY(byTitle(QStringLiteral("学习二十大精神心得")));
        QCOMPARE(byTitle(QStringLiteral("学习二十大精神心得"))->text,
                 QStringLiteral("第一段。\n第二段。"));

        // Edit the writing as re-registered by the redo (its id now, found through the aliases).
        const qint64 now = byTitle(QStringLiteral("学习二十大精神心得"))->id;
        QVERIFY(saveThroughDialog(view, now, QStringLiteral("学习二十大精神的体会"),
                                  QStringLiteral("改写后的正文。")) != 0);
        QCOMPARE(undo->count(), 2);
        QVERIFY(!byTitle(QStringLiteral("学习二十大精神心得")));
        undo->undo();
        QVERIFY(!byTitle(QStringLiteral("学习二十大精神的体会")));
        QCOMPARE(byTitle(QStringLiteral("学习二十大精神心得"))->text,
                 QStringLiteral("第一段。\n第二段。"));
        undo->redo();
        QCOMPARE(byTitle(QStringLiteral("学习二十大精神的体会"))->text,
                 QStringLiteral("改写后的正文。"));
        // All the way back: the edit, then the addition.
        undo->undo();
        undo->undo();
        QVERIFY(!byTitle(QStringLiteral("学习二十大精神心得")));
        QVERIFY(!byTitle(QStringLiteral("学习二十大精神的体会")));
        QTRY_COMPARE(view.model()->rowCount(), 0);
    }

    void aDeletedWritingComesBackWithItsTextAndAppraisal()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member));
        WritingsView view(ledger(), roster, context);
        WritingService service(ledger());
        Writing w = WritingService::draft(m_member);
        w.kind = WritingKind::Report;
        w.title = QStringLiteral("关于社区治理的调研报告");
        w.text = QStringLiteral("调研正文。");
        w.published = QStringLiteral("街道简报");
        w.award = Award::Excellent;
        auto saved = service.save(w);
        QVERIFY(saved.ok());
        const Writing stored = *byTitle(w.title);
        QCOMPARE(stored.award, std::optional<Award>(Award::Excellent));

        QVERIFY(view.removeWriting(*saved));
        QVERIFY(!byTitle(w.title));
        view.undoStack()->undo();
        const std::optional<Writing> back = byTitle(w.title);
        QVERIFY(back);
        QCOMPARE(back->text, stored.text);
        QCOMPARE(back->published, stored.published);
        QCOMPARE(back->kind, WritingKind::Report);
        QCOMPARE(back->award, std::optional<Award>(Award::Excellent));
        view.undoStack()->redo();
        QVERIFY(!byTitle(w.title));
        view.undoStack()->undo();
        QVERIFY(byTitle(w.title));
    }

    void aMemberGetsBackOnlyTheAppraisalTheyRemoved()
    {
        // A secretary's appraisal on the member's writing.
        WritingService admin(ledger());
        Writing w = WritingService::draft(m_member);
        w.title = QStringLiteral("党课心得");
        w.text = QStringLiteral("心得正文。");
        w.award = Award::Second;
        QVERIFY(admin.save(w).ok());
        const qint64 id = byTitle(w.title)->id;

        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, m_member));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        WritingsView view(ledger(), roster, context);
        QCOMPARE(context.memberId(), m_member);
        QVERIFY(view.removeWriting(id));
        QVERIFY(!byTitle(w.title));
        view.undoStack()->undo(); // the member removed it: it comes back appraised
        QCOMPARE(byTitle(w.title)->award, std::optional<Award>(Award::Second));

        // An appraisal the member did not remove is not restored by them (a forged restore).
        Writing forged = *byTitle(w.title);
        forged.title = QStringLiteral("另一篇心得");
        auto refused = WritingService(ledger()).restore(forged);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("award"));
        QVERIFY(!byTitle(QStringLiteral("另一篇心得")));
    }
};

QTEST_MAIN(TestWritingUndo)
#include "TestWritingUndo.moc"
