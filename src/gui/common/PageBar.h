#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sl {

// Pages through a list of `total` rows, ui::pageRows at a time: "201–400 of 5,123" with
// previous and next buttons. The list reads the page at offset() from the database.
class PageBar : public QWidget
{
    Q_OBJECT

public:
    explicit PageBar(QWidget* parent = nullptr);

    int offset() const { return m_offset; }
    qint64 total() const { return m_total; }
    // The total of the list read now; the offset stays on a page that exists.
    void setTotal(qint64 total);
    // Back to the first page (without moved()).
    void rewind() { m_offset = 0; }
    // Shows the page that holds row `position` of the list (without moved()): the list went
    // there itself, to show a row chosen elsewhere.
    void showPageOf(qint64 position);
    QToolButton* nextButton() const { return m_next; }
    QToolButton* previousButton() const { return m_previous; }

signals:
    // The user went to another page: read it.
    void moved();

private:
    void go(int offset);
    void update();

    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_label;
    int m_offset = 0;
    qint64 m_total = 0;
};

} // namespace sl
