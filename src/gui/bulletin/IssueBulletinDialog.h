#pragma once

#include "domain/DateBridge.h"
#include "domain/Period.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace sl {

namespace Ui {
class IssueBulletinDialog;
}

// 签发: confirms the issue of a bulletin and asks for its date (成文日期). It shows the title
// and the number the bulletin will get — `numberFor` gives it for the year of the date typed —
// and refuses a date before the period's start.
class IssueBulletinDialog : public QDialog
{
    Q_OBJECT

public:
    IssueBulletinDialog(const QString& title, const Period& period, const Date& today,
                        std::function<QString(int year)> numberFor, QWidget* parent = nullptr);
    ~IssueBulletinDialog() override;

    Date issuedOn() const;
    QPushButton* okButton() const { return m_ok; }
    QString numberText() const;
    QString errorText() const;
    Ui::IssueBulletinDialog& form() const { return *m_ui; }

private:
    void validate();

    std::unique_ptr<Ui::IssueBulletinDialog> m_ui;
    Period m_period;
    std::function<QString(int year)> m_numberFor;
    QPushButton* m_ok = nullptr;
};

} // namespace sl
