#pragma once
// The comparison of regions: a sortable table of the comparison rows above the charts
// (CompareCharts: reduction by kind against Sichuan's figures, regions ranked by total reduction).

#include "compare/regioncompare.h"

#include <QWidget>

#include <vector>

class QSortFilterProxyModel;
class QTableView;

namespace slimplan {

class CompareCharts;
class CompareModel;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    void setRows(std::vector<RegionRow> rows);
    CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CompareCharts *charts() const { return m_charts; }
    // Rows of the model (not of the sorted view) selected in the table, ascending.
    std::vector<int> selectedRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    CompareModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    CompareCharts *m_charts = nullptr;
};

} // namespace slimplan
