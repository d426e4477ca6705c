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
    void actions(FlowDocument &doc) const;
    void simpleActionTables(FlowDocument &doc, Action a) const;
    void mergeTables(FlowDocument &doc) const;
    void owners(FlowDocument &doc) const;
    void overrides(FlowDocument &doc) const;
    void appendix(FlowDocument &doc) const;

    FlowTable table(std::vector<FlowColumn> columns) const;
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
