#pragma once
// The six-item region most GUI suites start from (three look-alike apps in one family, a1
// survives; an account; two groups), loaded into a Document with its plan and overlap graph.

#include "document.h"
#include "plan/planner.h"

#include "testitems.h"

namespace slimplan::testing {

inline Item makeItem(const QString &id, const QString &name, Kind kind, const QString &owner, const QString &region)
{
    Item it = countyItem(id, kind, owner, name, region);
    it.functions = {QStringLiteral("政务服务"), QStringLiteral("通知公告")};
    return it;
}

// Six items: three overlapping apps in one family (a1 survives), an account, two groups.
inline void loadFixture(Document &doc)
{
    Inventory inv;
    inv.upsert(makeItem("a1", "青溪政务通", Kind::App, "青溪县政务服务中心", "510123"));
    inv.upsert(makeItem("a2", "青溪便民宝", Kind::App, "青溪县民政局", "510123"));
    inv.upsert(makeItem("a3", "青溪服务云", Kind::App, "青溪县人社局", "510123"));
    inv.upsert(makeItem("p1", "青溪发布", Kind::Account, "青溪县委宣传部", "510123"));
    inv.upsert(makeItem("g1", "城关镇工作群", Kind::Group, "城关镇人民政府", "510123101"));
    inv.upsert(makeItem("g2", "城关镇临时群", Kind::Group, "城关镇人民政府", "510123101"));
    Plan plan;
    plan.asOf = QDate(2026, 1, 1);
    plan.decisions.resize(6);
    plan.decisions[1].action = Action::Merge;
    plan.decisions[1].target = QStringLiteral("a1");
    plan.decisions[1].rules = {QStringLiteral("A10")};
    plan.decisions[1].reasonEn = QStringLiteral("Same functions as 青溪政务通");
    plan.decisions[2].action = Action::Merge;
    plan.decisions[2].target = QStringLiteral("a1");
    plan.decisions[2].rules = {QStringLiteral("A10")};
    plan.decisions[5].action = Action::Shutdown;
    plan.decisions[5].rules = {QStringLiteral("G1")};
    computeSummary(inv, plan);
    doc.reset(std::move(inv), std::move(plan), QStringLiteral("青溪县"));
    OverlapResult ov;
    ov.edges = {{0, 1, 0.8f, -1}, {0, 2, 0.7f, -1}, {1, 2, 0.65f, -1}, {4, 5, 0.9f, -1}};
    ov.families = {{0, 1, 2}};
    ov.familyOf = {0, 0, 0, -1, -1, -1};
    doc.setOverlap(std::move(ov));
}

} // namespace slimplan::testing
