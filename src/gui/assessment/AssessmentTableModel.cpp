#include "gui/assessment/AssessmentTableModel.h"

#include "gui/assessment/ChineseOrder.h"

#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"

#include "domain/PinyinInitials.h"

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

AssessmentTableModel::AssessmentTableModel(QObject* parent)
    : PagedRowTableModel(ColumnCount, SortRole, parent), m_derived(std::make_shared<Derived>())
{
}

void AssessmentTableModel::setAssessment(const ScopeAssessment& current,
                                         const std::optional<ScopeAssessment>& published)
{
    AssessmentSnapshot snapshot{current, published, {}, {}};
    take(snapshot);
}

void AssessmentTableModel::take(AssessmentSnapshot& snapshot)
{
    // Taken in with the rows, inside the reset (rowsStored).
    m_incoming = std::make_shared<Derived>();
    m_incoming->published = std::move(snapshot.published);
    snapshot.published.reset();
    m_incoming->nameOrder = std::move(snapshot.nameOrder);
    m_incoming->orgOrder = std::move(snapshot.orgOrder);
    std::vector<AssessmentRow> rows = std::move(snapshot.current.rows);
    snapshot.current.rows.clear();
    storeRows(std::move(rows));
}

void AssessmentTableModel::clear()
{
    m_incoming.reset();
    storeRows({});
}

std::unique_ptr<AssessmentTableModel> AssessmentTableModel::wholeCopy() const
{
    auto copy = std::make_unique<AssessmentTableModel>();
    copy->m_derived = m_derived;
    copy->m_filter = m_filter;
    copy->m_initialsFilter = m_initialsFilter;
    copy->shareRows(*this);
    copy->setPageSize(std::max(1, total()));
    return copy;
}

void AssessmentTableModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    m_initialsFilter = PinyinInitials::isInitialsFilter(trimmed);
    const std::vector<AssessmentRow>& rows = storedRows();
    if (m_initialsFilter && m_derived->initials.size() != rows.size()) {
        std::vector<QString>& initials = m_derived->initials;
        initials.clear();
        initials.reserve(rows.size());
        for (const AssessmentRow& r : rows)
            initials.push_back(PinyinInitials::of(r.figures.name));
    }
    arrange();
}

bool AssessmentTableModel::acceptsAt(int index) const
{
    if (m_filter.isEmpty())
        return true;
    const AssessmentRow& r = storedRows()[size_t(index)];
    if (r.figures.extId.contains(m_filter, Qt::CaseInsensitive) ||
        r.figures.name.contains(m_filter, Qt::CaseInsensitive) ||
        r.orgName.contains(m_filter, Qt::CaseInsensitive))
        return true;
    return m_initialsFilter && size_t(index) < m_derived->initials.size() &&
           m_derived->initials[size_t(index)].startsWith(m_filter, Qt::CaseInsensitive);
}

const AssessmentRow* AssessmentTableModel::publishedAt(int index) const
{
    const Derived& d = *m_derived;
    if (!d.published || index < 0 || size_t(index) >= d.publishedRows.size())
        return nullptr;
    const int p = d.publishedRows[size_t(index)];
    return p >= 0 ? &d.published->rows[size_t(p)] : nullptr;
}

void AssessmentTableModel::rowsStored()
{
    const std::vector<AssessmentRow>& rows = storedRows();
    m_derived = m_incoming ? std::move(m_incoming) : std::make_shared<Derived>();
    m_incoming.reset();
    Derived& d = *m_derived;
    d.publishedRows.assign(rows.size(), -1);
    if (d.published) {
        QHash<qint64, int> published;
        for (size_t i = 0; i < d.published->rows.size(); ++i)
            published.insert(d.published->rows[i].figures.memberId, int(i));
        for (size_t i = 0; i < rows.size(); ++i)
            d.publishedRows[i] = published.value(rows[i].figures.memberId, -1);
    }
    d.initials.clear();
    if (m_initialsFilter) {
        d.initials.reserve(rows.size());
        for (const AssessmentRow& r : rows)
            d.initials.push_back(PinyinInitials::of(r.figures.name));
    }
    m_byMember.clear();
}

void AssessmentTableModel::ensureOrders() const
{
    Derived& d = *m_derived;
    const size_t count = storedRows().size();
    if (d.nameOrder.size() == count && d.orgOrder.size() == count)
        return;
    AssessmentSnapshot::Orders orders = AssessmentSnapshot::ordersOf(storedRows());
    d.nameOrder = std::move(orders.names);
    d.orgOrder = std::move(orders.orgs);
}

int AssessmentTableModel::storedIndexOf(qint64 memberId) const
{
    const std::vector<AssessmentRow>& rows = storedRows();
    if (m_byMember.isEmpty() && !rows.empty()) {
        m_byMember.reserve(qsizetype(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i)
            m_byMember.insert(rows[i].figures.memberId, int(i));
    }
    return m_byMember.value(memberId, -1);
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
        const AssessmentRow* p = publishedAt(index);
        if (!p)
            return hasPublished() ? notApplicable : QString();
        return column == PublishedFinal ? QString::number(p->result.final, 'f', 1)
                                        : ui::label(p->result.grade);
    }
    default:
        return {};
    }
}

double AssessmentTableModel::sortNumber(int index, int column) const
{
    const AssessmentResult& r = storedRows()[size_t(index)].result;
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
        const AssessmentRow* p = publishedAt(index);
        return p ? p->result.final : -1.0;
    }
    case PublishedGrade: {
        const AssessmentRow* p = publishedAt(index);
        return p ? -double(int(p->result.grade)) : -99.0;
    }
    case Name:
        ensureOrders();
        return double(m_derived->nameOrder[size_t(index)]);
    case Org:
        ensureOrders();
        return double(m_derived->orgOrder[size_t(index)]);
    default:
        return 0;
    }
}

bool AssessmentTableModel::lessThan(int left, int right, int column) const
{
    if (column == ExtId)
        return storedRows()[size_t(left)].figures.extId.compare(
                   storedRows()[size_t(right)].figures.extId, Qt::CaseInsensitive) < 0;
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
        if (hasPublished() && !publishedAt(index))
            return tr("Not among the published results");
    }
    return {};
}

QVariant AssessmentTableModel::cell(int index, int column, int role) const
{
    const AssessmentRow& row = storedRows()[size_t(index)];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index, column);
    case Qt::ToolTipRole:
        return tooltip(row, index, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == GradeColumn)
            return gradecolours::colour(row.result.grade);
        if (column == PublishedGrade) {
            if (const AssessmentRow* p = publishedAt(index))
                return gradecolours::colour(p->result.grade);
        }
        return {};
    case Qt::BackgroundRole:
        return column == GradeColumn ? QVariant(gradecolours::tint(row.result.grade)) : QVariant();
    case MemberIdRole:
        return row.figures.memberId;
    case SortRole:
        return column == ExtId ? QVariant(row.figures.extId) : QVariant(sortNumber(index, column));
    default:
        return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return PagedRowTableModel::headerData(section, orientation, role);
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
