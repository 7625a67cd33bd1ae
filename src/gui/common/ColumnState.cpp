#include "gui/common/ColumnState.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace sl {

namespace {

const char* const stateProperty = "sl_columnState";

} // namespace

ColumnState* ColumnState::install(QTableView* table)
{
    if (ColumnState* existing = of(table))
        return existing;
    auto* state = new ColumnState(table);
    table->setProperty(stateProperty, QVariant::fromValue<QObject*>(state));
    return state;
}

ColumnState* ColumnState::of(const QTableView* table)
{
    return qobject_cast<ColumnState*>(table->property(stateProperty).value<QObject*>());
}

QString ColumnState::settingsKey(const QTableView* table)
{
    return QStringLiteral("tables/") + table->objectName();
}

ColumnState::ColumnState(QTableView* table) : QObject(table), m_table(table)
{
    Q_ASSERT(!table->objectName().isEmpty());
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnState::showMenu);
    restore();
    // A model that gets its columns later (or anew) is restored then.
    connect(header, &QHeaderView::sectionCountChanged, this, [this](int before, int count) {
        if (before == 0 && count > 0)
            restore();
    });
    connect(header, &QHeaderView::sectionResized, this, &ColumnState::save);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnState::save);
}

void ColumnState::restore()
{
    QHeaderView* header = m_table->horizontalHeader();
    if (header->count() == 0)
        return;
    const QByteArray state = QSettings().value(settingsKey(m_table)).toByteArray();
    if (state.isEmpty())
        return;
    // Widths, order and hidden columns; the sort stays the view's own.
    const int sortSection = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    m_restoring = true;
    m_restored = header->restoreState(state);
    header->setSortIndicator(sortSection, sortOrder);
    m_restoring = false;
}

void ColumnState::save()
{
    if (m_restoring || !m_table || m_table->horizontalHeader()->count() == 0)
        return;
    QSettings().setValue(settingsKey(m_table), m_table->horizontalHeader()->saveState());
}

void ColumnState::fillMenu(QMenu& menu)
{
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemModel* model = m_table->model();
    if (!model)
        return;
    const int shown = header->count() - header->hiddenSectionCount();
    for (int c = 0; c < header->count(); ++c) {
        const int section = header->logicalIndex(c);
        auto* action =
            menu.addAction(model->headerData(section, Qt::Horizontal).toString().simplified());
        action->setObjectName(QStringLiteral("column%1Action").arg(section));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        // The last column shown stays.
        action->setEnabled(header->isSectionHidden(section) || shown > 1);
        connect(action, &QAction::toggled, this, [this, header, section](bool on) {
            header->setSectionHidden(section, !on);
            if (on && header->sectionSize(section) < header->minimumSectionSize() * 2)
                header->resizeSection(section, header->defaultSectionSize());
            save();
        });
    }
}

void ColumnState::showMenu(const QPoint& pos)
{
    QMenu menu(m_table);
    menu.setTitle(tr("Columns"));
    fillMenu(menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace sl
