#pragma once

#include "gui/common/RowTableModel.h"

#include "services/AssessmentService.h"

#include <optional>

namespace sl {

// 学习考核 of a scope and year as a table: one row per assessed member in rank order, with
// every component, the bonus, the manual adjustment, the final, the grade (coloured by
// gui/common/GradeColours) and the rank, and — once the results are published — the published final and
// grade beside the current ones. Numbers show as in the rubric: points and finals with one
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
        SortRole // a double for the numeric columns, the text for the others
    };

    explicit AssessmentTableModel(QObject* parent = nullptr);

    // The rows of `current`; `published` (the stored publication, when there is one) fills the
    // published columns by member.
    void setAssessment(const ScopeAssessment& current,
                       const std::optional<ScopeAssessment>& published = std::nullopt);
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const AssessmentRow& row, int index, int column) const;
    QVariant sortValue(const AssessmentRow& row, int index, int column) const;
    QVariant tooltip(const AssessmentRow& row, int index, int column) const;

    std::optional<ScopeAssessment> m_published;
};

} // namespace sl
