#include "gui/selfstudy/MinutesCombo.h"

#include "domain/ActivityRules.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace sl {

namespace {

constexpr int halfDay = 240;

} // namespace

MinutesCombo::MinutesCombo(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setCompleter(nullptr);
    for (const int m : rules::minutePresets)
        addItem(text(m), m);
    lineEdit()->setMaxLength(24);
    setToolTip(tr("Minutes: choose a preset or type a number"));
    connect(lineEdit(), &QLineEdit::textChanged, this, &MinutesCombo::edited);
}

std::optional<int> MinutesCombo::parse(const QString& given)
{
    const QString t = given.trimmed();
    if (t.startsWith(QStringLiteral("半天")) || t.startsWith(tr("half a day")))
        return halfDay;
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})\\s*(分钟|分|min|minutes)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (const auto m = re.match(t); m.hasMatch())
        return m.captured(1).toInt();
    // Hours: "1.5 小时", "2h".
    static const QRegularExpression hours(
        QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(小时|h|hours?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = hours.match(t); m.hasMatch())
        return qRound(m.captured(1).toDouble() * 60);
    return std::nullopt;
}

QString MinutesCombo::text(int minutes)
{
    if (minutes == halfDay)
        return tr("half a day (%1 min)").arg(minutes);
    return tr("%1 min").arg(minutes);
}

std::optional<int> MinutesCombo::minutes() const
{
    return parse(currentText());
}

void MinutesCombo::setMinutes(int minutes)
{
    const int i = findData(minutes);
    if (i >= 0)
        setCurrentIndex(i);
    else
        setEditText(text(minutes));
}

} // namespace sl
