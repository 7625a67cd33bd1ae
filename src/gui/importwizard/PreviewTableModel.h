#pragma once

#include "exchange/CsvReader.h"
#include "exchange/FileImport.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace sl {

// The rows of an import file as the wizard previews them: the file's own header and cells (the
// first `shownRows` rows, read from the table the wizard holds, never copied into widgets), each
// row headed by its line in the file. The problems of a dry run are marked where they are: a
// cell's problem on its cell, a problem without a column on the row's header (a coloured
// background, the message as the tooltip).
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int shownRows = 5000;

    // Where a problem is shown: its row and column in the model (-1 when it has none: a header
    // problem, a row beyond the shown ones, a problem of the whole row has column -1).
    struct Mark
    {
        int row = -1;
        int column = -1;
        FileProblem problem;
    };

    explicit PreviewTableModel(QObject* parent = nullptr);

    void setTable(std::shared_ptr<const CsvTable> table);
    // Marks `problems` (as the dry run reports them: the column as the file names it).
    void setProblems(const std::vector<FileProblem>& problems);
    const std::vector<Mark>& marks() const { return m_marks; }
    // The message(s) marked on a cell, or "" when it has none.
    QString problemAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor errorColour();

private:
    static qint64 cellKey(int row, int column) { return (qint64(row) << 32) | quint32(column); }
    int columnOf(const QString& name) const;

    std::shared_ptr<const CsvTable> m_table;
    QHash<int, int> m_rowOfLine;
    std::vector<Mark> m_marks;
    QHash<qint64, QString> m_cellProblems;
    QHash<int, QString> m_rowProblems;
};

} // namespace sl
