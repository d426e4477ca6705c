#include "report/decisionannex.h"

#include "report/decisionlogsheet.h"
#include "report/flowdocument.h"
#include "report/pagefurniture.h"

namespace slimplan {

namespace {
constexpr double kTablePt = 8.5;
} // namespace

DecisionAnnex::DecisionAnnex(const Inventory &inventory, const ReportOptions &options)
    : m_inv(inventory), m_opt(options), m_t(options.chinese())
{
}

bool DecisionAnnex::applies() const
{
    return m_opt.decisionLog && !m_opt.decisionLog->empty();
}

void DecisionAnnex::build(FlowDocument &doc) const
{
    if (!applies())
        return;
    FlowTextStyle h1 = pagefurniture::textStyle(15, true, 10, 8, true);
    h1.color = QColor(0x1f, 0x3a, 0x5f);
    doc.addText(m_t.tx("附录三　调整记录", "Appendix C. Decision log"), h1);
    FlowTextStyle note = pagefurniture::textStyle(8.5, false, 2, 4);
    note.color = QColor(0x55, 0x55, 0x55);
    const std::vector<DecisionLogEntry> &log = *m_opt.decisionLog;
    doc.addText(m_t.chinese()
                    ? QStringLiteral("经办人对系统建议所作的每一次调整、恢复、撤销和重做，按时间先后共 %1 条；"
                                     "记录只增不改。").arg(log.size())
                    : QStringLiteral("Every change, revert, undo and redo of the officials, in the order "
                                     "made: %1 entries. Entries are only ever added.").arg(log.size()),
                note);
    FlowTable t = pagefurniture::table({{m_t.tx("时间", "When"), 1.2, Qt::AlignLeft, true},
                                        {m_t.tx("调整人", "By"), 0.8},
                                        {m_t.tx("对象", "Item"), 1.9},
                                        {m_t.tx("原处置 → 新处置", "Old → new"), 2.2},
                                        {m_t.tx("理由", "Reason"), 2.6},
                                        {m_t.tx("类别", "Kind"), 0.7}},
                                       kTablePt);
    for (const DecisionLogEntry &e : log) {
        t.addRow({decisionlogtext::time(e.when), e.who.isEmpty() ? QStringLiteral("—") : e.who,
                  decisionlogtext::item(e, m_inv, m_t), decisionlogtext::change(e, m_inv, m_t),
                  e.reason.isEmpty() ? QStringLiteral("—") : e.reason, decisionlogtext::kind(e.kind, m_t)});
    }
    doc.addTable(std::move(t));
}

} // namespace slimplan
