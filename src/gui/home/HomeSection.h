#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;

namespace sl {

class RecordTableView;

// One list of a home page: a bold title with the number of entries, the table, and in its place
// while the list is empty a line that says what to do next (UX.md). Double-click or Enter on a
// row emits rowActivated.
class HomeSection : public QWidget
{
    Q_OBJECT

public:
    HomeSection(const QString& objectName, QAbstractItemModel* model, QWidget* parent = nullptr);

    // The title and the empty state's text; the title shows "(shown of total)" when the list
    // is cut short.
    void setTexts(const QString& title, const QString& emptyText);
    // The column that takes the width left (the others fit their contents).
    void setStretchColumn(int column);
    // Shows the title with the count, and the table or the empty state.
    void update(qint64 total);
    // Shows an error in place of the list.
    void showError(const QString& message);

    RecordTableView* table() const { return m_table; }
    QString titleText() const;
    // The empty state's (or the error's) text while shown, else empty.
    QString emptyText() const;
    bool isEmptyShown() const;

signals:
    void rowActivated(int row);

private:
    QAbstractItemModel* m_model;
    QLabel* m_title;
    RecordTableView* m_table;
    QLabel* m_empty;
    QString m_titleText;
    QString m_emptyText;
};

} // namespace sl
