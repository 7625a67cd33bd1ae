#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace sl {

// The top line of an area: its title in larger bold type on the left, tools on the right
// (member chooser, year, buttons).
class ViewHeader : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)

public:
    explicit ViewHeader(const QString& title, QWidget* parent = nullptr);
    // Without a title yet (as a form creates it).
    explicit ViewHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void addWidget(QWidget* widget, int stretch = 0);
    void addSpacing(int size);

private:
    QLabel* m_title;
    QHBoxLayout* m_layout;
};

} // namespace sl
