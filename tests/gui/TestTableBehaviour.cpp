#include "gui/common/ColumnState.h"
#include "gui/common/EmptyState.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/TableSortProxy.h"

#include <QApplication>
#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sl;
using namespace Qt::StringLiterals;

// What every table shares (TableBehaviour): Chinese order, numbers and dates as such, the filter
// by text and pinyin initials, columns remembered across a restart, the row menu, empty states.
class TestTableBehaviour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    enum Column
    {
        Name,
        Count,
        Day,
        Note
    };

    static std::unique_ptr<QStandardItemModel> people()
    {
        auto model = std::make_unique<QStandardItemModel>(0, 4);
        model->setHorizontalHeaderLabels({u"姓名"_s, u"次数"_s, u"日期"_s, u"备注"_s});
        const auto add = [&model](const QString& name, int count, QDate day, const QString& note) {
            auto* countItem = new QStandardItem;
            countItem->setData(count, Qt::DisplayRole);
            auto* dayItem = new QStandardItem(day.toString(u"yyyy-MM-dd"_s));
            dayItem->setData(day, TableSortProxy::SortRole);
            model->appendRow(
                {new QStandardItem(name), countItem, dayItem, new QStandardItem(note)});
        };
        add(u"张三"_s, 10, QDate(2026, 3, 5), u"第10期"_s);
        add(u"李娜"_s, 2, QDate(2026, 11, 1), u"第2期"_s);
        add(u"安然"_s, 7, QDate(2025, 12, 31), u"第9期"_s);
        return model;
    }

    static QStringList column(const QTableView& table, int c)
    {
        QStringList out;
        for (int r = 0; r < table.model()->rowCount(); ++r)
            out << table.model()->index(r, c).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        // A fresh settings file of this test, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
    }

    void sortsInChineseOrderNumbersAndDates()
    {
        auto model = people();
        QTableView table;
        table.setObjectName(u"peopleTableView"_s);
        TableBehaviour::sortAndFilter(&table, model.get(), {Name});
        // At first the model's order.
        QCOMPARE(column(table, Name), (QStringList{u"张三"_s, u"李娜"_s, u"安然"_s}));
        table.sortByColumn(Name, Qt::AscendingOrder);
        QCOMPARE(column(table, Name), (QStringList{u"安然"_s, u"李娜"_s, u"张三"_s}));
        table.sortByColumn(Name, Qt::DescendingOrder);
        QCOMPARE(column(table, Name), (QStringList{u"张三"_s, u"李娜"_s, u"安然"_s}));
        table.sortByColumn(Count, Qt::AscendingOrder);
        QCOMPARE(column(table, Count), (QStringList{u"2"_s, u"7"_s, u"10"_s}));
        table.sortByColumn(Day, Qt::AscendingOrder);
        QCOMPARE(column(table, Day),
                 (QStringList{u"2025-12-31"_s, u"2026-03-05"_s, u"2026-11-01"_s}));
        // Digits inside text as numbers: 第2期 < 第9期 < 第10期.
        table.sortByColumn(Note, Qt::AscendingOrder);
        QCOMPARE(column(table, Note), (QStringList{u"第2期"_s, u"第9期"_s, u"第10期"_s}));
    }

    void emptyValuesSortLast()
    {
        TableSortProxy proxy;
        QVERIFY(proxy.compareValues(u"安"_s, QString()) < 0);
        QVERIFY(proxy.compareValues(QVariant(), 3) > 0);
        QVERIFY(proxy.compareValues(2, 10) < 0);
        QVERIFY(proxy.compareValues(u"李"_s, u"张"_s) < 0);
    }

    void filtersByTextAndInitials()
    {
        auto model = people();
        QTableView table;
        table.setObjectName(u"filteredTableView"_s);
        TableSortProxy* proxy = TableBehaviour::sortAndFilter(&table, model.get(), {Name});
        TableBehaviour::Options options;
        options.emptyText = u"还没有人"_s;
        TableBehaviour::install(&table, options);
        QLineEdit* field = TableBehaviour::filterField(&table, nullptr);
        std::unique_ptr<QLineEdit> owner(field);
        QCOMPARE(field->objectName(), u"filteredTableViewFilterLineEdit"_s);
        QTest::keyClicks(field, u"zs"_s);
        QCOMPARE(column(table, Name), QStringList{u"张三"_s});
        field->setText(u"LN"_s);
        QCOMPARE(column(table, Name), QStringList{u"李娜"_s});
        field->setText(u"第2"_s);
        QCOMPARE(column(table, Name), QStringList{u"李娜"_s});
        // Initials only in the name columns: "d" is not 第.
        field->setText(u"d"_s);
        QCOMPARE(table.model()->rowCount(), 0);
        QCOMPARE(EmptyState::of(&table)->shownText(), u"No row matches “d”."_s);
        field->clear();
        QCOMPARE(proxy->rowCount(), 3);
        QVERIFY(EmptyState::of(&table)->shownText().isEmpty());
        model->removeRows(0, 3);
        QCOMPARE(EmptyState::of(&table)->shownText(), u"还没有人"_s);
    }

    void columnsSurviveARestart()
    {
        auto model = people();
        {
            QTableView table;
            table.setObjectName(u"rememberedTableView"_s);
            table.setModel(model.get());
            ColumnState* state = ColumnState::install(&table);
            QVERIFY(!state->restored()); // nothing saved yet
            table.setColumnWidth(Name, 173);
            QMenu menu;
            state->fillMenu(menu);
            QCOMPARE(menu.actions().size(), 4);
            QAction* note = menu.findChild<QAction*>(u"column3Action"_s);
            QVERIFY(note && note->isChecked());
            note->trigger(); // hide 备注
            QVERIFY(table.isColumnHidden(Note));
        }
        QSettings().sync();
        QVERIFY(QSettings().contains(u"tables/rememberedTableView"_s));

        QTableView again;
        again.setObjectName(u"rememberedTableView"_s);
        again.setModel(model.get());
        QCOMPARE(again.columnWidth(Name), again.horizontalHeader()->defaultSectionSize());
        QVERIFY(ColumnState::install(&again)->restored());
        QCOMPARE(again.columnWidth(Name), 173);
        QVERIFY(again.isColumnHidden(Note));
        QVERIFY(!again.isColumnHidden(Day));

        // The last column shown cannot be hidden.
        again.setColumnHidden(Count, true);
        again.setColumnHidden(Day, true);
        QMenu menu;
        ColumnState::of(&again)->fillMenu(menu);
        QVERIFY(!menu.findChild<QAction*>(u"column0Action"_s)->isEnabled());
        QVERIFY(menu.findChild<QAction*>(u"column3Action"_s)->isEnabled());
    }

    void rowMenuAndEnterEdit()
    {
        auto model = people();
        QTableView table;
        table.setObjectName(u"menuTableView"_s);
        TableBehaviour::sortAndFilter(&table, model.get());
        QAction edit(u"Edit"_s);
        QAction remove(u"Delete"_s);
        int edits = 0;
        connect(&edit, &QAction::triggered, this, [&edits] { ++edits; });
        TableBehaviour::Options options;
        options.exportStem = u"people"_s;
        options.edit = &edit;
        options.remove = &remove;
        TableBehaviour::install(&table, options);
        QMenu menu;
        TableBehaviour::of(&table)->fillMenu(menu);
        QStringList texts;
        for (QAction* a : menu.actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        QCOMPARE(texts.size(), 3);
        QCOMPARE(texts.at(0), u"Edit"_s);
        QCOMPARE(texts.at(1), u"Delete"_s);
        QCOMPARE(table.contextMenuPolicy(), Qt::CustomContextMenu);

        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.sortByColumn(Name, Qt::AscendingOrder);
        table.setCurrentIndex(table.model()->index(0, Name));
        QCOMPARE(TableBehaviour::currentSourceRow(&table), 2); // 安然, the model's third
        QTest::keyClick(&table, Qt::Key_Return);
        QCOMPARE(edits, 1);
        edit.setEnabled(false);
        QTest::keyClick(&table, Qt::Key_Return);
        QCOMPARE(edits, 1);
    }
};

QTEST_MAIN(TestTableBehaviour)
#include "TestTableBehaviour.moc"
