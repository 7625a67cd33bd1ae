#include "gui/selfstudy/SelfStudyTableModel.h"

#include "gui/common/UiLanguage.h"

#include "domain/CharCount.h"

namespace sl {

namespace {

constexpr int notesTipLength = 200;

} // namespace

SelfStudyTableModel::SelfStudyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SelfStudyTableModel::setEntries(std::vector<SelfStudyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_notesChars.clear();
    m_notesChars.reserve(m_entries.size());
    for (const SelfStudyEntry& e : m_entries)
        m_notesChars.push_back(countCharacters(e.notes));
    endResetModel();
}

const SelfStudyEntry* SelfStudyTableModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_entries[size_t(row)];
}

int SelfStudyTableModel::rowOfEntry(qint64 id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

qint64 SelfStudyTableModel::totalMinutes() const
{
    qint64 sum = 0;
    for (const SelfStudyEntry& e : m_entries)
        sum += e.minutes;
    return sum;
}

int SelfStudyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SelfStudyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
