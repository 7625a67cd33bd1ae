#pragma once

#include "domain/AuditRecords.h"
#include "domain/Result.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTimer;

namespace sl {

class AuditService;
class AuditTableModel;
class DateField;
class Ledger;

// 审计日志 (administrators and single-user mode): who changed what and when, newest first, with
// filters by person (an account, or 单用户模式 for changes made without one), by kind of record
// and by period, the number of rows that match, and 导出 CSV of the filtered trail (button and
// context menu). Read-only: nothing here changes or deletes a row.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(Ledger& ledger, QWidget* parent = nullptr);
    ~AuditView() override;

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* personCombo() const { return m_person; }
    QComboBox* entityCombo() const { return m_entity; }
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    QLabel* countLabel() const { return m_count; }
    // The filter as you type (person and detail, names also by pinyin initials).
    QLineEdit* filterField() const { return m_filter; }
    QAction* exportAction() const { return m_export; }
    // The query of the filters as they are set.
    AuditQuery query() const;
    // Writes the filtered trail (every matching row, not only the fetched ones) as CSV.
    Result<int> exportTo(const QString& path);

public slots:
    // Reads the choices of the filters and the rows again.
    void reload();

private:
    void fillChoices();
    void applyFilters();
    void exportRows();
    void updateCount();

    Ledger& m_ledger;
    std::unique_ptr<AuditService> m_service;
    AuditTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_person;
    QComboBox* m_entity;
    DateField* m_from;
    DateField* m_to;
    QLabel* m_count;
    QLineEdit* m_filter;
    QTimer* m_filterTimer;
    QPushButton* m_exportButton;
    QAction* m_export;
};

} // namespace sl
