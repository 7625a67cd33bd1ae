#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sl {

// A line that shows while long work runs: what is being done, a busy bar and Cancel (which emits
// cancelRequested). Hidden while idle.
class BusyBar : public QWidget
{
    Q_OBJECT

public:
    BusyBar(const QString& text, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    // What is being done (shown beside the bar).
    void setText(const QString& text);
    // `done` of `count` steps are done; a count of 0 shows a bar that only says "busy".
    void setSteps(int done, int count);
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace sl
