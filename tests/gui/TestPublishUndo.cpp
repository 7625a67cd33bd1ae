#include "AssessmentViewFixture.h"
#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/AssessmentService.h"
#include "services/AuditService.h"
#include "services/Clock.h"
#include "services/RosterService.h"
#include "services/RubricService.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace sl;

// Publishing a scope's results is an undo step of the assessment area (issue 14 item 4): undo
// withdraws the publication (the rubric thaws, finals can be adjusted again), redo publishes
// anew; a publication that is no longer the step's own is not withdrawn.
class TestPublishUndo : public QObject
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

    std::optional<AssessmentPublication> publication()
    {
        auto p = AssessmentService(*m_ledger).publication(ScopeRef::group(m_w.group), 2026);
        return p ? *p : std::nullopt;
    }

    bool rubricFrozen()
    {
        RubricService rubrics(*m_ledger);
        auto rubric = rubrics.rubric(2026);
        return !rubric || !rubrics.save(*rubric).ok();
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

    void publishUndoRedo()
    {
        auto view = openView();
        QVERIFY(settled(*view));
        QVERIFY(view->adjust(m_w.e, 5, QStringLiteral("获评先进")));
        QCOMPARE(view->undoStack()->count(), 1);
        QVERIFY(!rubricFrozen());
        QVERIFY(settled(*view));

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(view->publish());
        QCOMPARE(view->undoStack()->count(), 2);
        QVERIFY2(view->undoStack()->undoText().contains(QStringLiteral("2026")) &&
                     view->undoStack()->undoText().contains(QStringLiteral("机关第一支部学习组")),
                 qPrintable(view->undoStack()->undoText()));
        const auto first = publication();
        QVERIFY(first.has_value());
        QVERIFY(rubricFrozen());
        QVERIFY(settled(*view));
        QVERIFY(view->snapshot().current.publication);

        // Undo withdraws it: no publication, the rubric thaws, and the view shows the results
        // as open.
        view->undoStack()->undo();
        QVERIFY(!publication().has_value());
        QVERIFY(!rubricFrozen());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && !view->snapshot().current.publication, 20000);
        auto trail = AuditService(*m_ledger).page({}, 0, 5);
        QVERIFY(trail.ok());
        QVERIFY(std::any_of(trail->begin(), trail->end(), [&](const AuditEntry& e) {
            return e.action == QStringLiteral("unpublish") && e.entityId == first->id;
        }));

        // The adjustment before it can be undone again, and redone.
        view->undoStack()->undo();
        QCOMPARE(view->undoStack()->index(), 0);
        view->undoStack()->redo();
        view->undoStack()->redo();
        const auto again = publication();
        QVERIFY(again.has_value());
        QVERIFY(rubricFrozen());
        QVERIFY(settled(*view));

        // Withdrawn and published again elsewhere: this step's undo no longer matches and is
        // refused with a reason, the other publication stays.
        const ScopeRef group = ScopeRef::group(m_w.group);
        QVERIFY(AssessmentService(*m_ledger).withdraw(group, 2026, *again).ok());
        QTest::qWait(1100); // a publication's time is stored to the second
        QVERIFY(AssessmentService(*m_ledger).publish(group, 2026).ok());
        const auto theirs = publication();
        QVERIFY(theirs.has_value());
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        view->undoStack()->undo();
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("2026")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(publication()->id, theirs->id);
        MessageBoxes::setAutoAnswer(std::nullopt);
    }
};

QTEST_MAIN(TestPublishUndo)
#include "TestPublishUndo.moc"
