#pragma once

#include "gui/common/RowTableModel.h"

#include "gui/assessment/AssessmentSnapshot.h"

#include "services/AssessmentService.h"

#include <optional>

namespace sl {

// 学习考核 of a scope and year as a table: one row per assessed member in rank order, with
// every component, the bonus, the manual adjustment, the final, the grade (coloured by
// gui/common/GradeColours) and the rank, and — once the results are published — the published final
// and grade beside the current ones. Numbers show as in the rubric: points and finals with one
// decimal, "—" where a component does not apply. SortRole gives the value to sort by.
class AssessmentTableModel : public RowTableModel<AssessmentRow>
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
    // organisations (worked out with the snapshot, off the GUI thread) out of `snapshot`, which
    // keeps its scope, year, rubric and publication record. The order is worked out here when
    // the snapshot has none.
    void take(AssessmentSnapshot& snapshot);
    void clear();

    bool hasPublished() const { return m_published.has_value(); }
    const std::optional<ScopeAssessment>& published() const { return m_published; }
    // The published row of the member of `row`, null when none.
    const AssessmentRow* publishedRow(int row) const;
    int rowOfMember(qint64 memberId) const;

    // "34.0", "—" for a component that does not apply.
    static QString points(std::optional<double> value);
    // "+2.0", "-1.5"; empty for 0.
    static QString signedPoints(double value);
    static bool isNumeric(int column);
    // Whether row `left` sorts before row `right` by `column` (SortRole without the QVariant:
    // quick enough for the 100,000 rows of a district).
    bool lessThan(int left, int right, int column) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void rowsReset() override;

private:
    double sortNumber(int index, int column) const;
    QString text(const AssessmentRow& row, int index, int column) const;
    QVariant tooltip(const AssessmentRow& row, int index, int column) const;

    std::optional<ScopeAssessment> m_published;
    // Each row's place among the names and among the organisations in Chinese order (equal
    // texts share a place), worked out once per reset so that sorting 100,000 rows stays quick.
    std::vector<int> m_nameOrder;
    // Each row's index among the published rows, -1 when the member was not published.
    std::vector<int> m_publishedRows;
    std::vector<int> m_orgOrder;
};

} // namespace sl
