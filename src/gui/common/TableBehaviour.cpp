#include "gui/common/TableBehaviour.h"

#include "gui/common/ColumnState.h"
#include "gui/common/EmptyState.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/TableSortProxy.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>

namespace sl {

namespace {

const char* const behaviourProperty = "sl_tableBehaviour";

} // namespace

TableBehaviour* TableBehaviour::install(QTableView* table, const Options& options)
{
    auto* behaviour = new TableBehaviour(table, options);
    table->setProperty(behaviourProperty, QVariant::fromValue<QObject*>(behaviour));
    return behaviour;
}

TableBehaviour* TableBehaviour::of(const QTableView* table)
{
    return qobject_cast<TableBehaviour*>(table->property(behaviourProperty).value<QObject*>());
}

TableBehaviour::TableBehaviour(QTableView* table, const Options& options)
    : QObject(table), m_table(table), m_options(options)
{
    ColumnState::install(table);
    if (!options.emptyText.isEmpty())
        EmptyState::install(table, options.emptyText);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    if (!options.exportStem.isEmpty() && !TableExportAction::of(table))
        TableExportAction::install(table, options.exportStem);
    connect(table, &QWidget::customContextMenuRequested, this, &TableBehaviour::showMenu);
    if (options.edit) {
        connect(table, &QAbstractItemView::activated, options.edit, [action = options.edit] {
            if (action->isEnabled())
                action->trigger();
        });
    }
}

TableSortProxy* TableBehaviour::sortAndFilter(QTableView* table, QAbstractItemModel* source,
                                              std::vector<int> initialsColumns)
{
    auto* proxy = new TableSortProxy(table);
    proxy->setSourceModel(source);
    proxy->setInitialsColumns(std::move(initialsColumns));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    // The model's own order until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    return proxy;
}

QLineEdit* TableBehaviour::filterField(QTableView* table, QWidget* parent,
                                       const QString& placeholder)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(table->objectName() + QStringLiteral("FilterLineEdit"));
    field->setPlaceholderText(placeholder.isEmpty() ? tr("Filter (names also by pinyin initials)")
                                                    : placeholder);
    field->setClearButtonEnabled(true);
    // The placeholder whole, beside the clear button and the frame's margins.
    const int clearButton = field->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, field);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(field->placeholderText()) +
                           clearButton + 4 * field->fontMetrics().averageCharWidth());
    auto* proxy = qobject_cast<TableSortProxy*>(table->model());
    field->setEnabled(proxy != nullptr);
    if (proxy)
        connect(field, &QLineEdit::textChanged, proxy, &TableSortProxy::setFilterText);
    return field;
}

int TableBehaviour::sourceRow(const QTableView* table, int row)
{
    if (!table->model() || row < 0 || row >= table->model()->rowCount())
        return -1;
    const QModelIndex index = table->model()->index(row, 0);
    if (const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(table->model()))
        return proxy->mapToSource(index).row();
    return row;
}

int TableBehaviour::currentSourceRow(const QTableView* table)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? sourceRow(table, current.row()) : -1;
}

void TableBehaviour::fillMenu(QMenu& menu) const
{
    if (m_options.edit)
        menu.addAction(m_options.edit);
    if (m_options.remove)
        menu.addAction(m_options.remove);
    if (!m_options.more.isEmpty()) {
        if (!menu.isEmpty())
            menu.addSeparator();
        for (QAction* action : m_options.more) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
    }
    TableExportAction::addTo(menu, m_table);
}

void TableBehaviour::showMenu(const QPoint& pos)
{
    QMenu menu(m_table);
    fillMenu(menu);
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace sl
