#pragma once
// Composes the plan report (cover, overview, actions, owners, overrides, appendix) as blocks of a
// FlowDocument. The wording is hand-written zh/en pairs chosen by ReportOptions::language.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/plandigest.h"
#include "report/reportoptions.h"
#include "report/reporttext.h"

#include <QFont>
#include <QString>

namespace slimplan {

class FlowDocument;
class FlowTable;
struct FlowColumn;
struct FlowTextStyle;

class PlanReport
{
public:
    PlanReport(const Inventory &inventory, const Plan &plan, const ReportOptions &options);

    // Adds every section to the document.
    void build(FlowDocument &doc) const;

    QString regionName() const { return m_region; }
    QString title() const;                 // "XX县政务移动互联网应用程序瘦身方案"
    QString planDateText() const;

private:
    void cover(FlowDocument &doc) const;
    void overview(FlowDocument &doc) const;
    void overviewSummary(FlowDocument &doc) const;
    void overviewBeforeAfter(FlowDocument &doc) const;
    void overviewCharts(FlowDocument &doc) const;
    void overviewByAction(FlowDocument &doc) const;
    void overviewByLevel(FlowDocument &doc) const;
    int actionTotal(Action a) const; // items of every kind the plan gives this action
    void actions(FlowDocument &doc) const;
    void simpleActionTables(FlowDocument &doc, Action a) const;
    void mergeTables(FlowDocument &doc) const;
    void owners(FlowDocument &doc) const;
    void overrides(FlowDocument &doc) const;
    void appendix(FlowDocument &doc) const;

    FlowTable table(std::vector<FlowColumn> columns) const;
    // The ID, Name and Owner columns every item table starts with, then `middle`, the rules
    // column and the reason column of width `reasonWeight`.
    // `first`, then before, after, removed and reduction: the columns of a before/after table.
    std::vector<FlowColumn> beforeAfterColumns(const QString &first) const;
    std::vector<FlowColumn> itemColumns(double ownerWeight, std::vector<FlowColumn> middle,
                                        double reasonWeight) const;
    FlowTextStyle style(double points, bool bold, double before, double after,
                        bool keepWithNext = false) const;
    void heading1(FlowDocument &doc, const QString &text) const;
    void heading2(FlowDocument &doc, const QString &text) const;
    void heading3(FlowDocument &doc, const QString &text) const;
    void body(FlowDocument &doc, const QString &text) const;
    void note(FlowDocument &doc, const QString &text) const;

    QString rulesText(const Decision &d) const;
    QString reasonText(const Decision &d) const;
    QString itemLine(int index) const;     // "name（id）"

    const Inventory &m_inv;
    const Plan &m_plan;
    ReportOptions m_opt;
    ReportText m_t;
    PlanDigest m_digest;
    QString m_region;
    QDate m_planDate;
};

} // namespace slimplan
