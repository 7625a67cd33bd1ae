#include "exchange/FieldParsers.h"

#include "domain/DisplayText.h"

#include <QRegularExpression>

namespace sl {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2999;

// The cell as the user wrote it, for error messages: escaped and cut to a few words.
QString quoted(const QString& text)
{
    return DisplayText::quoted(text);
}

// "YYYY-MM-DD" in ASCII digits, the form of every exported file, read without the regular
// expression; anything else goes through it (and its messages).
bool isoDigits(const QString& t, int& year, int& month, int& day)
{
    if (t.size() != 10 || t.at(4) != u'-' || t.at(7) != u'-')
        return false;
    int v[10] = {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const char16_t c = t.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        v[i] = int(c - u'0');
    }
    year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    month = v[5] * 10 + v[6];
    day = v[8] * 10 + v[9];
    return true;
}

} // namespace

Result<Date> FieldParsers::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Date();
    // [0-9] rather than \d: QRegularExpression's \d also matches full-width digits.
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (isoDigits(t, year, month, day)) {
        // as `separated` would read it
    } else if (const auto m = separated.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(3).toInt();
        day = m.captured(4).toInt();
    } else if (const auto c = chinese.match(t); c.hasMatch()) {
        year = c.captured(1).toInt();
        month = c.captured(2).toInt();
        day = c.captured(3).toInt();
    } else {
        return Error::invalid(
            QString(), QStringLiteral("expected a date like 2026-03-05, not %1").arg(quoted(t)));
    }
    if (year < kMinYear || year > kMaxYear)
        return Error::invalid(QString(), QStringLiteral("the year must be from %1 to %2, not %3")
                                             .arg(kMinYear)
                                             .arg(kMaxYear)
                                             .arg(quoted(t)));
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error::invalid(QString(),
                              QStringLiteral("no such date: %1").arg(DisplayText::value(t)));
    return dates::fromQDate(date);
}

Result<QTime> FieldParsers::parseTime(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime();
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})[:：]([0-9]{2})(?:[:：]([0-9]{2}))?$"));
    const auto m = pattern.match(t);
    if (m.hasMatch()) {
        const int seconds = m.capturedLength(3) > 0 ? m.captured(3).toInt() : 0;
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), seconds);
        if (time.isValid())
            return time;
    }
    return Error::invalid(QString(),
                          QStringLiteral("expected a time like 14:30, not %1").arg(quoted(t)));
}

Result<int> FieldParsers::parseInt(const QString& text, int min, int max, const QString& unit)
{
    const QString t = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[-+]?[0-9]+$"));
    if (pattern.match(t).hasMatch()) {
        bool ok = false;
        const qlonglong value = t.toLongLong(&ok);
        if (ok && value >= min && value <= max)
            return static_cast<int>(value);
    }
    const QString what = unit.isEmpty() ? QStringLiteral("a whole number")
                                        : QStringLiteral("a whole number of %1").arg(unit);
    QString message = QStringLiteral("must be %1 from %2 to %3").arg(what).arg(min).arg(max);
    message += t.isEmpty() ? QStringLiteral(", but it is empty")
                           : QStringLiteral(", not %1").arg(quoted(t));
    return Error::invalid(QString(), message);
}

Result<std::optional<int>> FieldParsers::parseOptionalInt(const QString& text, int min, int max,
                                                          const QString& unit)
{
    if (text.trimmed().isEmpty())
        return std::optional<int>();
    Result<int> value = parseInt(text, min, max, unit);
    if (!value)
        return value.error();
    return std::optional<int>(value.value());
}

QString FieldParsers::formatDate(const Date& date)
{
    return dates::toIso(date);
}

QString FieldParsers::formatTime(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

Error FieldParsers::enumError(const QString& text, const QStringList& allowed)
{
    const QString t = text.trimmed();
    QString message = QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", ")));
    message += t.isEmpty() ? QStringLiteral(", but it is empty")
                           : QStringLiteral(", not %1").arg(quoted(t));
    return Error::invalid(QString(), message);
}

} // namespace sl
