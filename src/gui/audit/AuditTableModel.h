#pragma once

#include "domain/AuditRecords.h"
#include "domain/Result.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

class AuditService;

// The audit trail (审计日志) as a table, newest first, read page by page: the first page when
// the query is set, the next one when the view scrolls to the end (canFetchMore/fetchMore), so
// that a trail of a million rows is never loaded whole. Read-only.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Person,
        Action,
        Entity,
        Key,
        Detail,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit AuditTableModel(AuditService& service, QObject* parent = nullptr);

    // Shows the rows of `query` from the newest (the first page and the count).
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    // Reads the first page and the count again (after a change of the ledger).
    void reload();
    // How many rows match the query (all pages).
    qint64 matching() const { return m_matching; }
    // The last error of a read, empty when none.
    const QString& error() const { return m_error; }
    const AuditEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    AuditService& m_service;
    AuditQuery m_query;
    std::vector<AuditEntry> m_rows;
    qint64 m_matching = 0;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace sl
