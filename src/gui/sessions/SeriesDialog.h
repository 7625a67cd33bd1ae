#pragma once

#include "domain/SeriesRequest.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sl {

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

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* nthCombo() const { return m_nth; }
    QComboBox* weekdayCombo() const { return m_weekday; }
    QSpinBox* daySpin() const { return m_day; }
    QComboBox* weekendCombo() const { return m_weekend; }
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    QLineEdit* startEdit() const { return m_start; }
    QLineEdit* topicEdit() const { return m_topic; }
    QListWidget* previewList() const { return m_preview; }
    QPushButton* createButton() const { return m_create; }

public slots:
    void accept() override;

private:
    void updatePreview();

    std::unique_ptr<SessionService> m_service;
    qint64 m_groupId;
    std::vector<Date> m_dates;
    std::vector<qint64> m_created;
    QComboBox* m_kind;
    QComboBox* m_nth;
    QComboBox* m_weekday;
    QSpinBox* m_day;
    QComboBox* m_weekend;
    DateField* m_from;
    DateField* m_to;
    QLineEdit* m_start;
    MinutesCombo* m_minutes;
    QComboBox* m_form;
    QComboBox* m_status;
    QLineEdit* m_topic;
    QLineEdit* m_location;
    QListWidget* m_preview;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace sl
