#include "gui/GuiFixture.h"

#include "gui/common/MessageBoxes.h"
#include "gui/settings/RubricPage.h"

#include "services/RubricService.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace sl;

// The year's targets (学时, 笔记字数, 发言, 心得 — ordinary members and cadres) are edited on the
// rubric page of 设置 and saved with the rubric by SaveRubricCommand (issue 14 item 4): undo
// stores every target as it was before, redo the new ones, each read back through the service.
class TestTargetsUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }
    Rubric stored() { return *RubricService(ledger()).rubric(2026); }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<GuiFixture>(); // today is 2026-06-30
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void everyTargetIsUndoneAndRedone()
    {
        RubricPage page(ledger());
        const Rubric before = stored();
        const std::vector<std::pair<const char*, QString>> targets = {
            {"hours_target", QStringLiteral("36")},
            {"hours_target_cadre", QStringLiteral("48")},
            {"notes_target", QStringLiteral("9000")},
            {"notes_target_cadre", QStringLiteral("15000")},
            {"speeches_target", QStringLiteral("3")},
            {"writings_target", QStringLiteral("4")},
        };
        for (const auto& [key, value] : targets) {
            QDoubleSpinBox* box = page.field(QString::fromLatin1(key));
            QVERIFY2(box, key);
            box->selectAll();
            QTest::keyClicks(box, value);
        }
        QVERIFY(page.save());
        const Rubric after = stored();
        QCOMPARE(after.hoursTarget, 36.0);
        QCOMPARE(after.hoursTargetCadre, 48.0);
        QCOMPARE(after.notesTarget, 9000);
        QCOMPARE(after.notesTargetCadre, 15000);
        QCOMPARE(after.speechesTarget, 3);
        QCOMPARE(after.writingsTarget, 4);
        QVERIFY(after != before);

        page.undoStack()->undo();
        QCOMPARE(stored(), before);
        QCOMPARE(page.field(QStringLiteral("writings_target"))->value(),
                 double(before.writingsTarget));
        QVERIFY(!page.isModified());
        page.undoStack()->redo();
        QCOMPARE(stored(), after);
        QCOMPARE(page.field(QStringLiteral("notes_target"))->value(), 9000.0);
    }
};

QTEST_MAIN(TestTargetsUndo)
#include "TestTargetsUndo.moc"
