#include "gui/selfstudy/SelfStudyTableModel.h"

#include "gui/common/UiLanguage.h"

#include "domain/CharCount.h"

namespace sl {

namespace {

constexpr int notesTipLength = 200;

} // namespace

void SelfStudyTableModel::rowsReset()
{
    m_notesChars.clear();
    m_notesChars.reserve(m_rows.size());
    for (const SelfStudyEntry& e : m_rows)
        m_notesChars.push_back(countCharacters(e.notes));
}

int SelfStudyTableModel::rowOfEntry(qint64 id) const
{
    return findRow(id, [](const SelfStudyEntry& e) { return e.id; });
}

qint64 SelfStudyTableModel::totalMinutes() const
{
    qint64 sum = 0;
    for (const SelfStudyEntry& e : m_rows)
        sum += e.minutes;
    return sum;
}

QVariant SelfStudyTableModel::data(const QModelIndex& index, int role) const
{
    const SelfStudyEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const int chars = m_notesChars[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return dates::toIso(e->date);
        case Minutes:
            return e->minutes;
        case Material:
            return e->material;
        case Medium:
            return e->medium ? ui::label(*e->medium) : QString();
        case NotesChars:
            return chars > 0 ? QVariant(chars) : QVariant(QString());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Material || index.column() == NotesChars) {
            if (e->notes.trimmed().isEmpty())
                return tr("No notes");
            QString tip = e->notes.left(notesTipLength);
            if (tip.size() < e->notes.size())
                tip += QStringLiteral("…");
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Minutes || index.column() == NotesChars)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryIdRole:
        return e->id;
    }
    return {};
}

QVariant SelfStudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Minutes:
        return tr("Minutes");
    case Material:
        return tr("Material");
    case Medium:
        return tr("Medium");
    case NotesChars:
        return tr("Notes (characters)");
    }
    return {};
}

} // namespace sl
