#include "gui/importwizard/PreviewTableModel.h"

#include <QColor>

#include <algorithm>

namespace sl {

namespace {

void append(QString& to, const QString& message)
{
    if (!to.isEmpty())
        to += QLatin1Char('\n');
    to += message;
}

} // namespace

PreviewTableModel::PreviewTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QColor PreviewTableModel::errorColour()
{
    return QColor(0xff, 0xcd, 0xd2); // a light red that dark text stays readable on
}

void PreviewTableModel::setTable(std::shared_ptr<const CsvTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_rowOfLine.clear();
    m_marks.clear();
    m_cellProblems.clear();
    m_rowProblems.clear();
    if (m_table) {
        const int rows = rowCount();
        for (int r = 0; r < rows; ++r)
            m_rowOfLine.insert(m_table->rows.at(size_t(r)).line, r);
    }
    endResetModel();
}

int PreviewTableModel::columnOf(const QString& name) const
{
    if (!m_table || name.isEmpty())
        return -1;
    for (int c = 0; c < m_table->header.size(); ++c) {
        if (m_table->header.at(c).trimmed() == name)
            return c;
    }
    return -1;
}

void PreviewTableModel::setProblems(const std::vector<FileProblem>& problems)
{
    beginResetModel();
    m_marks.clear();
    m_cellProblems.clear();
    m_rowProblems.clear();
    for (const FileProblem& p : problems) {
        Mark mark{m_rowOfLine.value(p.line, -1), columnOf(p.column), p};
        if (mark.row >= 0 && mark.column >= 0)
            append(m_cellProblems[cellKey(mark.row, mark.column)], p.message);
        else if (mark.row >= 0)
            append(m_rowProblems[mark.row],
                   p.column.isEmpty() ? p.message : p.column + QStringLiteral(": ") + p.message);
        m_marks.push_back(std::move(mark));
    }
    endResetModel();
}

QString PreviewTableModel::problemAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return QString();
    return m_cellProblems.value(cellKey(index.row(), index.column()));
}

int PreviewTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(std::min<size_t>(m_table->rows.size(), shownRows));
}

int PreviewTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(m_table->header.size());
}

QVariant PreviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QStringList& fields = m_table->rows.at(size_t(index.row())).fields;
        return index.column() < fields.size() ? fields.at(index.column()) : QString();
    }
    case Qt::BackgroundRole:
        if (m_cellProblems.contains(cellKey(index.row(), index.column())))
            return errorColour();
        return {};
    case Qt::ToolTipRole: {
        const QString message = problemAt(index);
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_table->header.size())
            return m_table->header.at(section).trimmed();
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_table->rows.at(size_t(section)).line; // the line in the file
    case Qt::BackgroundRole:
        return m_rowProblems.contains(section) ? QVariant(errorColour()) : QVariant();
    case Qt::ToolTipRole: {
        const QString message = m_rowProblems.value(section);
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    default:
        return {};
    }
}

} // namespace sl
