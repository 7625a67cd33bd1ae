#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QMenu;
class QTableView;

namespace sl {

// The columns of a table as the user left them: a context menu on the header shows or hides
// each column (one always stays), and the widths, order and hidden columns are saved in
// QSettings under "tables/<the table's object name>" as they change, and restored when the table
// is built (now, or when its model first has columns).
class ColumnState : public QObject
{
    Q_OBJECT

public:
    // The table must have an object name (it names the settings key).
    static ColumnState* install(QTableView* table);
    static ColumnState* of(const QTableView* table);

    static QString settingsKey(const QTableView* table);

    // True once a saved state has been put back.
    bool restored() const { return m_restored; }
    // The header menu (for tests): one checkable action per column.
    void fillMenu(QMenu& menu);

private:
    explicit ColumnState(QTableView* table);
    void restore();
    void save();
    void showMenu(const QPoint& pos);

    QPointer<QTableView> m_table;
    bool m_restored = false;
    bool m_restoring = false;
};

} // namespace sl
