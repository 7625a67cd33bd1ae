#pragma once

#include "gui/common/PagedTableModel.h"

#include "gui/assessment/AssessmentSnapshot.h"

#include "services/AssessmentService.h"

#include <QHash>

#include <memory>
#include <optional>

namespace sl {

// 学习考核 of a scope and year as a table: one row per assessed member, with every component,
// the bonus, the manual adjustment, the final, the grade (coloured by gui/common/GradeColours)
// and the rank, and — once the results are published — the published final and grade beside
// the current ones. Numbers show as in the rubric: points and finals with one decimal, "—"
// where a component does not apply. SortRole gives the value to sort by.
//
// Every assessed member is kept (the rank needs them all), outside the Qt model: the model
// shows one page of them (PagedTableModel), in rank order at first. A click on a header sorts
// every member, names and organisations in Chinese (pinyin) order, numbers as numbers, equal
// values in rank order; the filter (setFilterText) keeps the members whose number, name or
// organisation contains the text, or whose name's pinyin initials start with it ("zw": 张伟).
class AssessmentTableModel : public PagedRowTableModel<AssessmentRow>
{
    Q_OBJECT

public:
    enum Column
    {
        ExtId,
        Name,
        Org,
        Attendance,
        Hours,
        Notes,
        Speeches,
        Writings,
        Bonus,
        Adjustment,
        Final,
        PublishedFinal, // beside the final, once published
        GradeColumn,
        PublishedGrade,
        Rank,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        // A double to sort by: the value of a numeric column, the place in Chinese (pinyin)
        // order of a name or organisation; the text of the member number.
        SortRole
    };

    explicit AssessmentTableModel(QObject* parent = nullptr);

    // The rows of `current`; `published` (the stored publication, when there is one) fills the
    // published columns by member.
    void setAssessment(const ScopeAssessment& current,
                       const std::optional<ScopeAssessment>& published = std::nullopt);
    // The same, taking the rows, the publication and the Chinese order of names and
    // organisations (when the snapshot has it) out of `snapshot`, which keeps its scope, year,
    // rubric and publication record. Without it the order is worked out here when the table is
    // first sorted by name or organisation.
    void take(AssessmentSnapshot& snapshot);
    void clear();
    // A model of the same rows, sorted and filtered the same, that shows every one of them on
    // one page (for an export of what the table shows); it shares the rows.
    std::unique_ptr<AssessmentTableModel> wholeCopy() const;

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filter; }

    bool hasPublished() const { return m_derived->published.has_value(); }
    const std::optional<ScopeAssessment>& published() const { return m_derived->published; }
    // The published row of the member shown at `row` of the page, null when none.
    const AssessmentRow* publishedRow(int row) const { return publishedAt(storedIndexAt(row)); }
    // The row of the page showing the member, -1 when the member is not on the page.
    int rowOfMember(qint64 memberId) const { return rowOfStored(storedIndexOf(memberId)); }
    // The stored row of the member, -1 when not assessed.
    int storedIndexOf(qint64 memberId) const;
    // The member's assessment, wherever it stands; null when not assessed.
    const AssessmentRow* member(qint64 memberId) const { return storedAt(storedIndexOf(memberId)); }

    // "34.0", "—" for a component that does not apply.
    static QString points(std::optional<double> value);
    // "+2.0", "-1.5"; empty for 0.
    static QString signedPoints(double value);
    static bool isNumeric(int column);
    // Whether stored row `left` sorts before stored row `right` by `column` (SortRole without
    // the QVariant: quick enough for the 100,000 rows of a district).
    bool lessThan(int left, int right, int column) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(int index, int column, int role) const override;
    void rowsStored() override;
    bool lessAt(int left, int right, int column) const override
    {
        return lessThan(left, right, column);
    }
    bool acceptsAt(int index) const override;

private:
    // What is worked out from the stored rows once, shared with a whole copy.
    struct Derived
    {
        std::optional<ScopeAssessment> published;
        // Each row's place among the names and among the organisations in Chinese order
        // (equal texts share a place), so that sorting 100,000 rows stays quick; worked out
        // when first sorted by either (ensureOrders), unless the snapshot brought them.
        std::vector<int> nameOrder;
        std::vector<int> orgOrder;
        // Each row's index among the published rows, -1 when the member was not published.
        std::vector<int> publishedRows;
        // The pinyin initials of each row's name, worked out when first filtered by initials.
        mutable std::vector<QString> initials;
    };

    const AssessmentRow* publishedAt(int index) const;
    void ensureOrders() const;
    double sortNumber(int index, int column) const;
    QString text(const AssessmentRow& row, int index, int column) const;
    QVariant tooltip(const AssessmentRow& row, int index, int column) const;

    std::shared_ptr<Derived> m_derived;
    std::shared_ptr<Derived> m_incoming; // of the rows being stored
    // The members' rows by id, built when first looked up.
    mutable QHash<qint64, int> m_byMember;
    QString m_filter;
    bool m_initialsFilter = false;
};

} // namespace sl
