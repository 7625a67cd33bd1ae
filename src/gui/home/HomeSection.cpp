#include "gui/home/HomeSection.h"

#include "gui/common/Appearance.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace sl {

HomeSection::HomeSection(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)),
      m_table(new RecordTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(objectName);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table->setObjectName(objectName + QStringLiteral("TableView"));
    TableExportAction::install(m_table, objectName);
    m_table->setModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(objectName + QStringLiteral("EmptyLabel"));
    m_empty->setWordWrap(true);
    ui::makeQuiet(m_empty);
    m_empty->setContentsMargins(8, 4, 8, 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);

    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit rowActivated(index.row()); });
}

void HomeSection::setTexts(const QString& title, const QString& emptyText)
{
    m_titleText = title;
    m_emptyText = emptyText;
}

void HomeSection::setStretchColumn(int column)
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Stretch);
}

void HomeSection::update(qint64 total)
{
    const int shown = m_model->rowCount();
    if (total > shown)
        m_title->setText(tr("%1 (%2 of %3)").arg(m_titleText).arg(shown).arg(total));
    else
        m_title->setText(tr("%1 (%2)").arg(m_titleText).arg(shown));
    m_table->setVisible(shown > 0);
    m_empty->setText(m_emptyText);
    m_empty->setVisible(shown == 0);
}

void HomeSection::showError(const QString& message)
{
    m_title->setText(m_titleText);
    m_table->setVisible(false);
    m_empty->setText(message);
    m_empty->setVisible(true);
}

QString HomeSection::titleText() const
{
    return m_title->text();
}

QString HomeSection::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

bool HomeSection::isEmptyShown() const
{
    return m_empty->isVisibleTo(this);
}

} // namespace sl
