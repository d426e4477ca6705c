#pragma once
// The comparison table: one row per region (compare/regioncompare.h), columns for items per kind
// and level, findings per rule, planned reduction, cost saved and data items. Read-only.
// Qt::UserRole holds the raw value of a cell for sorting.

#include "compare/regioncompare.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace slimplan {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CompareModel(QObject *parent = nullptr);

    void setRows(std::vector<RegionRow> rows);
    const std::vector<RegionRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Col { Name, Code, Kind, Total, Level, Rule, Reduction, ReductionTotal, CostSaved,
                     DataBefore, DataAfter };
    struct Column
    {
        Col col;
        int sub = 0; // kind / level index, or rule index
    };
    void buildColumns();
    QVariant value(const RegionRow &row, const Column &c) const;

    std::vector<RegionRow> m_rows;
    QStringList m_rules;
    std::vector<Column> m_columns;
};

} // namespace slimplan
