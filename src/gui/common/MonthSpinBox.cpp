#include "gui/common/MonthSpinBox.h"

#include <QLineEdit>

namespace sl {

namespace {

// The number typed, without prefix and suffix; -1 when it is not a whole number.
int typedNumber(const QString& text, const QString& prefix, const QString& suffix)
{
    QString t = text;
    if (!prefix.isEmpty() && t.startsWith(prefix))
        t.remove(0, prefix.size());
    if (!suffix.isEmpty() && t.endsWith(suffix))
        t.chop(suffix.size());
    bool ok = false;
    const int n = t.trimmed().toInt(&ok);
    return ok ? n : -1;
}

} // namespace

MonthSpinBox::MonthSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setRange(1, 12);
    connect(lineEdit(), &QLineEdit::textEdited, this, &MonthSpinBox::checkTyped);
    // The arrows and the wheel always give a month: they clear the message too.
    connect(this, &QSpinBox::valueChanged, this, [this] { checkTyped(lineEdit()->text()); });
}

QValidator::State MonthSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // Two digits out of range stay in the field (Intermediate) so that the message can say
    // what was typed; leaving the field brings the last month back.
    const int n = typedNumber(input, prefix(), suffix());
    return n >= 0 && n < 100 ? QValidator::Intermediate : state;
}

void MonthSpinBox::checkTyped(const QString& text)
{
    const int n = typedNumber(text, prefix(), suffix());
    QString problem;
    if (n >= 0 && (n < minimum() || n > maximum()))
        problem = tr("there is no month %1 (%2 to %3)").arg(n).arg(minimum()).arg(maximum());
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(m_problem);
}

} // namespace sl
