#include "compare/comparemodel.h"

namespace slimplan {

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    buildColumns();
}

void CompareModel::setRows(std::vector<RegionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rules = ruleColumns(m_rows);
    buildColumns();
    endResetModel();
}

void CompareModel::buildColumns()
{
    m_columns.clear();
    m_columns.push_back({Col::Name});
    m_columns.push_back({Col::Code});
    for (int k = 0; k < kKindCount; ++k)
        m_columns.push_back({Col::Kind, k});
    m_columns.push_back({Col::Total});
    for (int l = 0; l <= kLevelCount; ++l)
        m_columns.push_back({Col::Level, l});
    for (int r = 0; r < m_rules.size(); ++r)
        m_columns.push_back({Col::Rule, r});
    for (int k = 0; k < kKindCount; ++k)
        m_columns.push_back({Col::Reduction, k});
    m_columns.push_back({Col::ReductionTotal});
    m_columns.push_back({Col::CostSaved});
    m_columns.push_back({Col::DataBefore});
    m_columns.push_back({Col::DataAfter});
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CompareModel::value(const RegionRow &row, const Column &c) const
{
    const auto sub = static_cast<std::size_t>(c.sub);
    switch (c.col) {
    case Col::Name: return row.name;
    case Col::Code: return row.code;
    case Col::Kind: return row.itemsPerKind[sub];
    case Col::Total: return row.itemsTotal();
    case Col::Level: return row.itemsPerLevel[sub];
    case Col::Rule: return row.findingsPerRule.value(m_rules.at(c.sub));
    case Col::Reduction: return row.reductionPct[sub];
    case Col::ReductionTotal: return row.reductionPctTotal;
    case Col::CostSaved: return row.annualCostSaved;
    case Col::DataBefore: return row.dataItemsBefore;
    case Col::DataAfter: return row.dataItemsAfter;
    }
    return {};
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const RegionRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const Column &c = m_columns[static_cast<std::size_t>(index.column())];
    const QVariant v = value(row, c);
    switch (role) {
    case Qt::UserRole:
        return v;
    case Qt::DisplayRole:
        switch (c.col) {
        case Col::Name:
        case Col::Code:
            return v.toString().isEmpty() ? tr("unknown") : v;
        case Col::Reduction:
        case Col::ReductionTotal:
            return tr("%1 %").arg(v.toDouble(), 0, 'f', 1);
        case Col::CostSaved:
            return row.annualCostUnknown > 0 ? tr("≥ %1").arg(v.toDouble(), 0, 'f', 1)
                                             : QString::number(v.toDouble(), 'f', 1);
        default:
            return v;
        }
    case Qt::TextAlignmentRole:
        return c.col == Col::Name || c.col == Col::Code
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c.col == Col::CostSaved && row.annualCostUnknown > 0)
            return tr("%n leaving item(s) have no known cost: the saving is a lower bound.", nullptr,
                      row.annualCostUnknown);
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &c = m_columns[static_cast<std::size_t>(section)];
    switch (c.col) {
    case Col::Name: return tr("Region");
    case Col::Code: return tr("Code");
    case Col::Kind: return kindLabel(static_cast<Kind>(c.sub));
    case Col::Total: return tr("Items");
    case Col::Level:
        return c.sub < kLevelCount ? levelLabel(static_cast<Level>(c.sub)) : tr("Level unknown");
    case Col::Rule: return tr("Rule %1").arg(m_rules.at(c.sub));
    case Col::Reduction: return tr("Reduction: %1").arg(kindLabel(static_cast<Kind>(c.sub)));
    case Col::ReductionTotal: return tr("Reduction");
    case Col::CostSaved: return tr("Cost saved (10k CNY/yr)");
    case Col::DataBefore: return tr("Data items before");
    case Col::DataAfter: return tr("Data items after");
    }
    return {};
}

} // namespace slimplan
