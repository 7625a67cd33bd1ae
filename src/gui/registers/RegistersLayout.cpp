// The two tabs of 登记簿 as laid out: each a table (with its filter, row menu and empty state)
// beside a list (the sessions an expert gave; a unit's status history), and the buttons of its
// actions below. (RegistersView's building, apart from its editing in RegistersView.cpp.)

#include "gui/registers/RegistersView.h"

#include "gui/common/EmptyState.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableBehaviour.h"
#include "gui/registers/RegisterTableModels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sl {

namespace {

struct Pane
{
    QWidget* box;
    QTableView* table;
    QListWidget* side;
    QHBoxLayout* buttons;
};

// A table over `model` (sorted and filtered, names by pinyin initials) with its filter field,
// a side list under a heading, and a row of buttons (filled by the caller).
Pane makePane(QWidget* parent, QAbstractItemModel* model, const QString& name,
              const QString& sideHeading, const QString& sideName,
              const TableBehaviour::Options& options)
{
    Pane p;
    p.box = new QWidget(parent);
    p.table = new QTableView(p.box);
    p.table->setObjectName(name);
    RecordTableView::setUpRows(p.table);
    TableBehaviour::sortAndFilter(p.table, model, {0});
    TableBehaviour::install(p.table, options);
    QLineEdit* filter = TableBehaviour::filterField(p.table, p.box);
    p.side = new QListWidget(p.box);
    p.side->setObjectName(sideName);
    EmptyState::install(p.side, QString());
    auto* left = new QWidget(p.box);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filter);
    leftLayout->addWidget(p.table, 1);
    auto* right = new QWidget(p.box);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(sideHeading, right));
    rightLayout->addWidget(p.side, 1);
    auto* split = new QSplitter(p.box);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    p.buttons = new QHBoxLayout;
    p.buttons->addStretch(1);
    auto* layout = new QVBoxLayout(p.box);
    layout->addWidget(split, 1);
    layout->addLayout(p.buttons);
    return p;
}

// A button that triggers `action` and follows its enabled state.
QPushButton* buttonFor(QAction* action, const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

QWidget* RegistersView::buildExperts()
{
    m_newExpert = new QAction(tr("New Expert…"), this);
    m_editExpert = new QAction(tr("Edit Expert…"), this);
    m_removeExpert = new QAction(tr("Remove Expert"), this);
    connect(m_newExpert, &QAction::triggered, this, &RegistersView::newExpert);
    connect(m_editExpert, &QAction::triggered, this, &RegistersView::editCurrentExpert);
    connect(m_removeExpert, &QAction::triggered, this, &RegistersView::removeCurrentExpert);
    TableBehaviour::Options options;
    options.exportStem = tr("experts");
    options.emptyText = tr("No experts yet — add one with “+ New Expert…”.");
    options.edit = m_editExpert;
    options.remove = m_removeExpert;
    options.more = {m_newExpert};
    Pane p = makePane(this, m_expertModel, QStringLiteral("expertsTableView"),
                      tr("<b>Sessions given</b>"), QStringLiteral("givenListWidget"), options);
    m_experts = p.table;
    m_given = p.side;
    p.buttons->addWidget(
        buttonFor(m_editExpert, tr("Edit…"), QStringLiteral("editExpertPushButton"), p.box));
    p.buttons->addWidget(
        buttonFor(m_removeExpert, tr("Remove"), QStringLiteral("removeExpertPushButton"), p.box));
    p.buttons->addWidget(
        buttonFor(m_newExpert, tr("+ &New Expert…"), QStringLiteral("newExpertPushButton"), p.box));
    connect(m_experts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showExpert();
        updateActions();
    });
    return p.box;
}

QWidget* RegistersView::buildUnits()
{
    m_newUnit = new QAction(tr("Apply…"), this);
    m_editUnit = new QAction(tr("Edit Unit…"), this);
    m_removeUnit = new QAction(tr("Remove Unit"), this);
    m_changeStatus = new QAction(tr("Change Status…"), this);
    connect(m_newUnit, &QAction::triggered, this, &RegistersView::newUnit);
    connect(m_editUnit, &QAction::triggered, this, &RegistersView::editCurrentUnit);
    connect(m_removeUnit, &QAction::triggered, this, &RegistersView::removeCurrentUnit);
    connect(m_changeStatus, &QAction::triggered, this, &RegistersView::changeCurrentStatus);
    TableBehaviour::Options options;
    options.exportStem = tr("model-units");
    options.emptyText = tr("No model units yet — apply for one with “+ Apply…”.");
    options.edit = m_editUnit;
    options.remove = m_removeUnit;
    options.more = {m_changeStatus, nullptr, m_newUnit};
    Pane p = makePane(this, m_unitModel, QStringLiteral("unitsTableView"),
                      tr("<b>Status history</b>"), QStringLiteral("historyListWidget"), options);
    m_units = p.table;
    m_history = p.side;
    p.buttons->addWidget(
        buttonFor(m_editUnit, tr("Edit…"), QStringLiteral("editUnitPushButton"), p.box));
    p.buttons->addWidget(
        buttonFor(m_removeUnit, tr("Remove"), QStringLiteral("removeUnitPushButton"), p.box));
    p.buttons->addWidget(buttonFor(m_changeStatus, tr("&Change Status…"),
                                   QStringLiteral("changeStatusPushButton"), p.box));
    p.buttons->addWidget(
        buttonFor(m_newUnit, tr("+ &Apply…"), QStringLiteral("applyUnitPushButton"), p.box));
    connect(m_units->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showUnit();
        updateActions();
    });
    return p.box;
}

void RegistersView::updateActions()
{
    const bool expert = currentId(m_experts) != 0;
    m_editExpert->setEnabled(expert);
    m_removeExpert->setEnabled(expert);
    const bool unit = currentId(m_units) != 0;
    m_editUnit->setEnabled(unit);
    m_removeUnit->setEnabled(unit);
    m_changeStatus->setEnabled(unit); // nothing to change on an empty register
}

qint64 RegistersView::currentId(const QTableView* table)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(ExpertTableModel::IdRole).toLongLong()
               : 0;
}

void RegistersView::selectId(QTableView* table, qint64 id)
{
    const QAbstractItemModel* model = table->model();
    int row = model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ExpertTableModel::IdRole).toLongLong() == id)
            row = r;
    }
    table->setCurrentIndex(row >= 0 ? model->index(row, 0) : QModelIndex());
}

} // namespace sl
