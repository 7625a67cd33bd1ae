#include "XlsxCells.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace sl {

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr double maxExactInteger = 9007199254740992.0; // 2^53

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::XlsxReader", text);
}

QString dateTimeText(const QDate& date, qint64 seconds, XlsxTimeKind kind)
{
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    const QString hm =
        time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    switch (kind) {
    case XlsxTimeKind::TimeOnly:
        return hm;
    case XlsxTimeKind::DateAndTime:
        if (seconds != 0)
            return date.toString(QStringLiteral("yyyy-MM-dd ")) + hm;
        [[fallthrough]];
    default:
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    }
}

} // namespace

QString XlsxCells::columnLetters(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

bool XlsxCells::parseReference(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || !ref[i].isDigit())
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

XlsxTimeKind XlsxCells::classifyFormat(const QString& code)
{
    bool date = false, time = false, month = false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket > 0) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is (or is padding)
        } else if (c == u';') {
            break; // the first section decides
        } else {
            const QChar l = c.toLower();
            date = date || l == u'd' || l == u'y';
            month = month || l == u'm';
            time = time || l == u'h' || l == u's';
        }
    }
    date = date || (month && !time);
    if (date && time)
        return XlsxTimeKind::DateAndTime;
    if (date)
        return XlsxTimeKind::DateOnly;
    return time ? XlsxTimeKind::TimeOnly : XlsxTimeKind::None;
}

XlsxTimeKind XlsxCells::builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return XlsxTimeKind::DateOnly;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return XlsxTimeKind::TimeOnly;
    if (id == 22)
        return XlsxTimeKind::DateAndTime;
    return XlsxTimeKind::None;
}

QString XlsxCells::numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::trunc(value) == value && std::fabs(value) <= maxExactInteger)
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<QString> XlsxCells::serialText(double serial, XlsxTimeKind kind, bool date1904,
                                             QString* error)
{
    // 9999-12-31 is serial 2958465: the last date Excel shows.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) {
        *error = tr("%1 is not a date serial number").arg(numberText(serial));
        return std::nullopt;
    }
    qint64 seconds = std::llround(serial * double(secondsPerDay));
    qint64 days = seconds / secondsPerDay;
    seconds %= secondsPerDay;
    if (kind == XlsxTimeKind::TimeOnly)
        return dateTimeText(QDate(), seconds, kind);
    if (!date1904 && days == 60) {
        *error = tr("the date serial 60 is 29 February 1900, a day that did not exist (a "
                    "leap-year error of Excel's)");
        return std::nullopt;
    }
    if (!date1904 && days < 1) {
        *error = tr("the date serial %1 is before 1 January 1900").arg(numberText(serial));
        return std::nullopt;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    return dateTimeText(date, seconds, kind);
}

std::optional<QString> XlsxCells::isoText(const QString& iso, XlsxTimeKind kind, QString* error)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime(QDate::fromString(iso, Qt::ISODate), QTime(0, 0));
    if (!when.isValid()) {
        const QTime t = QTime::fromString(iso, Qt::ISODateWithMs);
        if (t.isValid())
            return dateTimeText(QDate(), QTime(0, 0).secsTo(t), XlsxTimeKind::TimeOnly);
        *error = tr("\"%1\" is not an ISO date").arg(iso);
        return std::nullopt;
    }
    if (kind == XlsxTimeKind::None)
        kind = XlsxTimeKind::DateAndTime;
    return dateTimeText(when.date(), QTime(0, 0).secsTo(when.time()), kind);
}

QString XlsxCells::booleanText(QStringView value)
{
    return value.trimmed() == u"1" || value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0
               ? QStringLiteral("是")
               : QStringLiteral("否");
}

void XlsxCells::decodeEscapes(QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    text = std::move(out);
}

} // namespace sl
