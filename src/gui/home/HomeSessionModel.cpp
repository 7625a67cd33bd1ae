#include "gui/home/HomeSessionModel.h"

#include "gui/common/UiLanguage.h"

namespace sl {

QVariant HomeSessionModel::data(const QModelIndex& index, int role) const
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
        case Group:
            return r->groupName;
        case Form:
            return ui::label(s.form);
        case Topic:
            return s.topic;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Topic)
        return s.topic;
    return {};
}

QVariant HomeSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case Group:
        return tr("Study group");
    case Form:
        return tr("Form");
    case Topic:
        return tr("Topic");
    }
    return {};
}

} // namespace sl
