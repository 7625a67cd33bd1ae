#include "gui/common/MemberPicker.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MemberSearchField.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>

namespace sl {

MemberPicker::MemberPicker(RosterService& roster, MemberContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_field(new MemberSearchField(roster, this))
{
    auto* label = new QLabel(tr("&Member:"), this);
    label->setBuddy(m_field);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    setFocusProxy(m_field);

    m_field->setObjectName(QStringLiteral("memberPickerLineEdit"));
    // Room for a name, a number and a branch's long name.
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(QString(30, QChar(0x515A))));
    if (!m_context.canChooseMember()) {
        m_field->setReadOnly(true);
        m_field->setToolTip(tr("A member account sees its own records only."));
    }
    m_field->setMemberId(m_context.memberId());
    connect(m_field, &MemberSearchField::memberChosen, this, [this](qint64 id) {
        if (!m_context.setMemberId(id))
            m_field->setMemberId(m_context.memberId());
    });
    connect(&m_context, &MemberContext::memberChanged, m_field, &MemberSearchField::setMemberId);
}

QLineEdit* MemberPicker::lineEdit() const
{
    return m_field;
}

QCompleter* MemberPicker::completer() const
{
    return m_field->completer();
}

QStringList MemberPicker::matches() const
{
    return m_field->matches();
}

void MemberPicker::search()
{
    m_field->search();
}

bool MemberPicker::choose(int row)
{
    return m_field->choose(row) && m_field->memberId() == m_context.memberId();
}

void MemberPicker::setOffersInactive(bool offers)
{
    m_field->setOffersInactive(offers);
}

} // namespace sl
