#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/audit/AuditTableModel.h"
#include "gui/audit/AuditView.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/AccountService.h"
#include "services/PasswordHash.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// Issue 14 item 3 for the audit trail and the accounts: sorted in pinyin order by a header
// click, filtered as typed, names also by their pinyin initials.
class TestAuditAccountsTables : public QObject
{
    Q_OBJECT

    static QStringList column(const QTableView* table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, column).data().toString();
        return out;
    }

    static void clickHeader(QTableView* table, int column)
    {
        QHeaderView* header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, 5));
    }

    static bool addMember(Ledger& ledger, const QString& extId, const QString& name)
    {
        Member m;
        m.extId = extId;
        m.name = name;
        m.orgId = orgId(ledger, "B01");
        return RosterService(ledger).saveMember(m).ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Cancel);
        PasswordHash::setLimits(PasswordHash::Limits::Interactive);
    }

    void auditSortsInPinyinAndFiltersByInitials()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        // Numbers that sort apart from the names: the detail order is the names'.
        QVERIFY(addMember(*ledger, QStringLiteral("张伟01"), QStringLiteral("张伟")));
        QVERIFY(addMember(*ledger, QStringLiteral("安娜01"), QStringLiteral("安娜")));
        QVERIFY(addMember(*ledger, QStringLiteral("李明01"), QStringLiteral("李明")));
        AuditView view(*ledger);
        view.resize(1200, 600);
        view.show(); // its header is clicked
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* table = view.table();
        QCOMPARE(view.model()->rowCount(), int(view.model()->matching()));
        // Newest first: 李明 first.
        QVERIFY(column(table, AuditTableModel::Detail).front().contains(QStringLiteral("李明")));

        // Initials: "zw" keeps the entries about 张伟 only.
        view.filterField()->setText(QStringLiteral("zw"));
        QTRY_COMPARE(view.model()->query().text, QStringLiteral("zw"));
        QVERIFY2(view.model()->rowCount() == 1,
                 qPrintable(column(table, AuditTableModel::Detail).join(QLatin1Char('|'))));
        QVERIFY(column(table, AuditTableModel::Detail).front().contains(QStringLiteral("张伟")));
        // Text: 李 keeps 李明 and the roster's 李四.
        view.filterField()->setText(QStringLiteral("李"));
        QTRY_COMPARE(view.model()->query().text, QStringLiteral("李"));
        for (const QString& d : column(table, AuditTableModel::Detail))
            QVERIFY2(d.contains(QStringLiteral("李")), qPrintable(d));
        QVERIFY(view.model()->rowCount() >= 1);

        // A header click sorts every entry in the database, details in pinyin order.
        view.filterField()->setText(QStringLiteral("01"));
        QTRY_COMPARE(view.model()->query().text, QStringLiteral("01"));
        QCOMPARE(view.model()->rowCount(), 3);
        clickHeader(table, AuditTableModel::Detail);
        QCOMPARE(view.model()->query().sortKey, AuditQuery::SortKey::Detail);
        QStringList details = column(table, AuditTableModel::Detail);
        const bool ascending = view.model()->query().ascending;
        if (!ascending)
            std::reverse(details.begin(), details.end());
        QVERIFY2(details[0].contains(QStringLiteral("安娜")) &&
                     details[1].contains(QStringLiteral("李明")) &&
                     details[2].contains(QStringLiteral("张伟")),
                 qPrintable(details.join(QLatin1Char('|'))));
        // Back to newest first.
        clickHeader(table, AuditTableModel::Time);
        QCOMPARE(view.model()->query().sortKey, AuditQuery::SortKey::Time);
    }

    void accountsSortInPinyinAndFilterByInitials()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        AccountService accounts(*ledger);
        const QString password = QStringLiteral("Guanli-2026!");
        QVERIFY(accounts.add({QStringLiteral("admin"), password, AccountRole::Admin, 0, 0}));
        for (const char* m : {"M001", "M002", "M004"})
            QVERIFY(accounts.add({QString::fromLatin1(m).toLower(), password, AccountRole::Member,
                                  memberId(*ledger, m), 0}));
        RosterService roster(*ledger);
        AccountsDialog dialog(accounts, roster);
        QTableView* table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 4);
        table->horizontalHeader()->setSortIndicator(AccountTableModel::Member, Qt::AscendingOrder);
        QCOMPARE(column(table, AccountTableModel::Member),
                 QStringList({"陈喆", "李四", "张三", ""})); // empty last
        QVERIFY(dialog.filterField());
        dialog.filterField()->setText(QStringLiteral("ls"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(column(table, AccountTableModel::Member), QStringList({"李四"}));
        // The buttons act on the row shown (through the sort and filter).
        table->setCurrentIndex(table->model()->index(0, AccountTableModel::Name));
        qint64 lisi = 0;
        for (const Account& a : *accounts.list())
            if (a.memberName == QStringLiteral("李四"))
                lisi = a.id;
        QCOMPARE(dialog.selectedId(), lisi);
        QVERIFY(dialog.resetButton()->isEnabled());
        dialog.filterField()->clear();
        QTRY_COMPARE(table->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestAuditAccountsTables)
#include "TestAuditAccountsTables.moc"
