#include "gui/GuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/common/MessageBoxes.h"
#include "gui/settings/RubricPage.h"
#include "gui/settings/SettingsView.h"

#include "services/RubricService.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace sl;

namespace {

// Types a value into a field as the user does: select all, type, and the field's own signals.
void typeInto(QDoubleSpinBox* box, const QString& text)
{
    box->selectAll();
    QTest::keyClicks(box, text);
}

} // namespace

class TestRubricPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<GuiFixture>(); // today is 2026-06-30
    }

    void init()
    {
        ledger().setActor(Actor());
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void showsTheDefaultsOfTheYear()
    {
        SettingsView settings(ledger());
        QCOMPARE(settings.pages()->tabText(0), QStringLiteral("Rubric of the year"));
        QCOMPARE(settings.undoStack(), settings.rubricPage()->undoStack());
        RubricPage* page = settings.rubricPage();
        QCOMPARE(page->year(), 2026);
        const std::pair<const char*, double> expected[] = {
            {"attendance_max", 40},     {"hours_max", 25},         {"notes_max", 15},
            {"speeches_max", 10},       {"writings_max", 10},      {"points_present", 2},
            {"points_late", 1},         {"points_early_leave", 1}, {"points_excused", 1},
            {"points_absent", 0},       {"points_makeup", 1},      {"hours_target", 32},
            {"hours_target_cadre", 56}, {"notes_target", 6000},    {"notes_target_cadre", 10000},
            {"speeches_target", 2},     {"writings_target", 2},    {"bonus_per_award", 2},
            {"bonus_max", 4},           {"grade_excellent", 90},   {"grade_pass", 70},
            {"grade_basic_pass", 60},
        };
        for (const auto& [key, value] : expected) {
            QDoubleSpinBox* box = page->field(QLatin1String(key));
            QVERIFY2(box, key);
            QVERIFY2(box->value() == value, key);
            QVERIFY2(!box->isReadOnly(), key);
        }
        QVERIFY(!page->field(QStringLiteral("no_such_column")));
        QCOMPARE(page->sumText(), QStringLiteral("100 of 100"));
        QVERIFY(page->vetoText().contains(QStringLiteral("keeps a member from excellent")));
        QVERIFY(page->vetoCheck()->isChecked());
        QVERIFY(page->vetoCheck()->isEnabled());
        QVERIFY(page->statusText().contains(QStringLiteral("the defaults apply")));
        QVERIFY(!page->saveButton()->isEnabled()); // nothing changed
    }

    void eachFieldValidatesAsTyped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("present") << "points_present"
                                 << "0"
                                 << "Present: must be greater than 0";
        QTest::newRow("hours") << "hours_target"
                               << "0"
                               << "Hours, ordinary members: must be greater than 0";
        QTest::newRow("cadre hours") << "hours_target_cadre"
                                     << "0"
                                     << "Hours, cadres: must be greater than 0";
        QTest::newRow("notes") << "notes_target"
                               << "0"
                               << "Notes, ordinary members: must be greater than 0";
        QTest::newRow("cadre notes") << "notes_target_cadre"
                                     << "0"
                                     << "Notes, cadres: must be greater than 0";
        QTest::newRow("speeches") << "speeches_target"
                                  << "0"
                                  << "Speeches: must be greater than 0";
        QTest::newRow("writings") << "writings_target"
                                  << "0"
                                  << "Writing units: must be greater than 0";
        QTest::newRow("grade above 100") << "grade_excellent"
                                         << "100.5"
                                         << "Excellent from: must not be above 100";
    }

    void eachFieldValidatesAsTyped()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        RubricPage page(ledger());
        QDoubleSpinBox* box = page.field(key);
        QVERIFY(box);
        if (key == QLatin1String("grade_excellent"))
            box->setMaximum(200); // the form caps it at 100: reach the rule behind it
        typeInto(box, typed);
        QCOMPARE(page.errorText(key), message);
        QVERIFY(box->property("invalid").toBool());
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.save());
        QCOMPARE(MessageBoxes::lastText(), message);
        QVERIFY(!RubricService(ledger()).isStored(2026).value());
    }

    void theMaximaMustAddUpTo100()
    {
        RubricPage page(ledger());
        typeInto(page.field(QStringLiteral("attendance_max")), QStringLiteral("50"));
        QCOMPARE(page.sumText(), QStringLiteral("110 of 100"));
        QCOMPARE(page.errorText(QStringLiteral("weights")),
                 QStringLiteral("Sum of the maxima: the maxima must add up to 100, not 110"));
        QVERIFY(!page.saveButton()->isEnabled());

        typeInto(page.field(QStringLiteral("hours_max")), QStringLiteral("15"));
        QCOMPARE(page.sumText(), QStringLiteral("100 of 100"));
        QVERIFY(page.errorText(QStringLiteral("weights")).isEmpty());
        QVERIFY(page.saveButton()->isEnabled());
    }

    void gradeBoundsDescend()
    {
        RubricPage page(ledger());
        typeInto(page.field(QStringLiteral("grade_basic_pass")), QStringLiteral("75"));
        QCOMPARE(page.errorText(QStringLiteral("grade_basic_pass")),
                 QStringLiteral("Basic pass from: must be below grade_pass"));
        QVERIFY(!page.saveButton()->isEnabled());
        typeInto(page.field(QStringLiteral("grade_pass")), QStringLiteral("95"));
        QVERIFY(!page.errorText(QStringLiteral("grade_pass")).isEmpty());
        QVERIFY(page.errorText(QStringLiteral("grade_basic_pass")).isEmpty());
        typeInto(page.field(QStringLiteral("grade_pass")), QStringLiteral("80"));
        QVERIFY(page.errorText(QStringLiteral("grade_pass")).isEmpty());
        QVERIFY(page.saveButton()->isEnabled());
    }

    void savesTheWholeRubricUndoably()
    {
        RubricPage page(ledger());
        typeInto(page.field(QStringLiteral("points_makeup")), QStringLiteral("0.5"));
        typeInto(page.field(QStringLiteral("bonus_max")), QStringLiteral("6"));
        typeInto(page.field(QStringLiteral("hours_target")), QStringLiteral("40.5"));
        typeInto(page.field(QStringLiteral("notes_target_cadre")), QStringLiteral("12000"));
        QTest::mouseClick(page.vetoCheck(), Qt::LeftButton);
        QVERIFY(!page.vetoCheck()->isChecked());
        QVERIFY(page.isModified());
        QVERIFY(page.saveButton()->isEnabled());
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        auto stored = RubricService(ledger()).rubric(2026);
        QVERIFY(stored.ok());
        QCOMPARE(stored->pointsMakeup, 0.5);
        QCOMPARE(stored->bonusMax, 6.0);
        QCOMPARE(stored->hoursTarget, 40.5);
        QCOMPARE(stored->notesTargetCadre, 12000);
        QCOMPARE(stored->attendanceMax, 40.0);
        QVERIFY(!stored->veto);
        QVERIFY(page.statusText().contains(QStringLiteral("Rubric set for 2026")));
        QVERIFY(!page.isModified());
        QCOMPARE(page.undoStack()->count(), 1);

        // Undo stores the rubric before (the defaults); the page shows it; redo again.
        page.undoStack()->undo();
        QCOMPARE(RubricService(ledger()).rubric(2026)->bonusMax, 4.0);
        QCOMPARE(page.field(QStringLiteral("bonus_max"))->value(), 4.0);
        QVERIFY(page.vetoCheck()->isChecked());
        page.undoStack()->redo();
        QCOMPARE(RubricService(ledger()).rubric(2026)->bonusMax, 6.0);
        QCOMPARE(page.field(QStringLiteral("hours_target"))->value(), 40.5);

        // Another year still has the defaults; back to 2026 shows what was saved.
        QVERIFY(page.setYear(2027));
        QCOMPARE(page.field(QStringLiteral("hours_target"))->value(), 32.0);
        QVERIFY(page.setYear(2026));
        QCOMPARE(page.field(QStringLiteral("hours_target"))->value(), 40.5);

        QTest::mouseClick(page.restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(page.field(QStringLiteral("hours_target"))->value(), 32.0);
        QCOMPARE(page.field(QStringLiteral("points_makeup"))->value(), 1.0);
        QVERIFY(page.vetoCheck()->isChecked());
        QCOMPARE(page.rubric(), Rubric::defaults(2026));
        QVERIFY(page.save());
        QCOMPARE(*RubricService(ledger()).rubric(2026), Rubric::defaults(2026));
    }

    void asksBeforeDroppingChangesOnAnotherYear()
    {
        RubricPage page(ledger());
        typeInto(page.field(QStringLiteral("speeches_target")), QStringLiteral("4"));
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        page.yearSpin()->setValue(2025);
        QCOMPARE(page.year(), 2026);
        QCOMPARE(page.yearSpin()->value(), 2026);
        QCOMPARE(page.field(QStringLiteral("speeches_target"))->value(), 4.0);
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        page.yearSpin()->setValue(2025);
        QCOMPARE(page.year(), 2025);
        QCOMPARE(page.field(QStringLiteral("speeches_target"))->value(), 2.0);
    }

    void aNonAdministratorSeesItReadOnly()
    {
        for (AccountRole role : {AccountRole::Secretary, AccountRole::Leader}) {
            ledger().setActor(records_fixture::account(ledger(), role));
            RubricPage page(ledger());
            QVERIFY(!page.isEditable());
            QVERIFY(page.isReadOnly());
            QVERIFY(page.field(QStringLiteral("hours_target"))->isReadOnly());
            QVERIFY(page.field(QStringLiteral("attendance_max"))->isReadOnly());
            QVERIFY(!page.restoreDefaultsButton()->isEnabled());
            QVERIFY(!page.vetoCheck()->isEnabled());
            page.field(QStringLiteral("hours_target"))->setValue(50);
            QVERIFY(!page.saveButton()->isEnabled());
            QVERIFY(!page.save());
            QVERIFY(page.statusText().contains(QStringLiteral("Only an administrator")));
        }
    }

    void aPublishedYearIsFrozen()
    {
        QVERIFY(RubricService(ledger()).save(Rubric::defaults(2024)).ok());
        QVERIFY(RubricService(ledger()).setPublished(2024, true).ok());
        RubricPage page(ledger());
        QVERIFY(page.setYear(2024));
        QVERIFY(page.isReadOnly());
        QVERIFY(page.field(QStringLiteral("hours_target"))->isReadOnly());
        QVERIFY(page.field(QStringLiteral("grade_pass"))->isReadOnly());
        QVERIFY(!page.vetoCheck()->isEnabled());
        QVERIFY(page.statusText().contains(QStringLiteral("published")));
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.restoreDefaultsButton()->isEnabled());
        // The year before it is not published: editable again.
        QVERIFY(page.setYear(2023));
        QVERIFY(!page.isReadOnly());
    }
};

QTEST_MAIN(TestRubricPage)
#include "TestRubricPage.moc"
