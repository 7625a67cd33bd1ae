#include "gui/common/MemberPicker.h"

#include "gui/common/MemberContext.h"

#include "services/RosterService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace sl {

namespace {

constexpr int memberIdRole = Qt::UserRole + 1;
constexpr int maxMatches = 20;
constexpr int searchDelayMs = 150;

QString describe(const MemberRow& row)
{
    const QString extra = row.orgName.isEmpty()
                              ? row.member.extId
                              : MemberPicker::tr("%1, %2").arg(row.member.extId, row.orgName);
    return MemberPicker::tr("%1 (%2)").arg(row.member.name, extra);
}

} // namespace

MemberPicker::MemberPicker(RosterService& roster, MemberContext& context, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_context(context), m_edit(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_matches(new QStandardItemModel(this)),
      m_timer(new QTimer(this))
{
    auto* label = new QLabel(tr("&Member:"), this);
    label->setBuddy(m_edit);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);

    m_edit->setObjectName(QStringLiteral("memberPickerLineEdit"));
    m_edit->setPlaceholderText(tr("Type a name or number…"));
    // Room for a name, a number and a branch's long name.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QString(30, QChar(0x515A))));
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    m_timer->setSingleShot(true);
    m_timer->setInterval(searchDelayMs);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &MemberPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_context.setMemberId(index.data(memberIdRole).toLongLong());
                // After QCompleter has put the chosen text in.
                QTimer::singleShot(0, this, &MemberPicker::showCurrent);
            });
    // Leaving the field with a half-typed name shows the chosen member again.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_completer->popup()->isVisible())
            showCurrent();
    });
    connect(&m_context, &MemberContext::memberChanged, this, &MemberPicker::showCurrent);

    if (!m_context.canChooseMember()) {
        m_edit->setReadOnly(true);
        m_edit->setToolTip(tr("A member account sees its own records only."));
    }
    showCurrent();
}

void MemberPicker::showCurrent()
{
    QString text;
    if (m_context.memberId() != 0) {
        auto member = m_roster.member(m_context.memberId());
        if (member && *member) {
            // The list row has the organisation's name; the number finds it among few.
            MemberRow row{**member, {}, {}};
            MemberQuery query;
            query.filter = row.member.extId;
            auto rows = m_roster.memberPage(query, 0, maxMatches);
            for (const MemberRow& r : rows ? *rows : std::vector<MemberRow>()) {
                if (r.member.id == row.member.id)
                    row = r;
            }
            text = describe(row);
        }
    }
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
    if (m_context.canChooseMember())
        m_edit->setToolTip(text);
}

void MemberPicker::search()
{
    m_timer->stop();
    if (!m_context.canChooseMember())
        return;
    MemberQuery query;
    query.filter = m_edit->text().trimmed();
    query.sortKey = MemberQuery::SortKey::Name;
    m_matches->clear();
    auto rows = m_roster.memberPage(query, 0, maxMatches);
    if (!rows)
        return;
    for (const MemberRow& row : *rows) {
        auto* item = new QStandardItem(describe(row));
        item->setData(row.member.id, memberIdRole);
        m_matches->appendRow(item);
    }
    if (m_edit->hasFocus() && m_matches->rowCount() > 0)
        m_completer->complete();
}

QStringList MemberPicker::matches() const
{
    QStringList out;
    for (int i = 0; i < m_matches->rowCount(); ++i)
        out << m_matches->item(i)->text();
    return out;
}

bool MemberPicker::choose(int row)
{
    if (row < 0 || row >= m_matches->rowCount())
        return false;
    m_completer->popup()->hide();
    const bool chosen =
        m_context.setMemberId(m_matches->item(row)->data(memberIdRole).toLongLong());
    showCurrent();
    return chosen;
}

} // namespace sl
