#pragma once

#include "exchange/CsvReader.h"
#include "exchange/HeaderMap.h"

#include <QObject>

#include <vector>

class QComboBox;
class QTableWidget;

namespace sl {

// The header mapping of the import wizard in a table: one row for each column of the file (its
// header, its first value) with a combo box of the kind's columns ("*" marks a required one) and
// "(ignore)". The combo starts at the column the header matched; a column that matched none
// and holds values starts at "(unmatched)", which leaves it to the header rules (an error).
class ColumnMapping : public QObject
{
    Q_OBJECT

public:
    ColumnMapping(QTableWidget* table, QObject* parent = nullptr);

    // Fills the table for `file` read with the columns of its kind.
    void show(const std::vector<ColumnSpec>& columns, const CsvTable& file);

    // The choices as overrides: every column whose combo names a key or "ignore".
    ColumnOverrides overrides() const;
    // The combo of the file's column `column`, or null.
    QComboBox* combo(int column) const;

signals:
    void changed();

private:
    QTableWidget* m_table;
    std::vector<QComboBox*> m_combos;
};

} // namespace sl
