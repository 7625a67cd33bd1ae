#include "support/RecordsFixture.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/audit/AuditTableModel.h"
#include "gui/audit/AuditView.h"
#include "gui/common/DateField.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "services/RosterService.h"
#include "storage/AuditRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace sl;

// 审计日志: the table reads the trail page by page, the filters choose the rows, the count says how
// many match, and 导出 CSV writes every matching row.
class TestAuditView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void pagesFiltersAndExport()
    {
        TempLedger ledger;
        QVERIFY(session_fixture::buildRoster(*ledger)); // 4 imports in single-user mode
        const Actor admin = records_fixture::account(*ledger, AccountRole::Admin);
        AuditRepository repo(ledger->db());
        constexpr int many = 3 * AuditTableModel::pageSize + 17;
        for (int i = 0; i < many; ++i)
            QVERIFY(repo.record(admin.accountId, QStringLiteral("update"),
                                i % 2 ? QStringLiteral("member") : QStringLiteral("session"), i + 1,
                                QStringLiteral("时长 %1 → %2 分钟").arg(i).arg(i + 1)));
        const qint64 total = many + 4;
        ledger->setActor(admin);

        AuditView view(*ledger);
        AuditTableModel* model = view.model();
        QVERIFY(model->rowCount() <= AuditTableModel::pageSize);
        QCOMPARE(model->matching(), total);
        QVERIFY(view.countLabel()->text().contains(QString::number(total)));
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(model->data(model->index(0, AuditTableModel::Detail)).toString(),
                 QStringLiteral("时长 %1 → %2 分钟").arg(many - 1).arg(many));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * AuditTableModel::pageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), int(total));

        // Person: 单用户模式 are the fixture's imports; the admin made the rest.
        QComboBox* person = view.personCombo();
        const int single = person->findData(qint64(0));
        QVERIFY(single > 0);
        QCOMPARE(person->itemText(single), QStringLiteral("单用户模式"));
        person->setCurrentIndex(single);
        QCOMPARE(model->matching(), qint64(4));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->data(model->index(0, AuditTableModel::Action)).toString(),
                 QStringLiteral("导入"));
        person->setCurrentIndex(person->findData(admin.accountId));
        QCOMPARE(model->matching(), qint64(many));

        // Record kind.
        QComboBox* entity = view.entityCombo();
        const int members = entity->findData(QStringLiteral("member"));
        QVERIFY(members > 0);
        QCOMPARE(entity->itemText(members), QStringLiteral("党员"));
        entity->setCurrentIndex(members);
        QCOMPARE(model->matching(), qint64(many / 2));
        QVERIFY(model->rowCount() <= AuditTableModel::pageSize);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entry(row)->entity, QStringLiteral("member"));

        // Period: nothing tomorrow, everything today.
        view.fromField()->setDate(dates::fromQDate(QDate::currentDate().addDays(1)));
        emit view.fromField()->edited();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(view.countLabel()->text().contains(QLatin1Char('0')));
        view.fromField()->setDate(dates::fromQDate(QDate::currentDate()));
        view.toField()->setDate(dates::fromQDate(QDate::currentDate()));
        emit view.toField()->edited();
        QCOMPARE(model->matching(), qint64(many / 2));

        // 导出 CSV: every matching row, not only the fetched page.
        const QString path = ledger.file(QStringLiteral("audit.csv"));
        FileDialogs::setNextFileName(path);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        view.exportAction()->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), many / 2 + 1);
        QVERIFY(lines.first().contains(QStringLiteral("内容")));
        QVERIFY(lines.at(1).contains(QStringLiteral("党员")));
        QVERIFY(lines.at(1).contains(QStringLiteral("→")));

        // A change of the ledger shows up (the view is not on screen: at once).
        entity->setCurrentIndex(0);
        const qint64 before = model->matching();
        Member m;
        m.extId = QStringLiteral("M099");
        m.name = QStringLiteral("新党员");
        m.orgId = session_fixture::orgId(*ledger, "B01");
        m.joinDate = Date(2010, 7, 1);
        QVERIFY(RosterService(*ledger).saveMember(m).ok());
        QCOMPARE(model->matching(), before + 1);
    }
};

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
