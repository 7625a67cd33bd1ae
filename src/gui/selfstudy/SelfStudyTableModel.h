#pragma once

#include "domain/SelfStudyEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// A member's self-study entries of a period, newest first (as SelfStudyService::list gives
// them). A member logs a few hundred a year at most: the model holds them all.
class SelfStudyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Minutes,
        Material,
        Medium,
        NotesChars,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1
    };

    explicit SelfStudyTableModel(QObject* parent = nullptr);

    void setEntries(std::vector<SelfStudyEntry> entries);
    const std::vector<SelfStudyEntry>& entries() const { return m_entries; }
    const SelfStudyEntry* entryAt(int row) const;
    int rowOfEntry(qint64 id) const;
    qint64 totalMinutes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SelfStudyEntry> m_entries;
    std::vector<int> m_notesChars;
};

} // namespace sl
