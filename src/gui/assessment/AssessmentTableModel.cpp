#include "gui/assessment/AssessmentTableModel.h"

#include "gui/assessment/ChineseOrder.h"

#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"

#include <QHash>

namespace sl {

namespace {

const QString notApplicable = QStringLiteral("—");

std::optional<double> component(const AssessmentResult& r, int column)
{
    switch (column) {
    case AssessmentTableModel::Attendance:
        return r.attendance;
    case AssessmentTableModel::Hours:
        return r.hours;
    case AssessmentTableModel::Notes:
        return r.notes;
    case AssessmentTableModel::Speeches:
        return r.speeches;
    case AssessmentTableModel::Writings:
        return r.writings;
    default:
        return std::nullopt;
    }
}

} // namespace

AssessmentTableModel::AssessmentTableModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void AssessmentTableModel::setAssessment(const ScopeAssessment& current,
                                         const std::optional<ScopeAssessment>& published)
{
    AssessmentSnapshot snapshot{current, published, {}, {}};
    take(snapshot);
}

void AssessmentTableModel::take(AssessmentSnapshot& snapshot)
{
    m_published = std::move(snapshot.published);
    snapshot.published.reset();
    m_nameOrder = std::move(snapshot.nameOrder);
    m_orgOrder = std::move(snapshot.orgOrder);
    std::vector<AssessmentRow> rows = std::move(snapshot.current.rows);
    snapshot.current.rows.clear();
    resetRows(std::move(rows));
}

void AssessmentTableModel::clear()
{
    m_published.reset();
    m_nameOrder.clear();
    m_orgOrder.clear();
    resetRows({});
}

const AssessmentRow* AssessmentTableModel::publishedRow(int row) const
{
    if (!m_published || row < 0 || size_t(row) >= m_publishedRows.size())
        return nullptr;
    const int p = m_publishedRows[size_t(row)];
    return p >= 0 ? &m_published->rows[size_t(p)] : nullptr;
}

void AssessmentTableModel::rowsReset()
{
    if (m_nameOrder.size() != m_rows.size() || m_orgOrder.size() != m_rows.size()) {
        const AssessmentSnapshot::Orders orders = AssessmentSnapshot::ordersOf(m_rows);
        m_nameOrder = orders.names;
        m_orgOrder = orders.orgs;
    }
    m_publishedRows.assign(m_rows.size(), -1);
    if (m_published) {
        QHash<qint64, int> published;
        for (size_t i = 0; i < m_published->rows.size(); ++i)
            published.insert(m_published->rows[i].figures.memberId, int(i));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_publishedRows[i] = published.value(m_rows[i].figures.memberId, -1);
    }
}

int AssessmentTableModel::rowOfMember(qint64 memberId) const
{
    return findRow(memberId, [](const AssessmentRow& r) { return r.figures.memberId; });
}

QString AssessmentTableModel::points(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : notApplicable;
}

QString AssessmentTableModel::signedPoints(double value)
{
    if (value == 0)
        return {};
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

bool AssessmentTableModel::isNumeric(int column)
{
    return column != ExtId && column != Name && column != Org && column != GradeColumn &&
           column != PublishedGrade;
}

QString AssessmentTableModel::text(const AssessmentRow& row, int index, int column) const
{
    const AssessmentResult& r = row.result;
    switch (column) {
    case ExtId:
        return row.figures.extId;
    case Name:
        return row.figures.name;
    case Org:
        return row.orgName;
    case Attendance:
    case Hours:
    case Notes:
    case Speeches:
    case Writings:
        return points(component(r, column));
    case Bonus:
        return r.bonus == 0 ? QString() : QString::number(r.bonus, 'f', 1);
    case Adjustment:
        return signedPoints(r.adjustment);
    case Final:
        return QString::number(r.final, 'f', 1);
    case GradeColumn:
        return ui::label(r.grade);
    case Rank:
        return r.rank > 0 ? QString::number(r.rank) : QString();
    case PublishedFinal:
    case PublishedGrade: {
        const AssessmentRow* p = publishedRow(index);
        if (!p)
            return m_published ? notApplicable : QString();
        return column == PublishedFinal ? QString::number(p->result.final, 'f', 1)
                                        : ui::label(p->result.grade);
    }
    default:
        return {};
    }
}

double AssessmentTableModel::sortNumber(int index, int column) const
{
    const AssessmentResult& r = m_rows[size_t(index)].result;
    switch (column) {
    case Attendance:
    case Hours:
    case Notes:
    case Speeches:
    case Writings:
        return component(r, column).value_or(-1.0); // "not applicable" below every score
    case Bonus:
        return r.bonus;
    case Adjustment:
        return r.adjustment;
    case Final:
        return r.final;
    case GradeColumn:
        return -double(int(r.grade)); // 优秀 highest
    case Rank:
        return double(r.rank);
    case PublishedFinal: {
        const AssessmentRow* p = publishedRow(index);
        return p ? p->result.final : -1.0;
    }
    case PublishedGrade: {
        const AssessmentRow* p = publishedRow(index);
        return p ? -double(int(p->result.grade)) : -99.0;
    }
    case Name:
        return double(m_nameOrder[size_t(index)]);
    case Org:
        return double(m_orgOrder[size_t(index)]);
    default:
        return 0;
    }
}

bool AssessmentTableModel::lessThan(int left, int right, int column) const
{
    if (column == ExtId)
        return m_rows[size_t(left)].figures.extId.compare(m_rows[size_t(right)].figures.extId,
                                                          Qt::CaseInsensitive) < 0;
    return sortNumber(left, column) < sortNumber(right, column);
}

QVariant AssessmentTableModel::tooltip(const AssessmentRow& row, int index, int column) const
{
    if (column == GradeColumn && row.result.vetoed)
        return tr("Not excellent: an absence without make-up study (veto)");
    if (column == Adjustment && !row.adjustmentReason.isEmpty())
        return row.adjustmentReason;
    if (column == Org)
        return row.orgName;
    if (column == PublishedFinal || column == PublishedGrade) {
        if (m_published && !publishedRow(index))
            return tr("Not among the published results");
    }
    return {};
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssessmentRow& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.row(), column);
    case Qt::ToolTipRole:
        return tooltip(row, index.row(), column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == GradeColumn)
            return gradecolours::colour(row.result.grade);
        if (column == PublishedGrade) {
            if (const AssessmentRow* p = publishedRow(index.row()))
                return gradecolours::colour(p->result.grade);
        }
        return {};
    case Qt::BackgroundRole:
        return column == GradeColumn ? QVariant(gradecolours::tint(row.result.grade)) : QVariant();
    case MemberIdRole:
        return row.figures.memberId;
    case SortRole:
        return column == ExtId ? QVariant(row.figures.extId)
                               : QVariant(sortNumber(index.row(), column));
    default:
        return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return RowTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Adjustment)
            return tr("Manual adjustment; its reason shows on the cell and in the details");
        if (section == PublishedFinal || section == PublishedGrade)
            return tr("As published; the other columns show the assessment as it stands now");
        return {};
    }
    switch (section) {
    case ExtId:
        return tr("Number");
    case Name:
        return tr("Name");
    case Org:
        return tr("Organisation");
    case Attendance:
        return tr("Attendance");
    case Hours:
        return tr("Hours");
    case Notes:
        return tr("Notes");
    case Speeches:
        return tr("Speeches");
    case Writings:
        return tr("Writings");
    case Bonus:
        return tr("Bonus");
    case Adjustment:
        return tr("Adjustment");
    case Final:
        return tr("Final");
    case GradeColumn:
        return tr("Grade");
    case Rank:
        return tr("Rank");
    case PublishedFinal:
        return tr("Published final");
    case PublishedGrade:
        return tr("Published grade");
    default:
        return {};
    }
}

} // namespace sl
