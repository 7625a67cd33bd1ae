#include "gui/members/MemberDetailPane.h"

#include "gui/common/UiLanguage.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembershipsPane.h"

#include "domain/MemberRecords.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedLayout>

namespace sl {

MemberDetailPane::MemberDetailPane(QWidget* parent) : QWidget(parent)
{
    m_stack = new QStackedLayout(this);

    m_hint = new QLabel(tr("Select a member to see the details."), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    m_stack->addWidget(m_hint);

    auto* page = new QWidget(this);
    auto* details = new QWidget(page);
    m_grid = new QGridLayout(details);
    m_grid->setContentsMargins(8, 6, 8, 6);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_title = new QLabel(details);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // a name, never markup
    m_grid->addWidget(m_title, 0, 0, 1, 6);

    m_extId = addValue(1, 0, tr("Number"));
    m_gender = addValue(1, 1, tr("Gender"));
    m_birthDate = addValue(1, 2, tr("Birth date"));
    m_joinDate = addValue(2, 0, tr("Join date"));
    m_category = addValue(2, 1, tr("Category"));
    m_cadre = addValue(2, 2, tr("Cadre level"));
    m_org = addValue(3, 0, tr("Organisation"));
    m_position = addValue(3, 1, tr("Position"));
    m_phone = addValue(3, 2, tr("Phone"));
    m_state = addValue(4, 0, tr("State"));
    for (int c : {1, 3, 5})
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(5, 1);
    m_memberships = new MembershipsPane(page);
    auto* row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(details, 3);
    row->addWidget(m_memberships, 2);
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(m_hint);
}

QLabel* MemberDetailPane::addValue(int row, int pair, const QString& label)
{
    auto* name = new QLabel(label, m_grid->parentWidget());
    name->setEnabled(false); // the palette's quieter text colour
    auto* value = new QLabel(m_grid->parentWidget());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText); // what the ledger holds, never markup
    m_grid->addWidget(name, row, pair * 2, Qt::AlignRight);
    m_grid->addWidget(value, row, pair * 2 + 1);
    return value;
}

void MemberDetailPane::showMember(const MemberRow* row)
{
    if (!row) {
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    const Member& m = row->member;
    const QString none = QStringLiteral("—");
    auto orNone = [&](const QString& s) { return s.isEmpty() ? none : s; };
    m_title->setText(m.name);
    m_extId->setText(m.extId);
    m_gender->setText(m.gender ? ui::label(*m.gender) : none);
    m_birthDate->setText(orNone(dates::toIso(m.birthDate)));
    m_joinDate->setText(orNone(dates::toIso(m.joinDate)));
    m_category->setText(m.category ? ui::label(*m.category) : none);
    m_cadre->setText(ui::label(m.cadreLevel));
    m_org->setText(orNone(row->orgName));
    m_position->setText(orNone(m.position));
    m_phone->setText(orNone(m.phone));
    m_state->setText(m.isActive() ? tr("Active") : MemberTableModel::inactiveText(m));
    m_stack->setCurrentIndex(1);
}

} // namespace sl
