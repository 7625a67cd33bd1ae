#include "DemoGuiFixture.h"

#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/ColumnState.h"
#include "gui/common/EmptyState.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/TableSortProxy.h"
#include "gui/common/UiLanguage.h"
#include "gui/registers/RegistersView.h"
#include "gui/sessions/SessionTableModel.h"
#include "gui/sessions/SessionsView.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sl;
using namespace Qt::StringLiterals;

// The table views of the demo ledger: the paged lists sort in the database in Chinese order,
// and each view's columns are as the user left them after a restart (a fresh settings file).
class TestTableViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<DemoGuiFixture> m_demo;
    std::unique_ptr<RosterService> m_roster;

    static QStringList column(const QTableView* table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, c).data().toString();
        return out;
    }

    // Each text is in order after the one before it (pinyin, digits as numbers), and they are
    // not all equal (so that the order was tested).
    static bool inOrder(const QStringList& texts, Qt::SortOrder order)
    {
        TableSortProxy proxy;
        bool changes = false;
        for (int i = 1; i < texts.size(); ++i) {
            const int c = proxy.compareValues(texts.at(i - 1), texts.at(i));
            if ((order == Qt::AscendingOrder && c > 0) || (order == Qt::DescendingOrder && c < 0)) {
                qWarning("out of order: %s before %s", qPrintable(texts.at(i - 1)),
                         qPrintable(texts.at(i)));
                return false;
            }
            changes = changes || c != 0;
        }
        return changes;
    }

    // Sets a width and hides a column in the table of a first view, then finds both in the
    // table of a second view built afterwards.
    void checkColumnsRemembered(const std::function<QWidget*()>& makeView,
                                const std::function<QTableView*(QWidget*)>& tableOf, int widened,
                                int hidden)
    {
        {
            std::unique_ptr<QWidget> view(makeView());
            QTableView* table = tableOf(view.get());
            QVERIFY(ColumnState::of(table));
            table->setColumnWidth(widened, 211);
            table->setColumnHidden(hidden, true);
            QCOMPARE(table->columnWidth(widened), 211);
        }
        std::unique_ptr<QWidget> view(makeView());
        QTableView* table = tableOf(view.get());
        QVERIFY(ColumnState::of(table)->restored());
        QCOMPARE(table->columnWidth(widened), 211);
        QVERIFY(table->isColumnHidden(hidden));
        QVERIFY(!table->isColumnHidden(widened));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        m_demo = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_demo->built);
        m_roster = std::make_unique<RosterService>(*m_demo->ledger);
    }

    void sessionsSortInTheDatabase()
    {
        SessionsView view(*m_demo->ledger, *m_roster);
        view.groupYear()->setYear(2026);
        QTableView* table = view.table();
        QVERIFY(table->model()->rowCount() > 3);
        // At first by date.
        QVERIFY(inOrder(column(table, SessionTableModel::Date), Qt::AscendingOrder));
        table->horizontalHeader()->setSortIndicator(SessionTableModel::Topic, Qt::AscendingOrder);
        QVERIFY(inOrder(column(table, SessionTableModel::Topic), Qt::AscendingOrder));
        table->horizontalHeader()->setSortIndicator(SessionTableModel::Topic, Qt::DescendingOrder);
        QVERIFY(inOrder(column(table, SessionTableModel::Topic), Qt::DescendingOrder));
        // Minutes as numbers.
        table->horizontalHeader()->setSortIndicator(SessionTableModel::Minutes, Qt::AscendingOrder);
        QStringList minutes = column(table, SessionTableModel::Minutes);
        for (int i = 1; i < minutes.size(); ++i)
            QVERIFY(minutes.at(i - 1).toInt() <= minutes.at(i).toInt());
        // A column the database does not sort by leaves the order as it was.
        table->horizontalHeader()->setSortIndicator(SessionTableModel::Speaker, Qt::AscendingOrder);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(SessionTableModel::Minutes));
    }

    void makeupLedgerSortsMembersInPinyinOrder()
    {
        MakeupLedgerView view(*m_demo->ledger, *m_roster);
        view.groupYear()->setYear(2026);
        QTableView* table = view.table();
        QVERIFY(table->model()->rowCount() > 1);
        table->horizontalHeader()->setSortIndicator(MakeupLedgerModel::Member, Qt::AscendingOrder);
        QVERIFY(inOrder(column(table, MakeupLedgerModel::Member), Qt::AscendingOrder));
        table->horizontalHeader()->setSortIndicator(MakeupLedgerModel::Member, Qt::DescendingOrder);
        QVERIFY(inOrder(column(table, MakeupLedgerModel::Member), Qt::DescendingOrder));
    }

    void sessionsColumnsRemembered()
    {
        checkColumnsRemembered([this] { return new SessionsView(*m_demo->ledger, *m_roster); },
                               [](QWidget* v) { return static_cast<SessionsView*>(v)->table(); },
                               SessionTableModel::Topic, SessionTableModel::Speaker);
    }

    void makeupColumnsRemembered()
    {
        checkColumnsRemembered(
            [this] { return new MakeupLedgerView(*m_demo->ledger, *m_roster); },
            [](QWidget* v) { return static_cast<MakeupLedgerView*>(v)->table(); },
            MakeupLedgerModel::Topic, MakeupLedgerModel::Note);
    }

    void registersColumnsRememberedAndEmptyStates()
    {
        checkColumnsRemembered([this] { return new RegistersView(*m_demo->ledger, *m_roster); },
                               [](QWidget* v) -> QTableView* {
                                   return static_cast<RegistersView*>(v)->expertsTable();
                               },
                               1, 2);
        RegistersView view(*m_demo->ledger, *m_roster);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* change = view.findChild<QPushButton*>(u"changeStatusPushButton"_s);
        QVERIFY(change);
        // 变更状态 needs a unit chosen.
        QCOMPARE(change->isEnabled(), view.unitsTable()->currentIndex().isValid());
        if (view.unitsTable()->model()->rowCount() == 0)
            QVERIFY(!EmptyState::of(view.unitsTable())->shownText().isEmpty());
    }
};

QTEST_MAIN(TestTableViews)
#include "TestTableViews.moc"
