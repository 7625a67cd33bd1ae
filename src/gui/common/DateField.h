#pragma once

#include "domain/DateBridge.h"

#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace sl {

// An optional date: typed as 2026-03-05 (also 2026/3/5, 2026.3.5, 2026年3月5日) or picked
// from a calendar; empty means no date.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // The date; Date() when empty; nullopt when the text is not a date.
    std::optional<Date> date() const;
    void setDate(const Date& date);
    QString text() const;
    QLineEdit* lineEdit() const { return m_edit; }

    // Parses the accepted spellings; an empty text is Date(), anything else nullopt.
    static std::optional<Date> parse(const QString& text);

    // What is wrong with the text, worded to follow a field's label ("出生日期：不存在：2026年2月
    // 只有 28 天"); empty when the text is a date or empty. An impossible day or month is named as
    // such, not as "not a date".
    QString problem() const;
    static QString problemOf(const QString& text);

signals:
    // The text changed (typing, picking, clearing).
    void edited();

private:
    void pick(const QDate& date);
    void prepareCalendar();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QMenu* m_menu;
    QCalendarWidget* m_calendar;
};

} // namespace sl
