#include "gui/writings/WritingTableModel.h"

#include "gui/common/UiLanguage.h"

#include "domain/ActivityRules.h"
#include "domain/Rubric.h"

namespace sl {

void WritingTableModel::rowsReset()
{
    m_lengths.clear();
    for (const Writing& w : m_rows)
        m_lengths.push_back(rules::writingLength(w));
}

int WritingTableModel::rowOfWriting(qint64 id) const
{
    return findRow(id, [](const Writing& w) { return w.id; });
}

int WritingTableModel::units() const
{
    int sum = 0;
    for (const Writing& w : m_rows)
        sum += writingUnits(w.kind);
    return sum;
}

QVariant WritingTableModel::data(const QModelIndex& index, int role) const
{
    const Writing* w = index.isValid() ? writingAt(index.row()) : nullptr;
    if (!w)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return dates::toIso(w->date);
        case Kind:
            return ui::label(w->kind);
        case Title:
            return w->title;
        case Length:
            return m_lengths[size_t(index.row())];
        case Published:
            return w->published;
        case Award:
            return w->award ? ui::label(*w->award) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Length)
            return w->chars ? tr("Length as given") : tr("Counted from the text");
        if (index.column() == Title)
            return w->title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Length)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case WritingIdRole:
        return w->id;
    }
    return {};
}

QVariant WritingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Length:
        return tr("Characters");
    case Published:
        return tr("Published in");
    case Award:
        return tr("Appraisal");
    }
    return {};
}

} // namespace sl
