#pragma once

#include "domain/MemberRecords.h"

#include "gui/common/PageRows.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace sl {

class RosterService;

// The members of an organisation (with its descendants), filtered and sorted by the database.
// Lazy: a reload reads one page; the view asks for more (canFetchMore/fetchMore) as it
// scrolls, so that 100,000 members open at once. The total comes from a count query.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ExtId,
        Name,
        Gender,
        JoinDate,
        Category,
        Org,
        Position,
        CadreLevel,
        Phone,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1
    };
    static constexpr int defaultPageSize = ui::pageRows;

    // `roster` may be null (no database): the model stays empty.
    explicit MemberTableModel(RosterService* roster, QObject* parent = nullptr);

    // Takes effect with the next reload.
    void setRoster(RosterService* roster);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    const MemberQuery& query() const { return m_query; }
    // Each of these reloads from the first page.
    void setQuery(const MemberQuery& query);
    void setOrg(qint64 orgId, bool includeDescendants = true);
    void setFilter(const QString& filter);
    // Without the members who left (停用); with them they are greyed.
    void setActiveOnly(bool activeOnly);
    // "Left on DATE (REASON): NOTE", the tooltip of a member who left.
    static QString inactiveText(const Member& member);
    void reload();

    // Members matching the query (not only the loaded ones).
    qint64 totalCount() const { return m_total; }
    // The last error reading the database, empty when none.
    const QString& lastError() const { return m_error; }

    const MemberRow* rowAt(int row) const;
    // The row of a loaded member, or -1.
    int rowOfMember(qint64 memberId) const;

    // The sort key of a column; nullopt for a column that cannot be sorted.
    static std::optional<MemberQuery::SortKey> sortKeyOf(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    QString text(const MemberRow& row, int column) const;
    void fail(const QString& message);

    RosterService* m_roster = nullptr;
    MemberQuery m_query;
    int m_sortColumn = ExtId;
    std::vector<MemberRow> m_rows;
    qint64 m_total = 0;
    int m_pageSize = defaultPageSize;
    bool m_busy = false; // guards against fetchMore re-entering from a signal
    QString m_error;
};

} // namespace sl
