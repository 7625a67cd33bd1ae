// "Export Visible Rows…": what a filtered, sorted table shows — its rows in their order, its
// visible columns in their on-screen order — and nothing else, as CSV or XLSX; every table view
// of the main window has the action.

// First: its CellKind::Date would shadow sl::Date (-Wshadow) if that were declared before.
#include "exchange/TableFileWriter.h"

#include "gui/GuiFixture.h"

#include "gui/MainWindow.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableExport.h"
#include "gui/common/TableExportAction.h"

#include <QAction>
#include <QDate>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestTableExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;
    QTableView m_table;

    static QList<QStandardItem*> row(const QString& name, int minutes, const QDate& date,
                                     const QString& note)
    {
        auto* count = new QStandardItem;
        count->setData(minutes, Qt::DisplayRole);
        auto* day = new QStandardItem;
        day->setData(date, Qt::DisplayRole);
        return {new QStandardItem(name), count, day, new QStandardItem(note)};
    }

    static QStringList csvLines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll())
            .remove(QChar(0xfeff))
            .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_model.setHorizontalHeaderLabels({QStringLiteral("姓名"), QStringLiteral("时长"),
                                           QStringLiteral("日期"), QStringLiteral("备注")});
        m_model.appendRow(row(QStringLiteral("张伟"), 90, QDate(2026, 3, 5), QStringLiteral("甲")));
        m_model.appendRow(row(QStringLiteral("李娜"), 30, QDate(2026, 1, 9), QStringLiteral("乙")));
        m_model.appendRow(row(QStringLiteral("张敏"), 45, QDate(2026, 2, 1), QStringLiteral("丙")));
        m_model.appendRow(row(QStringLiteral("王芳"), 60, QDate(2026, 4, 2), QStringLiteral("丁")));
        m_model.appendRow(row(QStringLiteral("张强"), 15, QDate(2026, 5, 3), QStringLiteral("戊")));
        m_proxy.setSourceModel(&m_model);
        m_table.setObjectName(QStringLiteral("testTableView"));
        m_table.setModel(&m_proxy);
        // Filtered (张…), sorted by minutes descending, 备注 hidden, 日期 moved before 姓名.
        m_proxy.setFilterKeyColumn(0);
        m_proxy.setFilterFixedString(QStringLiteral("张"));
        m_table.setSortingEnabled(true);
        m_table.sortByColumn(1, Qt::DescendingOrder);
        m_table.setColumnHidden(3, true);
        m_table.horizontalHeader()->moveSection(2, 0);
        TableExportAction::install(&m_table, QStringLiteral("test"));
    }

    void cleanupTestCase() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void theVisibleRowsInTheirOrder()
    {
        const TableExport::Rows rows = TableExport::visibleRows(m_table);
        QCOMPARE(rows.header, QStringList({QStringLiteral("日期"), QStringLiteral("姓名"),
                                           QStringLiteral("时长")}));
        QCOMPARE(rows.rows.size(), size_t(3));
        QCOMPARE(rows.rows[0], QStringList({QStringLiteral("2026-03-05"), QStringLiteral("张伟"),
                                            QStringLiteral("90")}));
        QCOMPARE(rows.rows[1].at(1), QStringLiteral("张敏"));
        QCOMPARE(rows.rows[2].at(1), QStringLiteral("张强"));
        QCOMPARE(rows.kinds,
                 std::vector<CellKind>({CellKind::Date, CellKind::Text, CellKind::Integer}));
    }

    // A view that shows dates as text (yyyy-MM-dd, like the members list) still exports a date
    // column; a column where one cell is no date stays text.
    void datesShownAsTextAreDates()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({QStringLiteral("入党日期"), QStringLiteral("备注")});
        model.appendRow({new QStandardItem(QStringLiteral("2025-12-06")),
                         new QStandardItem(QStringLiteral("2026-01-01"))});
        model.appendRow({new QStandardItem(QStringLiteral("1994-12-30")),
                         new QStandardItem(QStringLiteral("2026-02-30"))});
        QTableView table;
        table.setModel(&model);
        const TableExport::Rows rows = TableExport::visibleRows(table);
        QCOMPARE(rows.kinds, std::vector<CellKind>({CellKind::Date, CellKind::Text}));
    }

    void theActionWritesCsv()
    {
        QAction* action = TableExportAction::of(&m_table);
        QVERIFY(action);
        QCOMPARE(action->objectName(), QStringLiteral("testTableViewExportAction"));
        QCOMPARE(m_table.contextMenuPolicy(), Qt::ActionsContextMenu);
        const QString path = m_dir.filePath(QStringLiteral("visible.csv"));
        FileDialogs::setNextFileName(path);
        action->trigger();
        const QStringList lines = csvLines(path);
        QCOMPARE(lines,
                 QStringList(
                     {QStringLiteral("日期,姓名,时长"), QStringLiteral("2026-03-05,张伟,90"),
                      QStringLiteral("2026-02-01,张敏,45"), QStringLiteral("2026-05-03,张强,15")}));
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("3")),
                 qPrintable(MessageBoxes::lastText()));
        // A changed filter: the file follows what is shown.
        m_proxy.setFilterFixedString(QString());
        FileDialogs::setNextFileName(path);
        action->trigger();
        QCOMPARE(csvLines(path).size(), 6);
        QVERIFY(csvLines(path).at(1).contains(QStringLiteral("张伟"))); // 90 minutes first
        QVERIFY(csvLines(path).at(5).contains(QStringLiteral("张强"))); // 15 last
        m_proxy.setFilterFixedString(QStringLiteral("张"));
    }

    void theActionWritesXlsx()
    {
        const QString path = m_dir.filePath(QStringLiteral("visible.xlsx"));
        const Status written = TableExport::write(m_table, path);
        if (!written.ok() && written.error().message.contains(QStringLiteral("not available yet")))
            QSKIP("the XLSX writer is not in this build yet (wt-xlsx)");
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("PK"))
            QSKIP("the XLSX writer is not in this build yet: TableFileWriter wrote CSV");
        QVERIFY(bytes.size() > 100);
    }

    void neverOntoTheLedger()
    {
        GuiFixture fixture;
        QVERIFY(!TableExport::write(m_table, fixture.ledger.path()).ok());
    }

    void everyTableOfTheWindowHasTheAction()
    {
        GuiFixture fixture;
        fixture.addNamedMembers();
        auto ledger = Ledger::open(fixture.ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        MainWindow window(std::move(ledger).value(), false);
        // Every area, built (areas are built when first shown).
        for (const QString& area : window.areas())
            QVERIFY(window.showArea(area));
        QStringList missing;
        int tables = 0;
        for (QTableView* table : window.findChildren<QTableView*>()) {
            if (QByteArray(table->metaObject()->className()) == "QCalendarView")
                continue; // the month grid of a date field's popup
            ++tables;
            if (!TableExportAction::of(table))
                missing << table->objectName() + QStringLiteral(" (") +
                               QString::fromLatin1(table->metaObject()->className()) +
                               QLatin1Char(')');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(tables >= 10);
    }
};

QTEST_MAIN(TestTableExport)
#include "TestTableExport.moc"
