#include "gui/attendance/AttendanceCommands.h"

#include "gui/common/UiLanguage.h"

#include <QCoreApplication>

namespace sl {

AttendanceCommand::AttendanceCommand(AttendanceModel* model, std::vector<Change> changes,
                                     const QString& text, MergeId mergeId)
    : LedgerCommand(model->undoContext(), text, false, mergeId), m_model(model),
      m_changes(std::move(changes))
{
}

Status AttendanceCommand::revert()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        m_model->setLine(it->row, it->before);
    return {};
}

Status AttendanceCommand::apply()
{
    for (const Change& c : m_changes)
        m_model->setLine(c.row, c.after);
    return {};
}

SetAttendanceStatusCommand::SetAttendanceStatusCommand(AttendanceModel* model, const Change& change)
    : AttendanceCommand(
          model, {change},
          QCoreApplication::translate("sl::AttendanceCommand", "%1: %2")
              .arg(change.after.sheet.memberName, ui::label(change.after.sheet.record.status)))
{
}

EditAttendanceFieldCommand::EditAttendanceFieldCommand(AttendanceModel* model, const Change& change,
                                                       int column)
    : AttendanceCommand(model, {change},
                        QCoreApplication::translate("sl::AttendanceCommand", "Edit %1")
                            .arg(change.after.sheet.memberName),
                        MergeId::AttendanceField),
      m_column(column)
{
}

bool EditAttendanceFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditAttendanceFieldCommand*>(other);
    if (o->m_column != m_column || o->m_changes.front().row != m_changes.front().row)
        return false;
    m_changes.front().after = o->m_changes.front().after;
    return true;
}

MarkAllPresentCommand::MarkAllPresentCommand(AttendanceModel* model, std::vector<Change> changes)
    : AttendanceCommand(
          model, std::move(changes),
          QCoreApplication::translate("sl::AttendanceCommand", "Mark everyone present"))
{
}

} // namespace sl
