#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/registers/RegistersView.h"

#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// 登记簿: the expert pool with the sessions given, and a demonstration site from 申报 to 认定.
class TestRegistersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void expertsAndUnits()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        RosterService roster(*ledger);
        RegistersView view(*ledger, roster);
        QCOMPARE(view.expertsTable()->model()->rowCount(), 0);

        QVERIFY(view.saveExpert({0, QStringLiteral("王教授"), QStringLiteral("教授"),
                                 QStringLiteral("市委党校"), QStringLiteral("党史")}));
        QCOMPARE(view.expertsTable()->model()->rowCount(), 1);
        // A session given by the expert shows beside the pool.
        const qint64 session = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        auto s = *SessionService(*ledger).session(session);
        s->speakerExpertId =
            view.expertsTable()->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
        s->speaker.clear();
        QVERIFY(SessionService(*ledger).save(*s).ok());
        view.reload();
        QCOMPARE(view.sessionsGivenList()->count(), 1);
        QVERIFY(view.sessionsGivenList()->item(0)->text().startsWith(QStringLiteral("2026-03-10")));

        ModelUnit unit;
        unit.name = QStringLiteral("红色书屋");
        unit.orgId = orgId(*ledger, "B01");
        unit.kind = ModelKind::BrandActivity;
        unit.year = 2026;
        QVERIFY(view.applyUnit(unit, Date(2026, 2, 1), QStringLiteral("支部申报")));
        QCOMPARE(view.unitsTable()->model()->rowCount(), 1);
        QCOMPARE(view.unitsTable()->model()->index(0, 4).data().toString(), QStringLiteral("申报"));
        const qint64 id =
            view.unitsTable()->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
        QVERIFY(view.changeStatus(id, ModelStatus::Recognised, Date(2026, 5, 1),
                                  QStringLiteral("区委认定")));
        QCOMPARE(view.unitsTable()->model()->index(0, 4).data().toString(), QStringLiteral("认定"));
        QCOMPARE(view.historyList()->count(), 2);
        // 认定 → 申报 is not a change the register allows.
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        QVERIFY(!view.changeStatus(id, ModelStatus::Applied, Date(2026, 6, 1), QString()));
        MessageBoxes::setAutoAnswer(std::nullopt);
    }
};

QTEST_MAIN(TestRegistersView)
#include "TestRegistersView.moc"
