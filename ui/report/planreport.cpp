#include "report/planreport.h"
#include "report/referencecampaign.h"

#include "overlap/overlap.h"
#include "policy/rulecatalog.h"
#include "report/decisionannex.h"
#include "report/flowdocument.h"
#include "report/pagefurniture.h"
#include "report/reportcharts.h"
#include "report/reportregion.h"
#include "report/trackingsection.h"

#include <QHash>
#include <QPainter>

namespace slimplan {

namespace {
constexpr const std::array<double, kKindCount + 1> &kSichuan = kSichuanCampaign.reductionPct;
constexpr Action kActionOrder[] = {Action::Shutdown, Action::Merge, Action::Migrate,
                                   Action::Rectify, Action::Keep};
constexpr double kTablePt = 8.5;
constexpr double kBodyPt = 10.5;
} // namespace

PlanReport::PlanReport(const Inventory &inventory, const Plan &plan, const ReportOptions &options)
    : m_inv(inventory), m_plan(plan), m_opt(options), m_t(options.chinese()),
      m_digest(PlanDigest::build(inventory, plan))
{
    m_region = options.regionName;
    if (m_region.isEmpty())
        m_region = mostCommonRegionName(inventory);
    if (m_region.isEmpty())
        m_region = m_t.tx("本地区", "Region");
    m_planDate = options.planDate.isValid() ? options.planDate : QDate::currentDate();
}

QString PlanReport::title() const
{
    return m_t.chinese() ? m_region + QStringLiteral("政务移动互联网应用程序瘦身方案")
                         : m_region + QStringLiteral(": Government Mobile App Consolidation Plan");
}

QString PlanReport::planDateText() const { return m_t.date(m_planDate); }

FlowTextStyle PlanReport::style(double points, bool bold, double before, double after,
                                bool keepWithNext) const
{
    return pagefurniture::textStyle(points, bold, before, after, keepWithNext);
}

void PlanReport::heading1(FlowDocument &doc, const QString &text) const
{
    FlowTextStyle s = style(15, true, 10, 8, true);
    s.color = QColor(0x1f, 0x3a, 0x5f);
    doc.addText(text, s);
}
void PlanReport::heading2(FlowDocument &doc, const QString &text) const
{
    doc.addText(text, style(12, true, 10, 5, true));
}
void PlanReport::heading3(FlowDocument &doc, const QString &text) const
{
    doc.addText(text, style(10.5, true, 6, 2, true));
}
void PlanReport::body(FlowDocument &doc, const QString &text) const
{
    doc.addText(text, style(kBodyPt, false, 2, 4));
}
void PlanReport::note(FlowDocument &doc, const QString &text) const
{
    FlowTextStyle s = style(8.5, false, 2, 4);
    s.color = QColor(0x55, 0x55, 0x55);
    doc.addText(text, s);
}

FlowTable PlanReport::table(std::vector<FlowColumn> columns) const
{
    return pagefurniture::table(std::move(columns), kTablePt);
}

// Each rule on a line of its own, as its code and short name ("A8 重复采集数据"), like the item
// table; a code the catalogue does not know (a project from a newer version) stands alone.
QString PlanReport::rulesText(const Decision &d) const
{
    if (d.rules.isEmpty())
        return QStringLiteral("—");
    QStringList labels;
    for (const QString &id : d.rules)
        labels << ruleLabel(id, m_t.chinese());
    return labels.join(QLatin1Char('\n'));
}

std::vector<FlowColumn> PlanReport::beforeAfterColumns(const QString &first) const
{
    return {{first, 2.2},
            {m_t.tx("处置前", "Before"), 1, Qt::AlignRight},
            {m_t.tx("处置后", "After"), 1, Qt::AlignRight},
            {m_t.tx("减少", "Removed"), 1, Qt::AlignRight},
            {m_t.tx("压减比例", "Reduction"), 1.1, Qt::AlignRight}};
}

std::vector<FlowColumn> PlanReport::itemColumns(double ownerWeight, std::vector<FlowColumn> middle,
                                                double reasonWeight) const
{
    std::vector<FlowColumn> cols{{m_t.tx("编号", "ID"), 1.3, Qt::AlignLeft, true},
                                 {m_t.tx("名称", "Name"), 1.7},
                                 {m_t.tx("主办单位", "Owner"), ownerWeight}};
    cols.insert(cols.end(), middle.begin(), middle.end());
    cols.push_back({m_t.tx("依据", "Rules"), 1.5});
    cols.push_back({m_t.tx("理由", "Reason"), reasonWeight});
    return cols;
}

QString PlanReport::reasonText(const Decision &d) const
{
    const QString r = d.reason(m_t.chinese());
    if (!r.isEmpty())
        return r;
    if (d.action == Action::Keep && d.rules.isEmpty())
        return m_t.tx("未发现不符合规定的情形，保留。", "No rule applies; kept.");
    return QStringLiteral("—");
}

QString PlanReport::itemLine(int index) const
{
    return describeTarget(m_inv, m_inv.at(index).id, m_t.chinese());
}

void PlanReport::build(FlowDocument &doc) const
{
    cover(doc);
    overview(doc);
    actions(doc);
    owners(doc);
    overrides(doc);
    TrackingSection(m_inv, m_plan, m_opt).build(doc); // once any action has left "planned"
    appendix(doc);
    DecisionAnnex(m_inv, m_opt).build(doc); // 附录三 调整记录, when the log has entries
}

void PlanReport::cover(FlowDocument &doc) const
{
    doc.addSpace(110);
    FlowTextStyle big = style(24, true, 0, 6);
    big.align = Qt::AlignHCenter;
    big.color = QColor(0x1f, 0x3a, 0x5f);
    doc.addText(m_region, big);
    FlowTextStyle t2 = style(m_t.chinese() ? 20 : 17, true, 0, 10);
    t2.align = Qt::AlignHCenter;
    t2.color = big.color;
    doc.addText(m_t.tx("政务移动互联网应用程序瘦身方案", "Government Mobile App Consolidation Plan"), t2);
    FlowTextStyle sub = style(13, false, 0, 0);
    sub.align = Qt::AlignHCenter;
    doc.addText(m_t.tx("（送审稿）", "(Draft for approval)"), sub);
    doc.addSpace(70);

    const PolicyProfile &pp = m_plan.profile;
    const auto before = m_plan.summary.before.perKind;
    FlowTable info = pagefurniture::table({{QString(), 1.1}, {QString(), 3.4}}, 10.5);
    info.showHeader = false;
    info.addRow({m_t.tx("地区", "Region"), m_region});
    info.addRow({m_t.tx("方案日期", "Plan date"), m_t.date(m_planDate)});
    info.addRow({m_t.tx("数据截至", "Data as of"),
                 m_plan.asOf.isValid() ? m_t.date(m_plan.asOf) : QStringLiteral("—")});
    info.addRow({m_t.tx("编制", "Prepared by"),
                 m_opt.preparedBy.isEmpty() ? QStringLiteral("—") : m_opt.preparedBy});
    info.addRow({m_t.tx("台账规模", "Ledger"),
                 m_t.chinese()
                     ? QStringLiteral("应用程序 %1 个、公众账号 %2 个、工作群组 %3 个")
                           .arg(before[0]).arg(before[1]).arg(before[2])
                     : QStringLiteral("%1 apps, %2 public accounts, %3 work groups")
                           .arg(before[0]).arg(before[1]).arg(before[2])});
    info.addRow({m_t.tx("政策参数", "Policy profile"),
                 m_t.chinese()
                     ? QStringLiteral("%1：僵尸账号 %2 天未更新；工作群 %3 天无消息；功能重合阈值 %4；"
                                      "低使用为月活低于 %5 人")
                           .arg(pp.name).arg(pp.zombieDays).arg(pp.groupIdleDays)
                           .arg(pp.overlapThreshold, 0, 'f', 2).arg(pp.lowUsageActiveUsers)
                     : QStringLiteral("%1: zombie after %2 days without a post; group idle after %3 "
                                      "days; overlap threshold %4; low usage below %5 monthly "
                                      "active users")
                           .arg(pp.name).arg(pp.zombieDays).arg(pp.groupIdleDays)
                           .arg(pp.overlapThreshold, 0, 'f', 2).arg(pp.lowUsageActiveUsers)});
    doc.addTable(std::move(info), 0, 30);

    FlowTable sign = pagefurniture::table({{QString(), 1.1}, {QString(), 3.4}}, 10.5);
    sign.showHeader = false;
    sign.minRowHeight = 46;
    sign.addRow({m_t.tx("审核意见", "Review"), QString()});
    sign.addRow({m_t.tx("签发", "Approved by"), QString()});
    doc.addTable(std::move(sign), 0, 0);
    FlowTable d2 = pagefurniture::table({{QString(), 1.1}, {QString(), 3.4}}, 10.5);
    d2.showHeader = false;
    d2.minRowHeight = 22;
    d2.addRow({m_t.tx("日期", "Date"), m_t.tx("　　　　年　　月　　日", "")});
    doc.addTable(std::move(d2), 0, 0);
    doc.addPageBreak();
}

void PlanReport::overview(FlowDocument &doc) const
{
    heading1(doc, m_t.tx("一、方案总览", "1. Overview"));
    overviewSummary(doc);
    overviewBeforeAfter(doc);
    overviewCharts(doc);
    overviewByAction(doc);
    overviewByLevel(doc);
}

int PlanReport::actionTotal(Action a) const
{
    int n = 0;
    for (int k = 0; k < kKindCount; ++k)
        n += m_digest.countByKind[k][static_cast<int>(a)];
    return n;
}

// What the plan does, in one paragraph.
void PlanReport::overviewSummary(FlowDocument &doc) const
{
    const PlanSummary &s = m_plan.summary;
    const auto A = [this](Action a) { return actionTotal(a); };
    body(doc, m_t.chinese()
                  ? QStringLiteral("本方案覆盖政务移动互联网应用程序 %1 个。建议关停 %2 个、合并 %3 个、"
                                   "迁移 %4 个、整改 %5 个、保留 %6 个；处置后总数由 %1 个降至 %7 个，"
                                   "压减 %8。")
                        .arg(s.before.total()).arg(A(Action::Shutdown)).arg(A(Action::Merge))
                        .arg(A(Action::Migrate)).arg(A(Action::Rectify)).arg(A(Action::Keep))
                        .arg(s.after.total()).arg(m_t.percent(s.reductionPctTotal))
                  : QStringLiteral("The plan covers %1 government mobile applications. It shuts "
                                   "down %2, merges %3, migrates %4, rectifies %5 and keeps %6; "
                                   "their number falls from %1 to %7, a reduction of %8.")
                        .arg(s.before.total()).arg(A(Action::Shutdown)).arg(A(Action::Merge))
                        .arg(A(Action::Migrate)).arg(A(Action::Rectify)).arg(A(Action::Keep))
                        .arg(s.after.total()).arg(m_t.percent(s.reductionPctTotal)));

}

// The before/after table per kind, the money and data items saved, and the reference campaign.
void PlanReport::overviewBeforeAfter(FlowDocument &doc) const
{
    const PlanSummary &s = m_plan.summary;
    heading2(doc, m_t.tx("（一）处置前后对比", "1.1 Before and after"));
    std::vector<FlowColumn> cols = beforeAfterColumns(m_t.tx("类型", "Kind"));
    cols.push_back({m_t.tx("四川参考", "Sichuan ref."), 1.1, Qt::AlignRight});
    FlowTable t = table(cols);
    for (int k = 0; k < kKindCount; ++k) {
        const int b = s.before.perKind[k];
        const int a = s.after.perKind[k];
        t.addRow({m_t.kindPlural(static_cast<Kind>(k)), QString::number(b), QString::number(a),
                  QString::number(b - a), m_t.percent(s.reductionPct[k]),
                  QStringLiteral("−%1%").arg(kSichuan[k], 0, 'f', 0)});
    }
    t.addRow({m_t.tx("合计", "Total"), QString::number(s.before.total()),
              QString::number(s.after.total()), QString::number(s.before.total() - s.after.total()),
              m_t.percent(s.reductionPctTotal), QStringLiteral("−%1%").arg(kSichuan[3], 0, 'f', 0)},
             FlowTable::RowStyle::Emphasis);
    doc.addTable(std::move(t));

    const double dataCut = s.dataItemsBefore > 0
                               ? 100.0 * (s.dataItemsBefore - s.dataItemsAfter) / s.dataItemsBefore
                               : 0.0;
    body(doc, m_t.chinese()
                  ? QStringLiteral("预计每年节约运维经费 %1 万元。填报数据项由 %2 项减至 %3 项"
                                   "（纳入“一表通”后最多报一次，减少 %4）。")
                        .arg(m_t.number(s.annualCostSaved, 1)).arg(s.dataItemsBefore)
                        .arg(s.dataItemsAfter).arg(m_t.percent(dataCut))
                  : QStringLiteral("Annual running costs saved: %1 ten-thousand yuan (万元). Data items "
                                   "collected fall from %2 to %3 once reporting goes through the "
                                   "one-form platform (report once), a reduction of %4.")
                        .arg(m_t.number(s.annualCostSaved, 1)).arg(s.dataItemsBefore)
                        .arg(s.dataItemsAfter).arg(m_t.percent(dataCut)));
    const ReferenceCampaign &ref = kSichuanCampaign;
    note(doc, m_t.tx("参考：%1%2集中整治，%3。", "Reference: %1's campaign, %2: %3.")
                  .arg(ref.region(m_t.chinese()), ref.period(m_t.chinese()), ref.summaryText(m_t.chinese())));
}

void PlanReport::overviewCharts(FlowDocument &doc) const
{
    // Before/after per kind: one panel each, since groups outnumber apps a hundredfold.
    doc.addSpace(8);
    const ReportText tt = m_t;
    const PlanSummary sum = m_plan.summary;
    doc.addCustom(170, [tt, sum](QPainter &p, const QRectF &r) { paintKindPanels(p, r, tt, sum); });
    doc.addCustom(175, [tt, sum](QPainter &p, const QRectF &r) { paintReductionAgainstReference(p, r, tt, sum); });
}

void PlanReport::overviewByAction(FlowDocument &doc) const
{
    const PlanSummary &s = m_plan.summary;
    heading2(doc, m_t.tx("（二）各类处置数量", "1.2 Actions by kind"));
    std::vector<FlowColumn> cols{{m_t.tx("类型", "Kind"), 2.2}};
    for (Action a : kActionOrder)
        cols.push_back({m_t.action(a), 1, Qt::AlignRight});
    cols.push_back({m_t.tx("合计", "Total"), 1, Qt::AlignRight});
    FlowTable byKind = table(cols);
    for (int k = 0; k < kKindCount; ++k) {
        QStringList row{m_t.kindPlural(static_cast<Kind>(k))};
        for (Action a : kActionOrder)
            row << QString::number(m_digest.countByKind[k][static_cast<int>(a)]);
        row << QString::number(s.before.perKind[k]);
        byKind.addRow(row);
    }
    QStringList totalRow{m_t.tx("合计", "Total")};
    for (Action a : kActionOrder)
        totalRow << QString::number(actionTotal(a));
    totalRow << QString::number(s.before.total());
    byKind.addRow(totalRow, FlowTable::RowStyle::Emphasis);
    doc.addTable(std::move(byKind));
}

void PlanReport::overviewByLevel(FlowDocument &doc) const
{
    const PlanSummary &s = m_plan.summary;
    heading2(doc, m_t.tx("（三）按层级", "1.3 By level"));
    FlowTable lv = table(beforeAfterColumns(m_t.tx("层级", "Level")));
    for (int l = 0; l <= kLevelCount; ++l) {
        const int b = s.beforeByLevel[static_cast<std::size_t>(l)].total();
        const int a = s.afterByLevel[static_cast<std::size_t>(l)].total();
        if (b == 0)
            continue;
        lv.addRow({l < kLevelCount ? m_t.level(static_cast<Level>(l)) : m_t.tx("未注明", "Unknown"),
                   QString::number(b), QString::number(a), QString::number(b - a),
                   m_t.percent(100.0 * (b - a) / b)});
    }
    doc.addTable(std::move(lv));
}

void PlanReport::actions(FlowDocument &doc) const
{
    doc.addPageBreak();
    heading1(doc, m_t.tx("二、处置清单", "2. Actions"));
    note(doc, m_t.tx("每项列明依据条款（见附录）与理由。按类型分组，同类按主办单位排列。",
                     "Every row names the rules that apply (see the appendix) and the reason. "
                     "Grouped by kind; within a kind, by owner."));
    int n = 0;
    for (Action a : kActionOrder) {
        ++n;
        int count = 0;
        for (int k = 0; k < kKindCount; ++k)
            count += m_digest.countByKind[k][static_cast<int>(a)];
        static const char *const zhNum[] = {"一", "二", "三", "四", "五"};
        heading2(doc, m_t.chinese()
                          ? QStringLiteral("（%1）%2（%3 项）")
                                .arg(QString::fromUtf8(zhNum[n - 1]), m_t.action(a)).arg(count)
                          : QStringLiteral("2.%1 %2 (%3)").arg(n).arg(m_t.action(a)).arg(count));
        if (count == 0) {
            body(doc, m_t.tx("无。", "None."));
            continue;
        }
        if (a == Action::Merge)
            mergeTables(doc);
        else
            simpleActionTables(doc, a);
    }
}

void PlanReport::simpleActionTables(FlowDocument &doc, Action a) const
{
    const bool zh = m_t.chinese();
    for (int k = 0; k < kKindCount; ++k) {
        const std::vector<int> &idx = m_digest.items[static_cast<int>(a)][k];
        if (idx.empty())
            continue;
        heading3(doc, m_t.kindPlural(static_cast<Kind>(k))
                          + (zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(idx.size()));
        std::vector<FlowColumn> middle;
        if (a == Action::Migrate)
            middle.push_back({m_t.tx("迁移至", "Migrates to"), 1.5});
        if (a == Action::Rectify)
            middle.push_back({m_t.tx("整改内容", "To remove / fix"), 1.6});
        FlowTable t = table(itemColumns(1.6, middle, a == Action::Keep || a == Action::Shutdown ? 4.0 : 3.2));
        for (int i : idx) {
            const Item &it = m_inv.at(i);
            const Decision &d = m_plan.decisions[static_cast<std::size_t>(i)];
            QStringList row{it.id, it.name, it.owner};
            if (a == Action::Migrate)
                row << describeTarget(m_inv, d.target, zh);
            if (a == Action::Rectify) {
                QStringList what;
                for (const Finding &f : d.findings) {
                    if (!f.removeFunctions.isEmpty())
                        what << f.removeFunctions;
                }
                what.removeDuplicates();
                if (what.isEmpty()) {
                    for (const Finding &f : d.findings) {
                        const QString e = f.evidence(zh);
                        if (!e.isEmpty())
                            what << e;
                    }
                }
                row << (what.isEmpty() ? QStringLiteral("—")
                                       : (zh ? QStringLiteral("去除：") : QStringLiteral("Remove: "))
                                             + what.join(m_t.listSeparator()));
            }
            row << rulesText(d) << reasonText(d);
            t.addRow(row);
        }
        doc.addTable(std::move(t));
    }
}

void PlanReport::mergeTables(FlowDocument &doc) const
{
    const bool zh = m_t.chinese();
    int kindShown = -1;
    FlowTable t;
    bool open = false;
    const auto flush = [&] {
        if (open)
            doc.addTable(std::move(t));
        open = false;
    };
    for (int ci : m_digest.clusterOrder) {
        const Cluster &c = m_plan.clusters[static_cast<std::size_t>(ci)];
        const Item &sv = m_inv.at(c.survivor);
        std::vector<int> members;
        for (int m : c.members) {
            if (m != c.survivor && m >= 0 && m < m_inv.size())
                members.push_back(m);
        }
        if (members.empty())
            continue;
        if (static_cast<int>(sv.kind) != kindShown) {
            flush();
            kindShown = static_cast<int>(sv.kind);
            heading3(doc, m_t.kindPlural(sv.kind) + m_t.tx(" · 合并族", " · merge families"));
            t = table(itemColumns(1.5, {{m_t.tx("重合证据", "Overlap evidence"), 2.6}}, 2.6));
            open = true;
        }
        t.addGroupRow(zh ? QStringLiteral("合并族 %1：保留「%2」（%3，%4），并入 %5 项")
                               .arg(c.id).arg(sv.name, sv.id, sv.owner).arg(members.size())
                         : QStringLiteral("Family %1: keep “%2” (%3, %4); %5 merge into it")
                               .arg(c.id).arg(sv.name, sv.id, sv.owner).arg(members.size()));
        for (int m : members) {
            const Item &it = m_inv.at(m);
            const Decision &d = m_plan.decisions[static_cast<std::size_t>(m)];
            QString reason = reasonText(d);
            if (d.action != Action::Merge)
                reason = QStringLiteral("[%1] ").arg(m_t.action(d.action)) + reason;
            t.addRow({it.id, it.name, it.owner,
                      explainOverlap(m_inv, m, c.survivor, m_plan.profile, zh), rulesText(d),
                      reason});
        }
    }
    flush();

    for (int k = 0; k < kKindCount; ++k) {
        const std::vector<int> &idx = m_digest.loneMerges[k];
        if (idx.empty())
            continue;
        heading3(doc, m_t.kindPlural(static_cast<Kind>(k)) + m_t.tx(" · 其他合并", " · other merges"));
        FlowTable lone = table(itemColumns(1.5, {{m_t.tx("并入", "Merges into"), 1.9}}, 3.3));
        for (int i : idx) {
            const Item &it = m_inv.at(i);
            const Decision &d = m_plan.decisions[static_cast<std::size_t>(i)];
            lone.addRow({it.id, it.name, it.owner, describeTarget(m_inv, d.target, zh),
                         rulesText(d), reasonText(d)});
        }
        doc.addTable(std::move(lone));
    }
}

void PlanReport::owners(FlowDocument &doc) const
{
    heading1(doc, m_t.tx("三、按主办单位汇总", "3. By owner"));
    std::vector<FlowColumn> cols{{m_t.tx("主办单位", "Owner"), 3.2},
                                 {m_t.tx("现有", "Now"), 0.8, Qt::AlignRight}};
    for (Action a : kActionOrder)
        cols.push_back({m_t.action(a), 0.8, Qt::AlignRight});
    cols.push_back({m_t.tx("处置后", "After"), 0.8, Qt::AlignRight});
    FlowTable t = table(cols);
    for (const OwnerActions &o : m_digest.owners) {
        QStringList row{o.owner.isEmpty() ? m_t.tx("（未注明）", "(unknown)") : o.owner,
                        QString::number(o.before)};
        for (Action a : kActionOrder)
            row << QString::number(o.perAction[static_cast<int>(a)]);
        row << QString::number(o.after);
        t.addRow(row);
    }
    doc.addTable(std::move(t));
}

void PlanReport::overrides(FlowDocument &doc) const
{
    heading1(doc, m_t.tx("四、人工调整记录", "4. Changes made by officials"));
    if (m_plan.overrides.empty()) {
        body(doc, m_t.tx("本方案未对系统建议作人工调整。",
                         "No recommendation was changed by hand."));
        return;
    }
    note(doc, m_t.tx("以下各项的处置与系统建议不同，由经办人调整并说明理由。",
                     "These items' actions differ from the recommendation; the official who "
                     "changed each one gave the reason."));
    FlowTable t = table({{m_t.tx("编号", "ID"), 1.3, Qt::AlignLeft, true},
                         {m_t.tx("名称", "Name"), 1.6},
                         {m_t.tx("调整为", "Changed to"), 0.9},
                         {m_t.tx("目标", "Target"), 1.3},
                         {m_t.tx("调整人", "By"), 0.9},
                         {m_t.tx("时间", "When"), 1.1},
                         {m_t.tx("理由", "Why"), 3.0}});
    for (const Override &o : m_plan.overrides) {
        const int i = m_inv.indexOf(o.itemId);
        t.addRow({o.itemId, i >= 0 ? m_inv.at(i).name : QStringLiteral("—"), m_t.action(o.action),
                  o.target.isEmpty() ? QStringLiteral("—") : describeTarget(m_inv, o.target, m_t.chinese()),
                  o.who.isEmpty() ? QStringLiteral("—") : o.who,
                  o.when.isValid() ? o.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QStringLiteral("—"),
                  o.reason.isEmpty() ? QStringLiteral("—") : o.reason});
    }
    doc.addTable(std::move(t));
}

void PlanReport::appendix(FlowDocument &doc) const
{
    const bool zh = m_t.chinese();
    doc.addPageBreak();
    heading1(doc, m_t.tx("附录一　引用条款", "Appendix A. Rules cited"));
    if (m_digest.citedRules.isEmpty()) {
        body(doc, m_t.tx("本方案未引用任何条款。", "The plan cites no rule."));
    } else {
        FlowTable t = table({{m_t.tx("条款", "Rule"), 0.6},
                             {m_t.tx("名称与检查内容", "Title and what is checked"), 3.4},
                             {m_t.tx("依据文件及条款", "Source document and clause"), 3.0}});
        for (const QString &id : m_digest.citedRules) {
            const RuleInfo *r = findRule(id);
            if (!r) {
                t.addRow({id, QStringLiteral("—"), QStringLiteral("—")});
                continue;
            }
            t.addRow({id, r->title(zh) + QLatin1Char('\n') + r->explanation(zh), r->source(zh)});
        }
        doc.addTable(std::move(t));
    }

    heading1(doc, m_t.tx("附录二　政策参数", "Appendix B. Policy parameters"));
    const PolicyProfile &pp = m_plan.profile;
    FlowTable p = table({{m_t.tx("参数", "Parameter"), 1.6},
                         {m_t.tx("取值", "Value"), 1.2},
                         {m_t.tx("含义", "Meaning"), 4.0}});
    const auto row = [&](const char *key, const QString &value, const char *zhText, const char *enText) {
        p.addRow({QString::fromLatin1(key), value, m_t.tx(zhText, enText)});
    };
    row("profile", pp.name, "政策参数方案名称", "Name of the policy profile");
    row("zombie_days", QString::number(pp.zombieDays),
        "公众账号、应用超过该天数无更新视为僵尸（P3、A9）",
        "Days without a post after which an account or app is a zombie (P3, A9)");
    row("group_idle_days", QString::number(pp.groupIdleDays), "工作群超过该天数无消息视为闲置（G1）",
        "Days without a message after which a work group is idle (G1)");
    row("overlap_threshold", QString::number(pp.overlapThreshold, 'f', 2),
        "功能重合度达到该值视为高度相近（A10、P2、G2）",
        "Overlap score at which two items count as highly similar (A10, P2, G2)");
    row("containment_threshold", QString::number(pp.containmentThreshold, 'f', 2),
        "一项功能被另一项包含的比例达到该值时并入对方", "Share of functions contained in another item at which it folds into it");
    row("low_usage_active_users", QString::number(pp.lowUsageActiveUsers),
        "月活跃用户低于该值视为使用频率低（A9）", "Monthly active users below which usage is low (A9)");
    row("low_usage_active_ratio", QString::number(pp.lowUsageActiveRatio, 'f', 2),
        "月活与注册用户之比低于该值视为使用频率低（A9）", "Active/registered ratio below which usage is low (A9)");
    row("provincial_platform", pp.provincialPlatform, "填表报数功能迁移的省级统一平台（A3、A8）",
        "Provincial one-form platform that reporting migrates to (A3, A8)");
    row("provincial_app", pp.provincialApp, "县以下应用迁移的上级平台（A1）",
        "Higher-level platform that apps below county level migrate to (A1)");
    doc.addTable(std::move(p));
}

} // namespace slimplan
