#pragma once

#include "domain/SelfStudyEntry.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// A member's self-study entries of a period, newest first (as SelfStudyService::list gives
// them). A member logs a few hundred a year at most: the model holds them all.
class SelfStudyTableModel : public RowTableModel<SelfStudyEntry>
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

    explicit SelfStudyTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setEntries(std::vector<SelfStudyEntry> entries) { resetRows(std::move(entries)); }
    const std::vector<SelfStudyEntry>& entries() const { return m_rows; }
    const SelfStudyEntry* entryAt(int row) const { return rowAt(row); }
    int rowOfEntry(qint64 id) const;
    qint64 totalMinutes() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rowsReset() override;

    std::vector<int> m_notesChars;
};

} // namespace sl
