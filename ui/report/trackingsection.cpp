#include "report/trackingsection.h"

#include "report/flowdocument.h"
#include "report/pagefurniture.h"
#include "report/trackingprogress.h"

#include <numeric>

namespace slimplan {

namespace {
constexpr double kTablePt = 8.5;

int sum(const std::array<int, kTrackingStateCount> &states)
{
    return std::accumulate(states.begin(), states.end(), 0);
}

int count(const std::array<int, kTrackingStateCount> &states, TrackingState s)
{
    return states[std::size_t(s)];
}
} // namespace

TrackingSection::TrackingSection(const Inventory &inventory, const Plan &plan, const ReportOptions &options)
    : m_inv(inventory), m_plan(plan), m_opt(options), m_t(options.chinese())
{
}

bool TrackingSection::applies() const
{
    if (!m_opt.tracking)
        return false;
    return std::any_of(m_opt.tracking->begin(), m_opt.tracking->end(),
                       [](const TrackingStatus &s) { return s.state != TrackingState::Planned; });
}

void TrackingSection::build(FlowDocument &doc) const
{
    if (!applies())
        return;
    const QDate today = m_opt.planDate.isValid() ? m_opt.planDate : QDate::currentDate();
    const TrackingProgress p = computeTrackingProgress(m_inv, m_plan, *m_opt.tracking, today,
                                                       m_opt.laterItemIds.get());
    FlowTextStyle h1 = pagefurniture::textStyle(15, true, 10, 8, true);
    h1.color = QColor(0x1f, 0x3a, 0x5f);
    doc.addText(m_t.tx("五、整改进展", "5. Carrying the plan out"), h1);
    summary(doc, p);
    byUnit(doc, p);
    byKind(doc, p);
    stillPresent(doc, p);
}

void TrackingSection::summary(FlowDocument &doc, const TrackingProgress &p) const
{
    const auto &s = p.total.states;
    const QString date = m_t.date(m_opt.planDate.isValid() ? m_opt.planDate : QDate::currentDate());
    const QString text = m_t.chinese()
        ? QStringLiteral("截至%1，方案确定的 %2 项处置中，尚未通知 %3 项、已通知 %4 项、整改中 %5 项、"
                         "已完成 %6 项、已核验 %7 项；逾期未完成 %8 项。")
        : QStringLiteral("As of %1, of the plan's %2 actions %3 are not notified yet, %4 notified, "
                         "%5 in progress, %6 done and %7 verified; %8 are overdue.");
    doc.addText(text.arg(date)
                    .arg(sum(s))
                    .arg(count(s, TrackingState::Planned))
                    .arg(count(s, TrackingState::Notified))
                    .arg(count(s, TrackingState::InProgress))
                    .arg(count(s, TrackingState::Done))
                    .arg(count(s, TrackingState::Verified))
                    .arg(p.total.overdue),
                pagefurniture::textStyle(10.5, false, 2, 4));
}

void TrackingSection::byUnit(FlowDocument &doc, const TrackingProgress &p) const
{
    doc.addText(m_t.tx("（一）按主办单位", "5.1 By owner"), pagefurniture::textStyle(12, true, 10, 5, true));
    std::vector<FlowColumn> cols{{m_t.tx("主办单位", "Owner"), 3.0},
                                 {m_t.tx("处置项", "Actions"), 0.8, Qt::AlignRight}};
    const char *const zh[] = {"未通知", "已通知", "整改中", "已完成", "已核验"};
    const char *const en[] = {"Planned", "Notified", "In progress", "Done", "Verified"};
    for (int s = 0; s < kTrackingStateCount; ++s)
        cols.push_back({m_t.tx(zh[s], en[s]), 0.8, Qt::AlignRight});
    cols.push_back({m_t.tx("逾期", "Overdue"), 0.8, Qt::AlignRight});
    if (m_opt.laterItemIds)
        cols.push_back({m_t.tx("完成仍在册", "Done, still there"), 1.0, Qt::AlignRight});
    FlowTable t = pagefurniture::table(cols, kTablePt);
    const auto row = [&](const UnitProgress &u, const QString &name, FlowTable::RowStyle style) {
        QStringList cells{name, QString::number(u.actions())};
        for (int n : u.states)
            cells << QString::number(n);
        cells << QString::number(u.overdue);
        if (m_opt.laterItemIds)
            cells << QString::number(u.stillPresent);
        t.addRow(cells, style);
    };
    for (const UnitProgress &u : p.units)
        row(u, u.owner.isEmpty() ? m_t.tx("（未注明）", "(unknown)") : u.owner, FlowTable::RowStyle::Normal);
    row(p.total, m_t.tx("合计", "Total"), FlowTable::RowStyle::Emphasis);
    doc.addTable(std::move(t));
}

void TrackingSection::byKind(FlowDocument &doc, const TrackingProgress &p) const
{
    doc.addText(m_t.tx("（二）按类型", "5.2 By kind"), pagefurniture::textStyle(12, true, 10, 5, true));
    FlowTable t = pagefurniture::table({{m_t.tx("类型", "Kind"), 2.0},
                                        {m_t.tx("处置项", "Actions"), 1, Qt::AlignRight},
                                        {m_t.tx("已完成", "Done"), 1, Qt::AlignRight},
                                        {m_t.tx("已核验", "Verified"), 1, Qt::AlignRight},
                                        {m_t.tx("完成率", "Done or verified"), 1.2, Qt::AlignRight}},
                                       kTablePt);
    for (int k = 0; k <= kKindCount; ++k) {
        const auto &s = k < kKindCount ? p.total.byKind[std::size_t(k)] : p.total.states;
        const int all = sum(s);
        const int closed = count(s, TrackingState::Done) + count(s, TrackingState::Verified);
        t.addRow({k < kKindCount ? m_t.kindPlural(Kind(k)) : m_t.tx("合计", "Total"), QString::number(all),
                  QString::number(count(s, TrackingState::Done)), QString::number(count(s, TrackingState::Verified)),
                  all > 0 ? m_t.percent(100.0 * closed / all) : QStringLiteral("—")},
                 k < kKindCount ? FlowTable::RowStyle::Normal : FlowTable::RowStyle::Emphasis);
    }
    doc.addTable(std::move(t));
}

// The review: items closed on paper that the later ledger still lists. Without a later snapshot,
// or when none is left, the part says so in one line.
void TrackingSection::stillPresent(FlowDocument &doc, const TrackingProgress &p) const
{
    if (!m_opt.laterItemIds)
        return;
    doc.addText(m_t.tx("（三）已报完成但仍在册", "5.3 Reported done but still present"),
                pagefurniture::textStyle(12, true, 10, 5, true));
    if (p.total.stillPresent == 0) {
        doc.addText(m_t.tx("后续台账中未发现已报完成（或已核验）但仍在册的事项。",
                           "The later ledger holds no item reported done or verified."),
                    pagefurniture::textStyle(10.5, false, 2, 4));
        return;
    }
    doc.addText(m_t.chinese()
                    ? QStringLiteral("以下 %1 项已报完成或已核验，但后续台账仍在册，需复核是否真正整改到位。")
                          .arg(p.total.stillPresent)
                    : QStringLiteral("These %1 items were reported done or verified, yet the later ledger still "
                                     "holds them: check whether they were really closed.")
                          .arg(p.total.stillPresent),
                pagefurniture::textStyle(10.5, false, 2, 4));
    FlowTable t = pagefurniture::table({{m_t.tx("主办单位", "Owner"), 2.4},
                                        {m_t.tx("名称", "Name"), 2.4},
                                        {m_t.tx("处置", "Action"), 0.9},
                                        {m_t.tx("状态", "State"), 0.9},
                                        {m_t.tx("日期", "Date"), 1.3}},
                                       kTablePt);
    const char *const zh[] = {"未通知", "已通知", "整改中", "已完成", "已核验"};
    const char *const en[] = {"Planned", "Notified", "In progress", "Done", "Verified"};
    for (const ItemProgress &ip : p.items) {
        if (!ip.stillPresent || ip.row < 0 || ip.row >= m_inv.size())
            continue;
        const Item &it = m_inv.at(ip.row);
        const int s = static_cast<int>(ip.status.state);
        const QString owner = trackingUnitOf(it);
        t.addRow({owner.isEmpty() ? m_t.tx("（未注明）", "(unknown)") : owner, it.name,
                  m_t.action(m_plan.decisions[std::size_t(ip.row)].action), m_t.tx(zh[s], en[s]),
                  m_t.date(ip.status.date)},
                 FlowTable::RowStyle::Normal);
    }
    doc.addTable(std::move(t));
}

} // namespace slimplan
