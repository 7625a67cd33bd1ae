#pragma once

#include <QLabel>

namespace sl {

// A one-line label that elides its text in the middle when narrow (long file paths in the
// status bar) instead of widening the window.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace sl
