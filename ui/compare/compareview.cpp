#include "compare/compareview.h"

#include "compare/comparecharts.h"
#include "compare/comparemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace slimplan {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_charts(new CompareCharts(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order given until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void CompareView::setRows(std::vector<RegionRow> rows)
{
    m_charts->setRows(rows);
    m_model->setRows(std::move(rows));
}

std::vector<int> CompareView::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.push_back(m_proxy->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CompareView::changeEvent(QEvent *event)
{
    // The model's texts (headers, "unknown", units) come from tr() when asked: ask again.
    if (event->type() == QEvent::LanguageChange)
        m_model->setRows(m_model->rows());
    QWidget::changeEvent(event);
}

} // namespace slimplan
