#pragma once

#include "domain/SeriesRequest.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sl {

namespace Ui {
class SeriesDialog;
}

class DateField;
class Ledger;
class MinutesCombo;
class SessionService;

// 按规律批量新建: a monthly series of sessions of one group — the n-th weekday ("every month on
// the second Tuesday at 14:30"), the first working day, or a fixed day with what happens on a
// weekend (keep, move to the next or previous working day, skip) — over a date range. The
// dates are previewed in a list as the rule is typed; 创建 makes them all in one transaction.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SeriesDialog(Ledger& ledger, qint64 groupId, int year, QWidget* parent = nullptr);
    ~SeriesDialog() override;

    SeriesRequest request() const;
    // The dates shown in the preview (empty while the request is invalid).
    std::vector<Date> previewDates() const { return m_dates; }
    QString errorText() const;
    std::vector<qint64> createdIds() const { return m_created; }

    QComboBox* kindCombo() const;
    QComboBox* nthCombo() const;
    QComboBox* weekdayCombo() const;
    QSpinBox* daySpin() const;
    QComboBox* weekendCombo() const;
    DateField* fromField() const;
    DateField* toField() const;
    QLineEdit* startEdit() const;
    QLineEdit* topicEdit() const;
    QListWidget* previewList() const;
    QPushButton* createButton() const { return m_create; }

public slots:
    void accept() override;

private:
    // The group the series is for, in the title and above the rule.
    void showGroup(Ledger& ledger);
    void fillChoices(int year);
    void updatePreview();

    std::unique_ptr<Ui::SeriesDialog> m_ui;
    std::unique_ptr<SessionService> m_service;
    qint64 m_groupId;
    std::vector<Date> m_dates;
    std::vector<qint64> m_created;
    QPushButton* m_create = nullptr;
};

} // namespace sl
