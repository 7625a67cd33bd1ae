#include "gui/importwizard/ColumnMapping.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace sl {

namespace {

bool hasValue(const CsvTable& file, int column)
{
    for (const CsvTable::Row& row : file.rows) {
        if (column < row.fields.size() && !row.fields.at(column).trimmed().isEmpty())
            return true;
    }
    return false;
}

QString firstValue(const CsvTable& file, int column)
{
    for (const CsvTable::Row& row : file.rows) {
        if (column < row.fields.size() && !row.fields.at(column).trimmed().isEmpty())
            return row.fields.at(column).trimmed();
    }
    return QString();
}

} // namespace

ColumnMapping::ColumnMapping(QTableWidget* table, QObject* parent) : QObject(parent), m_table(table)
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Imports as")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ColumnMapping::show(const std::vector<ColumnSpec>& columns, const CsvTable& file)
{
    const HeaderMap automatic(columns, file);
    m_combos.clear();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(file.header.size()));
    for (int c = 0; c < file.header.size(); ++c) {
        auto* header = new QTableWidgetItem(file.header.at(c).trimmed());
        auto* value = new QTableWidgetItem(firstValue(file, c));
        m_table->setItem(c, 0, header);
        m_table->setItem(c, 1, value);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mappingComboBox%1").arg(c));
        const QString key = automatic.keyAt(c);
        if (key.isEmpty() && hasValue(file, c))
            combo->addItem(tr("(unmatched)"), QString());
        combo->addItem(tr("(ignore)"), HeaderMap::ignoreKey());
        for (const ColumnSpec& spec : columns)
            combo->addItem(spec.required ? spec.zh + QStringLiteral(" *") : spec.zh, spec.key);
        combo->setCurrentIndex(key.isEmpty() ? 0 : combo->findData(key));
        m_table->setCellWidget(c, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMapping::changed);
        m_combos.push_back(combo);
    }
}

ColumnOverrides ColumnMapping::overrides() const
{
    ColumnOverrides out;
    for (size_t c = 0; c < m_combos.size(); ++c) {
        const QString key = m_combos[c]->currentData().toString();
        if (!key.isEmpty())
            out.insert(static_cast<int>(c), key);
    }
    return out;
}

QComboBox* ColumnMapping::combo(int column) const
{
    if (column < 0 || size_t(column) >= m_combos.size())
        return nullptr;
    return m_combos[size_t(column)];
}

} // namespace sl
