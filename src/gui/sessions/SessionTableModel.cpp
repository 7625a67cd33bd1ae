#include "gui/sessions/SessionTableModel.h"

#include "gui/common/UiLanguage.h"

#include <QBrush>

namespace sl {

int SessionTableModel::rowOfSession(qint64 id) const
{
    return findRow(id, [](const SessionRow& r) { return r.session.id; });
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    const SessionRow* r = row(index.row());
    if (!r)
        return {};
    const StudySession& s = r->session;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return dates::toIso(s.date);
        case Start:
            return s.start.isValid() ? s.start.toString(QStringLiteral("HH:mm")) : QString();
        case Minutes:
            return s.minutes;
        case Form:
            return ui::label(s.form);
        case Topic:
            return s.topic;
        case Speaker:
            return s.speaker;
        case Trigger:
            return s.trigger ? ui::label(*s.trigger) : QString();
        case PlanItem:
            return r->planItemNo > 0 ? QVariant(r->planItemNo) : QVariant();
        case Status:
            return ui::label(s.status);
        case Group:
            return r->groupName;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (s.status == SessionStatus::Cancelled)
            return QBrush(QColor(0x99, 0x99, 0x99));
        if (s.status == SessionStatus::Planned)
            return QBrush(QColor(0x1f, 0x5f, 0xae));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Minutes || index.column() == PlanItem))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Topic)
        return s.topic;
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case Minutes:
        return tr("Duration");
    case Form:
        return tr("Form");
    case Topic:
        return tr("Topic");
    case Speaker:
        return tr("Speaker");
    case Trigger:
        return tr("Three musts");
    case PlanItem:
        return tr("Plan item");
    case Status:
        return tr("Status");
    case Group:
        return tr("Study group");
    }
    return {};
}

} // namespace sl
