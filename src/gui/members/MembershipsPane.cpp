#include "gui/members/MembershipsPane.h"

#include "gui/common/TableExportAction.h"
#include "gui/common/UiLanguage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

MembershipsPane::MembershipsPane(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Study groups"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("membershipsTableWidget"));
    TableExportAction::install(m_table, tr("group-memberships"));
    m_table->setHorizontalHeaderLabels({tr("Study group"), tr("Role"), tr("From"), tr("Until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("membershipsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_join = new QPushButton(tr("&Join Study Group…"), this);
    m_join->setObjectName(QStringLiteral("joinPushButton"));
    m_edit = new QPushButton(tr("Edit &Place…"), this);
    m_edit->setObjectName(QStringLiteral("editPushButton"));
    m_remove = new QPushButton(tr("Lea&ve Group…"), this);
    m_remove->setObjectName(QStringLiteral("removePushButton"));
    connect(m_join, &QPushButton::clicked, this, &MembershipsPane::joinRequested);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { emit editRequested(currentMembershipId()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { emit removeRequested(currentMembershipId()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembershipsPane::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this,
            [this] { emit editRequested(currentMembershipId()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    setMemberships({}, false);
}

void MembershipsPane::setMemberships(const std::vector<MembershipRow>& rows, bool hasMember)
{
    const qint64 previous = currentMembershipId();
    m_hasMember = hasMember;
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    const QString open = QStringLiteral("—");
    for (int r = 0; r < int(rows.size()); ++r) {
        const GroupMembership& m = rows[size_t(r)].membership;
        const QStringList cells{rows[size_t(r)].groupName, ui::label(m.role),
                                dates::isSet(m.from) ? dates::toIso(m.from) : open,
                                dates::isSet(m.to) ? dates::toIso(m.to) : open};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(idRole, m.id);
            m_table->setItem(r, c, item);
        }
    }
    m_empty->setText(!hasMember ? tr("Select a member to see their study groups.")
                     : rows.empty()
                         ? tr("Not in any study group — click “Join Study Group…” to add one.")
                         : QString());
    m_empty->setVisible(rows.empty());
    m_table->setVisible(!rows.empty());
    if (!selectMembership(previous) && !rows.empty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 MembershipsPane::currentMembershipId() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    return item && item->isSelected() ? item->data(idRole).toLongLong() : 0;
}

bool MembershipsPane::selectMembership(qint64 membershipId)
{
    for (int r = 0; membershipId != 0 && r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(idRole).toLongLong() == membershipId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void MembershipsPane::updateButtons()
{
    const bool chosen = currentMembershipId() != 0;
    m_join->setEnabled(m_hasMember);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

} // namespace sl
