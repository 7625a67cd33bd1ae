#include "gui/common/MemberSearchField.h"

#include "services/RosterService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace sl {

namespace {

constexpr int memberIdRole = Qt::UserRole + 1;
constexpr int searchDelayMs = 150;

QString describe(const MemberRow& row)
{
    const QString extra = row.orgName.isEmpty()
                              ? row.member.extId
                              : MemberSearchField::tr("%1, %2").arg(row.member.extId, row.orgName);
    return MemberSearchField::tr("%1 (%2)").arg(row.member.name, extra);
}

} // namespace

MemberSearchField::MemberSearchField(RosterService& roster, QWidget* parent)
    : QLineEdit(parent), m_roster(roster), m_matches(new QStandardItemModel(this)),
      m_timer(new QTimer(this))
{
    setPlaceholderText(tr("Type a name or number…"));
    auto* completer = new QCompleter(this);
    completer->setModel(m_matches);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    m_timer->setSingleShot(true);
    m_timer->setInterval(searchDelayMs);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &MemberSearchField::search);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_memberId = index.data(memberIdRole).toLongLong();
                emit memberChosen(m_memberId);
                // After QCompleter has put the chosen text in.
                QTimer::singleShot(0, this, &MemberSearchField::showMember);
            });
    // Leaving the field with a half-typed name shows the chosen member again.
    connect(this, &QLineEdit::editingFinished, this, &MemberSearchField::settle);
}

void MemberSearchField::settle()
{
    if (completer()->popup()->isVisible())
        return;
    if (m_noneAllowed && text().trimmed().isEmpty() && m_memberId != 0) {
        m_memberId = 0;
        emit memberChosen(0);
    }
    showMember();
}

void MemberSearchField::setMemberId(qint64 id)
{
    m_memberId = id;
    showMember();
}

void MemberSearchField::showMember()
{
    QString shown;
    if (m_memberId != 0) {
        // The member by id; the list row (with the organisation's name) among the few of its
        // own organisation.
        auto member = m_roster.member(m_memberId);
        if (member && *member) {
            MemberRow row{**member, {}, {}};
            MemberQuery query;
            query.orgId = row.member.orgId;
            query.includeDescendants = false;
            query.filter = row.member.extId;
            auto rows = m_roster.memberPage(query, 0, maxMatches);
            for (const MemberRow& r : rows ? *rows : std::vector<MemberRow>()) {
                if (r.member.id == m_memberId)
                    row = r;
            }
            shown = describe(row);
        }
    }
    setText(shown);
    setCursorPosition(0);
    if (!isReadOnly())
        setToolTip(shown);
}

void MemberSearchField::search()
{
    m_timer->stop();
    if (isReadOnly())
        return;
    MemberQuery query;
    query.filter = text().trimmed();
    query.sortKey = MemberQuery::SortKey::Name;
    query.activeOnly = !m_offersInactive; // a member who left is offered for no new record
    m_matches->clear();
    if (query.filter.isEmpty())
        return;
    auto rows = m_roster.memberPage(query, 0, maxMatches);
    if (!rows)
        return;
    for (const MemberRow& row : *rows) {
        auto* item = new QStandardItem(describe(row));
        item->setData(row.member.id, memberIdRole);
        m_matches->appendRow(item);
    }
    if (hasFocus() && m_matches->rowCount() > 0)
        completer()->complete();
}

QStringList MemberSearchField::matches() const
{
    QStringList out;
    for (int i = 0; i < m_matches->rowCount(); ++i)
        out << m_matches->item(i)->text();
    return out;
}

bool MemberSearchField::choose(int row)
{
    if (row < 0 || row >= m_matches->rowCount())
        return false;
    completer()->popup()->hide();
    m_memberId = m_matches->item(row)->data(memberIdRole).toLongLong();
    emit memberChosen(m_memberId);
    showMember();
    return true;
}

} // namespace sl
