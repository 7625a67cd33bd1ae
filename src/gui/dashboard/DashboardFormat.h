#pragma once

#include <QLocale>
#include <QString>

// How the dashboard writes its figures: hours with one decimal, rates as percentages with one.
namespace sl::dashboardformat {

inline QString hours(double value)
{
    return QLocale().toString(value, 'f', 1);
}

inline QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

// The role under which the dashboard's models give the plain value a column sorts by.
constexpr int SortRole = Qt::UserRole + 40;

} // namespace sl::dashboardformat
