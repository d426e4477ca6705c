#pragma once
// Plan ▸ Scenarios ▸ Compare Scenarios…: two scenarios (or one and the baseline) side by side —
// the counts before and after per kind and per level, the cost saved, a bar chart of the counts
// left per kind, and the items whose action differs.

#include "plan/scenarioplan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace slimplan {

class ProjectStore;

class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioCompareDialog(const ProjectStore &store, const Inventory &inventory, const QDate &asOf,
                          QWidget *parent = nullptr);

    // Picks the two sides (names as the store knows them; "baseline" for the plan) and compares.
    void compare(const QString &a, const QString &b);
    const std::optional<ScenarioComparison> &comparison() const { return m_comparison; }

private:
    void recompute();
    void fillSummary();
    void fillChanges();
    void fillChart();

    const ProjectStore &m_store;
    const Inventory &m_inventory;
    QDate m_asOf;
    QComboBox *m_a;
    QComboBox *m_b;
    QLabel *m_cost;
    QTableWidget *m_summary;
    QTableWidget *m_changes;
    QCustomPlot *m_chart;
    std::optional<ScenarioComparison> m_comparison;
};

} // namespace slimplan
