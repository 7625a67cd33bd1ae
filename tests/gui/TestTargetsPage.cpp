#include "gui/GuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/settings/SettingsView.h"
#include "gui/settings/TargetsPage.h"

#include "services/RubricService.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace sl;

class TestTargetsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
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
        QCOMPARE(settings.pages()->tabText(0), QStringLiteral("年度目标"));
        TargetsPage* page = settings.targetsPage();
        QCOMPARE(page->year(), 2026);
        QCOMPARE(page->hoursEdit()->value(), 32.0);
        QCOMPARE(page->cadreHoursEdit()->value(), 56.0);
        QCOMPARE(page->notesEdit()->value(), 6000);
        QCOMPARE(page->cadreNotesEdit()->value(), 10000);
        QCOMPARE(page->speechesEdit()->value(), 2);
        QCOMPARE(page->writingsEdit()->value(), 2);
        QVERIFY(page->statusText().contains(QStringLiteral("采用默认值")));
        QVERIFY(!page->saveButton()->isEnabled()); // nothing changed
    }

    void refusesAZeroTargetNamingTheField()
    {
        TargetsPage page(ledger());
        page.hoursEdit()->setValue(0);
        QCOMPARE(page.errorText(QStringLiteral("hours_target")),
                 QStringLiteral("学时目标（普通党员）：必须大于 0"));
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.save());
        QCOMPARE(MessageBoxes::lastText(), QStringLiteral("学时目标（普通党员）：必须大于 0"));
        QVERIFY(!RubricService(ledger()).isStored(2026).value());

        page.hoursEdit()->setValue(32);
        page.writingsEdit()->setValue(0);
        QVERIFY(page.errorText(QStringLiteral("hours_target")).isEmpty());
        QCOMPARE(page.errorText(QStringLiteral("writings_target")),
                 QStringLiteral("心得调研目标：必须大于 0"));
        QVERIFY(!page.saveButton()->isEnabled());
    }

    void savesTheTargetsOfAYear()
    {
        TargetsPage page(ledger());
        page.hoursEdit()->setValue(40.5);
        page.cadreNotesEdit()->setValue(12000);
        QVERIFY(page.isModified());
        QVERIFY(page.saveButton()->isEnabled());
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        auto stored = RubricService(ledger()).rubric(2026);
        QVERIFY(stored.ok());
        QCOMPARE(stored->hoursTarget, 40.5);
        QCOMPARE(stored->notesTargetCadre, 12000);
        QCOMPARE(stored->attendanceMax, Rubric::defaults(2026).attendanceMax); // kept
        QVERIFY(page.statusText().contains(QStringLiteral("已设定2026年度目标")));
        QVERIFY(!page.isModified());

        // Another year still has the defaults; back to 2026 shows what was saved.
        QVERIFY(page.setYear(2027));
        QCOMPARE(page.hoursEdit()->value(), 32.0);
        QVERIFY(page.setYear(2026));
        QCOMPARE(page.hoursEdit()->value(), 40.5);

        page.restoreDefaults();
        QCOMPARE(page.hoursEdit()->value(), 32.0);
        QCOMPARE(page.cadreNotesEdit()->value(), 10000);
        QVERIFY(page.save());
        QCOMPARE(RubricService(ledger()).rubric(2026)->hoursTarget, 32.0);
    }

    void asksBeforeDroppingChangesOnAnotherYear()
    {
        TargetsPage page(ledger());
        page.speechesEdit()->setValue(4);
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        page.yearSpin()->setValue(2025);
        QCOMPARE(page.year(), 2026);
        QCOMPARE(page.yearSpin()->value(), 2026);
        QCOMPARE(page.speechesEdit()->value(), 4);
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        page.yearSpin()->setValue(2025);
        QCOMPARE(page.year(), 2025);
        QCOMPARE(page.speechesEdit()->value(), 2);
    }

    void onlyAnAdministratorChangesThem()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Secretary));
        TargetsPage page(ledger());
        QVERIFY(!page.isEditable());
        QVERIFY(page.hoursEdit()->isReadOnly());
        page.hoursEdit()->setValue(50);
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(page.statusText().contains(QStringLiteral("只有管理员可以修改")));
    }

    void aPublishedYearIsFrozen()
    {
        QVERIFY(RubricService(ledger()).save(Rubric::defaults(2024)).ok());
        QVERIFY(RubricService(ledger()).setPublished(2024, true).ok());
        TargetsPage page(ledger());
        QVERIFY(page.setYear(2024));
        QVERIFY(page.hoursEdit()->isReadOnly());
        QVERIFY(page.statusText().contains(QStringLiteral("已发布")));
        QVERIFY(!page.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestTargetsPage)
#include "TestTargetsPage.moc"
