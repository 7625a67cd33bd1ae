#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/ModelUnitService.h"

using namespace sl;
using namespace session_fixture;

class TestModelUnitService : public QObject
{
    Q_OBJECT

private slots:
    // The rules of names and text hold for the desktop program too: a unit named with markup,
    // a note with a control character are refused, and nothing is stored.
    void hostileNameAndNoteAreRefused()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        ModelUnitService units(*ledger);
        ModelUnit unit;
        unit.name = QStringLiteral("</title><script>alert(1)</script>");
        unit.orgId = orgId(*ledger, "B01");
        unit.year = 2026;
        auto refused = units.apply(unit, Date(2026, 3, 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        unit.name = QStringLiteral("红色课堂");
        auto badNote = units.apply(unit, Date(2026, 3, 1), QStringLiteral("申报\x1b[2J"));
        QVERIFY(!badNote.ok());
        QCOMPARE(badNote.error().field, QStringLiteral("note"));
        QVERIFY(units.units(ModelUnitQuery())->empty());

        auto id = units.apply(unit, Date(2026, 3, 1), QStringLiteral("第一行\n第二行"));
        QVERIFY(id.ok());
        const Status status = units.changeStatus(*id, ModelStatus::Recognised, Date(2026, 6, 1),
                                                 QStringLiteral("认定") + QChar(0x9b));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, QStringLiteral("note"));
        QCOMPARE((*units.unit(*id))->status, ModelStatus::Applied);
    }

    void appliedThenRecognisedThenRevokedWithHistory()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        ModelUnitService units(*ledger);
        ModelUnit unit;
        unit.name = QStringLiteral("“红色课堂”学习品牌");
        unit.orgId = orgId(*ledger, "B01");
        unit.kind = ModelKind::BrandActivity;
        unit.year = 2026;
        auto id = units.apply(unit, Date(2026, 3, 1), QStringLiteral("支部申报"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
        QCOMPARE((*units.unit(*id))->status, ModelStatus::Applied);

        // 申报 → 申报 is no change; 认定 needs a date.
        QCOMPARE(units.changeStatus(*id, ModelStatus::Applied, Date(2026, 4, 1)).error().field,
                 QStringLiteral("status"));
        QCOMPARE(units.changeStatus(*id, ModelStatus::Recognised, Date()).error().field,
                 QStringLiteral("date"));
        QVERIFY(units
                    .changeStatus(*id, ModelStatus::Recognised, Date(2026, 6, 1),
                                  QStringLiteral("区委组织部认定"))
                    .ok());
        // Back to 申报 is refused and changes nothing.
        auto back = units.changeStatus(*id, ModelStatus::Applied, Date(2026, 7, 1));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().field, QStringLiteral("status"));
        QCOMPARE((*units.unit(*id))->status, ModelStatus::Recognised);
        // A date before the last change is refused.
        QCOMPARE(units.changeStatus(*id, ModelStatus::Revoked, Date(2026, 5, 1)).error().field,
                 QStringLiteral("date"));
        QVERIFY(units.changeStatus(*id, ModelStatus::Revoked, Date(2026, 10, 1)).ok());
        QVERIFY(!units.changeStatus(*id, ModelStatus::Recognised, Date(2026, 11, 1)).ok());

        auto history = units.history(*id);
        QCOMPARE(history->size(), size_t(3));
        QCOMPARE(history->at(0).status, ModelStatus::Applied);
        QCOMPARE(history->at(0).note, QStringLiteral("支部申报"));
        QCOMPARE(history->at(1).status, ModelStatus::Recognised);
        QCOMPARE(history->at(1).changedOn, Date(2026, 6, 1));
        QCOMPARE(history->at(2).status, ModelStatus::Revoked);

        ModelUnitQuery query;
        query.status = ModelStatus::Revoked;
        QCOMPARE(units.units(query)->size(), size_t(1));
        query.rootOrgId = orgId(*ledger, "B02");
        QVERIFY(units.units(query)->empty());
    }

    void editKeepsTheStatus()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        ModelUnitService units(*ledger);
        ModelUnit unit;
        unit.name = QStringLiteral("社区学习示范点");
        unit.orgId = orgId(*ledger, "B02");
        unit.year = 2026;
        auto id = units.apply(unit, Date(2026, 3, 1));
        QVERIFY(id.ok());
        ModelUnit changed = **units.unit(*id);
        changed.name = QStringLiteral("东城社区学习示范点");
        changed.status = ModelStatus::Recognised; // ignored: only changeStatus moves it
        QVERIFY(units.edit(changed).ok());
        QCOMPARE((*units.unit(*id))->name, changed.name);
        QCOMPARE((*units.unit(*id))->status, ModelStatus::Applied);
        changed.name.clear();
        QCOMPARE(units.edit(changed).error().field, QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestModelUnitService)
#include "TestModelUnitService.moc"
