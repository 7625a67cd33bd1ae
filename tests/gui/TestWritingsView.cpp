#include "gui/DemoGuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PeriodFilterCombo.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/UiLanguage.h"
#include "gui/writings/WritingDialog.h"
#include "gui/writings/WritingTableModel.h"
#include "gui/writings/WritingsView.h"

#include "services/WritingService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace sl;

class TestWritingsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_fixture;
    Member m_member;

    Ledger& ledger() { return *m_fixture->ledger; }

    int rowOf(const WritingsView& view, const QString& title) const
    {
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            if (view.model()->writingAt(r)->title == title)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_fixture->built);
        m_member = m_fixture->firstMember();
    }

    void init() { ledger().setActor(Actor()); }

    void listsTheWritingsOfThePeriod()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member.id));
        WritingsView view(ledger(), roster, context);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto year =
            WritingService(ledger()).list(m_member.id, Date(2026, 1, 1), Date(2026, 12, 31));
        QVERIFY(year.ok());
        QCOMPARE(view.model()->rowCount(), int(year->size()));
        QVERIFY2(view.summaryText().startsWith(QStringLiteral("本年共 %1 篇").arg(year->size())),
                 qPrintable(view.summaryText()));
        QCOMPARE(view.model()->headerData(WritingTableModel::Award, Qt::Horizontal).toString(),
                 QStringLiteral("评选结果"));
        view.periodFilter()->setChoice(PeriodFilterCombo::All);
        QVERIFY(view.model()->rowCount() >= int(year->size()));
        for (int r = 1; r < view.model()->rowCount(); ++r)
            QVERIFY(view.model()->writingAt(r - 1)->date >= view.model()->writingAt(r)->date);
    }

    void addsAndDeletesAWriting()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member.id));
        WritingsView view(ledger(), roster, context);
        const int before = view.model()->rowCount();
        std::unique_ptr<WritingDialog> dialog(view.createDialog(0));
        QVERIFY(dialog);
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findText(QStringLiteral("调研报告")));
        commitText(dialog->titleEdit(), QStringLiteral("关于老旧小区改造的调研报告"));
        dialog->lengthEdit()->setText(QStringLiteral("6800"));
        emit dialog->lengthEdit()->textEdited(dialog->lengthEdit()->text());
        commitText(dialog->publishedEdit(), QStringLiteral("街道工委调研成果汇编"));
        dialog->save();
        QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(MessageBoxes::lastText()));
        view.reload();
        QCOMPARE(view.model()->rowCount(), before + 1);
        const int row = rowOf(view, QStringLiteral("关于老旧小区改造的调研报告"));
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->index(row, WritingTableModel::Length).data().toInt(), 6800);
        QCOMPARE(view.model()->index(row, WritingTableModel::Kind).data().toString(),
                 QStringLiteral("调研报告"));
        view.table()->goToRow(row);
        QVERIFY2(view.previewText().contains(QStringLiteral("街道工委调研成果汇编")),
                 qPrintable(view.previewText()));
        QVERIFY(view.previewText().contains(QStringLiteral("只登记了字数")));

        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->goToRow(row);
        view.table()->setFocus();
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::keyClick(view.table(), Qt::Key_Delete);
        QCOMPARE(view.model()->rowCount(), before + 1);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view.table(), Qt::Key_Delete);
        QCOMPARE(view.model()->rowCount(), before);
        QCOMPARE(rowOf(view, QStringLiteral("关于老旧小区改造的调研报告")), -1);
    }

    void aLeaderOnlyReads()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Leader));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        QVERIFY(context.setMemberId(m_member.id));
        WritingsView view(ledger(), roster, context);
        QVERIFY(view.model()->rowCount() > 0);
        const QList<QAction*> actions = view.editActions();
        QVERIFY(!actions.at(0)->isEnabled()); // new
        QVERIFY(!actions.at(2)->isEnabled()); // delete
    }

    void aMemberKeepsTheirOwnWritings()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, m_member.id));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        WritingsView view(ledger(), roster, context);
        QCOMPARE(context.memberId(), m_member.id);
        QVERIFY(view.editActions().at(0)->isEnabled());
        std::unique_ptr<WritingDialog> dialog(view.createDialog(view.model()->writingAt(0)->id));
        QVERIFY(dialog);
        QVERIFY(!dialog->awardCombo()->isEnabled());
    }
};

QTEST_MAIN(TestWritingsView)
#include "TestWritingsView.moc"
