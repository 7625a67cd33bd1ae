#include "gui/DemoGuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/writings/WritingDialog.h"

#include "services/WritingService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace sl;

class TestWritingDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_fixture;
    Member m_member;

    Ledger& ledger() { return *m_fixture->ledger; }

    Writing draft() const { return WritingService::draft(m_member.id); }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        m_fixture = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_fixture->built);
        m_member = m_fixture->member(QStringLiteral("M0000005"));
        QVERIFY(m_member.id != 0);
    }

    void init()
    {
        ledger().setActor(Actor());
        // No modal box may block the test; those that matter are answered explicitly.
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void aMemberCannotAppraise()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, m_member.id));
        WritingService service(ledger());
        WritingDialog dialog(service, draft());
        QVERIFY(!dialog.awardCombo()->isEnabled());
        QVERIFY(dialog.awardCombo()->toolTip().contains(QStringLiteral("评选结果")));

        // The member registers their own writing; it has no appraisal result.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        commitText(dialog.titleEdit(), QStringLiteral("学习二十大精神的几点体会"));
        commitText(dialog.textEdit(), QStringLiteral("一　二😀"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.save();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(MessageBoxes::lastText()));
        auto saved = service.writing(dialog.savedId());
        QVERIFY(saved && *saved);
        QCOMPARE((*saved)->title, QStringLiteral("学习二十大精神的几点体会"));
        QVERIFY(!(*saved)->award);
    }

    void aSecretaryAppraises()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Secretary));
        WritingService service(ledger());
        QVERIFY(service.mayAppraise());
        auto list = service.list(m_member.id);
        QVERIFY(list && !list->empty());
        const Writing w = list->front();
        WritingDialog dialog(service, w);
        QVERIFY(dialog.awardCombo()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled()); // unchanged
        dialog.awardCombo()->setCurrentIndex(
            dialog.awardCombo()->findText(QStringLiteral("二等奖")));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.save();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(MessageBoxes::lastText()));
        auto saved = service.writing(w.id);
        QVERIFY(saved && *saved);
        QCOMPARE((*saved)->award, std::optional<Award>(Award::Second));
        // Single-user mode may appraise too.
        ledger().setActor(Actor());
        WritingDialog single(service, w);
        QVERIFY(single.awardCombo()->isEnabled());
    }

    void countsTheTextLive()
    {
        WritingService service(ledger());
        WritingDialog dialog(service, draft());
        QCOMPARE(dialog.textCount()->text(), QStringLiteral("正文 0 字"));
        QVERIFY(dialog.lengthEdit()->isEnabled()); // no text: the length is typed
        commitText(dialog.textEdit(), QStringLiteral("一　二😀"));
        QCOMPARE(dialog.textCount()->count(), 3);
        QCOMPARE(dialog.textCount()->text(), QStringLiteral("正文 3 字"));
        QVERIFY(!dialog.lengthEdit()->isEnabled());
        QCOMPARE(dialog.lengthEdit()->text(), QStringLiteral("3"));
        QVERIFY(!dialog.writing().chars); // counted from the text
        dialog.textEdit()->clear();
        QVERIFY(dialog.lengthEdit()->isEnabled());
        dialog.lengthEdit()->setText(QStringLiteral("3600"));
        QCOMPARE(dialog.writing().chars, std::optional<int>(3600));
    }

    void validatesAsYouTypeNamingTheField()
    {
        WritingService service(ledger());
        WritingDialog dialog(service, draft());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText(QStringLiteral("title")).isEmpty()); // nothing typed yet
        commitText(dialog.titleEdit(), QStringLiteral("调研"));
        dialog.titleEdit()->clear();
        QCOMPARE(dialog.errorText(QStringLiteral("title")), QStringLiteral("标题：不能为空"));
        commitText(dialog.titleEdit(), QStringLiteral("关于社区治理的调研报告"));
        QCOMPARE(dialog.errorText(QStringLiteral("title")), QString());
        dialog.dateField()->lineEdit()->setText(QStringLiteral("2026-12-01"));
        QVERIFY(
            dialog.errorText(QStringLiteral("date")).startsWith(QStringLiteral("日期：晚于今天")));
        dialog.dateField()->lineEdit()->setText(QStringLiteral("2026-06-01"));
        // Neither text nor length: not yet savable.
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.lengthEdit()->setText(QStringLiteral("5200"));
        emit dialog.lengthEdit()->textEdited(dialog.lengthEdit()->text());
        QVERIFY(dialog.saveButton()->isEnabled());
        // A title the member has already is refused.
        auto list = service.list(m_member.id);
        QVERIFY(list && !list->empty());
        dialog.titleEdit()->setText(list->back().title);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText(QStringLiteral("title"))
                    .startsWith(QStringLiteral("标题：该党员已有")));
    }

    void escapeAsksBeforeDroppingChanges()
    {
        WritingService service(ledger());
        WritingDialog dialog(service, draft());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        commitText(dialog.titleEdit(), QStringLiteral("未完成的文章"));
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestWritingDialog)
#include "TestWritingDialog.moc"
