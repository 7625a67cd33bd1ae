#pragma once

#include <QWidget>

namespace sl {

// One bar of "my year": what was done against the year's target, with a mark where the part
// due by today lies. Green when the part due is reached, amber when behind.
class ProgressMeter : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressMeter(QWidget* parent = nullptr);

    void setValues(double actual, double target, double due);
    double actual() const { return m_actual; }
    double target() const { return m_target; }
    double due() const { return m_due; }
    // The filled part, 0–1 (capped at the target).
    double fraction() const;
    bool onTrack() const { return m_actual >= m_due; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_actual = 0;
    double m_target = 0;
    double m_due = 0;
};

} // namespace sl
