#include "AssessmentViewFixture.h"
#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "gui/assessment/AdjustmentDialog.h"
#include "gui/assessment/AssessmentDetailPane.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentTableModel.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/common/BusyBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/AssessmentService.h"
#include "services/Clock.h"
#include "services/RosterService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sl;

class TestAssessmentView : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;
    std::unique_ptr<RosterService> m_roster;

    // A view of the worked example's group in 2026, its assessment asked for.
    std::unique_ptr<AssessmentView> openView()
    {
        return openAssessmentView(*m_ledger, *m_roster, ScopeRef::group(m_w.group), 2026);
    }

    static bool settled(AssessmentView& view) { return assessmentSettled(view); }

    static QString cell(AssessmentView& view, const QString& name, int column)
    {
        QAbstractItemModel* m = view.table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, AssessmentTableModel::Name).data().toString() == name)
                return m->index(r, column).data().toString();
        }
        return QStringLiteral("(no row)");
    }

    static QStringList names(AssessmentView& view)
    {
        QStringList out;
        QAbstractItemModel* m = view.table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, AssessmentTableModel::Name).data().toString();
        return out;
    }

    double storedFinal(qint64 member)
    {
        auto a = AssessmentService(*m_ledger).assess(ScopeRef::group(m_w.group), 2026);
        const AssessmentRow* r = a ? a->row(member) : nullptr;
        return r ? r->result.final : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        Clock::setToday(Date(2026, 12, 20));
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        m_roster = std::make_unique<RosterService>(*m_ledger);
    }

    void init() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void showsTheAssessmentWithItsFigures()
    {
        auto view = openView();
        QAbstractItemModelTester tester(view->model());
        QVERIFY(settled(*view));
        // The observer is not assessed; the rows come in rank order.
        QCOMPARE(names(*view), (QStringList{QStringLiteral("李红"), QStringLiteral("王小明"),
                                            QStringLiteral("张伟"), QStringLiteral("刘洋")}));
        QCOMPARE(cell(*view, QStringLiteral("王小明"), AssessmentTableModel::Attendance),
                 QStringLiteral("34.0"));
        QCOMPARE(cell(*view, QStringLiteral("王小明"), AssessmentTableModel::Final),
                 QStringLiteral("78.7"));
        QCOMPARE(cell(*view, QStringLiteral("王小明"), AssessmentTableModel::GradeColumn),
                 QStringLiteral("合格"));
        QCOMPARE(cell(*view, QStringLiteral("张伟"), AssessmentTableModel::Rank),
                 QStringLiteral("2"));
        QCOMPARE(cell(*view, QStringLiteral("李红"), AssessmentTableModel::GradeColumn),
                 QStringLiteral("优秀"));
        QVERIFY(view->table()->isColumnHidden(AssessmentTableModel::PublishedFinal));

        // The detail pane: the records behind the attendance points, the hours and notes.
        QVERIFY(view->selectMember(m_w.a));
        const QString details = view->detailPane()->lines().join(QLatin1Char('\n'));
        QVERIFY2(details.contains(QStringLiteral("34.0 / 40")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("17")), qPrintable(details));   // of 20 points
        QVERIFY2(details.contains(QStringLiteral("20.0")), qPrintable(details)); // collective h
        QVERIFY2(details.contains(QStringLiteral("4,500")) ||
                     details.contains(QStringLiteral("4500")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("23.4 / 25")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("78.7")), qPrintable(details));
        // One 缺席 without make-up: the veto is named (it does not lower a 合格).
        QVERIFY2(details.contains(AssessmentDetailPane::tr("Veto") + QStringLiteral(": ")),
                 qPrintable(details));
        QVERIFY(view->selectMember(m_w.b));
        const QString best = view->detailPane()->lines().join(QLatin1Char('\n'));
        QVERIFY2(best.contains(QStringLiteral("100.0")), qPrintable(best));
        QVERIFY2(!best.contains(AssessmentDetailPane::tr("Veto") + QStringLiteral(": ")),
                 qPrintable(best));
    }

    void sortsNamesInChineseOrder()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        view->table()->sortByColumn(AssessmentTableModel::Name, Qt::AscendingOrder);
        // Pinyin order (li, liu, wang, zhang), not the order of the code points.
        const QStringList expected{QStringLiteral("李红"), QStringLiteral("刘洋"),
                                   QStringLiteral("王小明"), QStringLiteral("张伟")};
        QCOMPARE(names(*view), expected);
        QStringList byCodePoint = expected;
        byCodePoint.sort();
        QVERIFY(byCodePoint != expected);
        view->table()->sortByColumn(AssessmentTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(*view).first(), QStringLiteral("张伟"));
    }

    void filtersAsYouType()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        view->filterEdit()->setText(QStringLiteral("张"));
        QCOMPARE(names(*view), QStringList{QStringLiteral("张伟")});
        view->filterEdit()->setText(QStringLiteral("m00"));
        QCOMPARE(names(*view).size(), 4);
        view->filterEdit()->setText(QStringLiteral("M004"));
        QCOMPARE(names(*view), QStringList{QStringLiteral("刘洋")});
        view->filterEdit()->setText(QStringLiteral("机关第一党支部"));
        QCOMPARE(names(*view).size(), 4);
        view->filterEdit()->clear();
        QCOMPARE(names(*view).size(), 4);
    }

    void cancelKeepsTheTable()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        view->reload();
        QVERIFY(view->isBusy());
        // The busy bar shows with Cancel; Cancel stops the work and hides it.
        QVERIFY(view->busyBar()->isVisibleTo(view.get()));
        QTest::mouseClick(view->busyBar()->cancelButton(), Qt::LeftButton);
        QVERIFY(!view->isBusy());
        QVERIFY(!view->busyBar()->isVisibleTo(view.get()));
        QCOMPARE(names(*view).size(), 4);
        QTest::qWait(50); // the cancelled result is dropped
        QCOMPARE(names(*view).size(), 4);
    }

    void aSupersededAssessmentIsDropped()
    {
        auto view = openView();
        QVERIFY(view->isBusy());
        // Chosen again before the first arrived: only the organisation's shows.
        QVERIFY(view->scopeBar()->setScope(ScopeRef::organisation(m_w.org)));
        QVERIFY(settled(*view));
        QVERIFY(!view->snapshot().current.scope.ref.isGroup());
        QCOMPARE(names(*view).size(), 5);
        QTest::qWait(50);
        QCOMPARE(names(*view).size(), 5);
    }

    void adjustThroughTheDialogThenUndoRedo()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        QVERIFY(view->selectMember(m_w.e));
        std::unique_ptr<AdjustmentDialog> dialog(view->createAdjustmentDialog());
        QVERIFY(dialog);
        // Save stays disabled until the points and the reason are valid; the message names the
        // field.
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->errorText().contains(QCoreApplication::translate(
                     "sl::AdjustmentDialog", "Reason: an adjustment needs a reason")),
                 qPrintable(dialog->errorText()));
        dialog->deltaSpin()->setValue(5);
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->reasonEdit()->setText(QStringLiteral("   "));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->reasonEdit()->setText(QStringLiteral("补交调研报告"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(dialog->errorText().isEmpty());

        // Esc does not drop the typed adjustment silently.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        dialog->reject();
        QVERIFY(MessageBoxes::lastText().contains(AdjustmentDialog::tr("Drop this adjustment?")));
        QCOMPARE(dialog->reason(), QStringLiteral("补交调研报告"));
        QVERIFY(view->adjust(m_w.e, dialog->delta(), dialog->reason()));
        QVERIFY(settled(*view));
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::Final),
                 QStringLiteral("5.0"));
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::Adjustment),
                 QStringLiteral("+5.0"));
        QCOMPARE(storedFinal(m_w.e), 5.0);
        auto stored =
            AssessmentService(*m_ledger).adjustment(ScopeRef::group(m_w.group), m_w.e, 2026);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->reason, QStringLiteral("补交调研报告"));

        // A second adjustment replaces the first; undo restores the first, then none.
        QVERIFY(view->adjust(m_w.e, -0.5, QStringLiteral("更正")));
        QVERIFY(settled(*view));
        QCOMPARE(storedFinal(m_w.e), 0.0);
        view->undoStack()->undo();
        QVERIFY(settled(*view));
        QCOMPARE(storedFinal(m_w.e), 5.0);
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::Final),
                 QStringLiteral("5.0"));
        view->undoStack()->undo();
        QVERIFY(settled(*view));
        QCOMPARE(storedFinal(m_w.e), 0.0);
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::Adjustment), QString());
        stored = AssessmentService(*m_ledger).adjustment(ScopeRef::group(m_w.group), m_w.e, 2026);
        QVERIFY(stored && !stored->has_value());
        view->undoStack()->redo();
        QVERIFY(settled(*view));
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::Final),
                 QStringLiteral("5.0"));
        QCOMPARE(storedFinal(m_w.e), 5.0);
    }

    void exportWritesTheVisibleRows()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        view->table()->sortByColumn(AssessmentTableModel::Name, Qt::AscendingOrder);
        view->filterEdit()->setText(QStringLiteral("张"));
        const QString path = m_ledger.file(QStringLiteral("visible.csv"));
        Status written = view->exportVisibleRows(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one row shown
        QVERIFY2(lines[0].contains(AssessmentTableModel::tr("Final")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("M003,张伟,")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral(",78.7,")), qPrintable(lines[1]));
        // Unfiltered: every row, in the order shown (pinyin).
        view->filterEdit()->clear();
        QVERIFY(view->exportVisibleRows(path).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[1].contains(QStringLiteral("李红")));
        QVERIFY(lines[4].contains(QStringLiteral("张伟")));
        // Never onto the ledger itself.
        QVERIFY(!view->exportVisibleRows(m_ledger.path()).ok());
        QVERIFY(AssessmentService(*m_ledger).assess(ScopeRef::group(m_w.group), 2026).ok());
    }

    void aLeaderOnlyReads()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        QVERIFY(view->selectMember(m_w.a));
        QVERIFY(view->editActions().at(0)->isEnabled()); // Adjust, for the single user
        m_ledger->setActor(Actor{8, AccountRole::Leader, 0, 0});
        auto leaderView = openView();
        settled(*leaderView);
        leaderView->selectMember(m_w.a);
        int checked = 0;
        for (QAction* a : leaderView->editActions()) {
            if (a && (a->text() == AssessmentView::tr("&Adjust Final…") ||
                      a->text() == AssessmentView::tr("&Publish Results…"))) {
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
        m_ledger->setActor(Actor{});
    }

    void anOrganisationHasItsOwnAdjustments()
    {
        auto view = std::make_unique<AssessmentView>(*m_ledger, *m_roster);
        QVERIFY(view->scopeBar()->setScope(ScopeRef::organisation(m_w.org)));
        view->scopeBar()->setYear(2026);
        QVERIFY(settled(*view));
        // Every member of the branch, the group's observer too.
        QCOMPARE(names(*view).size(), 5);
        QVERIFY(names(*view).contains(QStringLiteral("陈静")));
        QCOMPARE(cell(*view, QStringLiteral("陈静"), AssessmentTableModel::Attendance),
                 QStringLiteral("—"));
        QVERIFY(view->adjust(m_w.a, 1, QStringLiteral("支部表彰")));
        QVERIFY(settled(*view));
        QCOMPARE(cell(*view, QStringLiteral("王小明"), AssessmentTableModel::Final),
                 QStringLiteral("79.7"));
        // The group's assessment does not see the organisation's adjustment.
        QCOMPARE(storedFinal(m_w.a), 78.7);
        view->undoStack()->undo();
        QVERIFY(settled(*view));
        QCOMPARE(cell(*view, QStringLiteral("王小明"), AssessmentTableModel::Final),
                 QStringLiteral("78.7"));
    }

    // Last: publishing cannot be taken back.
    void publishThenAdjustmentsAreRefused()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!view->publish());
        QVERIFY(!view->snapshot().current.publication);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(view->publish());
        QVERIFY(settled(*view));
        QVERIFY(view->snapshot().current.publication);
        QVERIFY(view->model()->hasPublished());
        QVERIFY(!view->table()->isColumnHidden(AssessmentTableModel::PublishedFinal));
        QCOMPARE(cell(*view, QStringLiteral("刘洋"), AssessmentTableModel::PublishedFinal),
                 QStringLiteral("5.0"));

        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        QVERIFY(!view->adjust(m_w.e, 10, QStringLiteral("发布后再调整")));
        const QString message = MessageBoxes::lastText();
        QVERIFY2(message.contains(QStringLiteral("2026")) &&
                     message.contains(QStringLiteral("机关第一支部学习组")),
                 qPrintable(message));
        QCOMPARE(storedFinal(m_w.e), 5.0);
        QCOMPARE(view->undoStack()->count(), 1); // the publishing, not the refused adjustment

        // Published elsewhere while a view still shows the results as open: the service refuses
        // and the user is told why; nothing is kept on the undo stack.
        auto org = std::make_unique<AssessmentView>(*m_ledger, *m_roster);
        QVERIFY(org->scopeBar()->setScope(ScopeRef::organisation(m_w.org)));
        org->scopeBar()->setYear(2026);
        QVERIFY(settled(*org));
        QVERIFY(!org->snapshot().current.publication);
        QVERIFY(AssessmentService(*m_ledger).publish(ScopeRef::organisation(m_w.org), 2026).ok());
        QVERIFY(!org->adjust(m_w.b, -1, QStringLiteral("迟交材料")));
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("2026")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(org->undoStack()->count(), 0);
        QVERIFY(settled(*org));
        QVERIFY(org->model()->hasPublished());
    }
};

QTEST_MAIN(TestAssessmentView)
#include "TestAssessmentView.moc"
