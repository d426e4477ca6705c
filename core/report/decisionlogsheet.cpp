#include "report/decisionlogsheet.h"

#include "report/plandigest.h"
#include "report/xlsxstreamwriter.h"

namespace slimplan {

namespace decisionlogtext {

QString kind(DecisionLogEntry::Kind k, const ReportText &t)
{
    switch (k) {
    case DecisionLogEntry::Kind::Decide:
        return t.tx("调整", "Decision");
    case DecisionLogEntry::Kind::Revert:
        return t.tx("恢复建议", "Revert");
    case DecisionLogEntry::Kind::Undo:
        return t.tx("撤销", "Undo");
    case DecisionLogEntry::Kind::Redo:
        return t.tx("重做", "Redo");
    case DecisionLogEntry::Kind::Imported:
        return t.tx("导入", "Imported");
    }
    return QString();
}

QString decision(const std::optional<Action> &action, const QString &target, const Inventory &inventory,
                 const ReportText &t)
{
    if (!action)
        return t.tx("系统建议", "Recommendation");
    const QString label = t.action(*action);
    if (target.isEmpty() || (*action != Action::Merge && *action != Action::Migrate))
        return label;
    const QString where = describeTarget(inventory, target, t.chinese());
    if (*action == Action::Merge)
        return t.chinese() ? label + QStringLiteral("（并入") + where + QStringLiteral("）")
                           : QStringLiteral("Merge into ") + where;
    return t.chinese() ? label + QStringLiteral("（迁移至") + where + QStringLiteral("）")
                       : QStringLiteral("Migrate to ") + where;
}

QString change(const DecisionLogEntry &e, const Inventory &inventory, const ReportText &t)
{
    return decision(e.oldAction, e.oldTarget, inventory, t) + QStringLiteral(" → ")
        + decision(e.newAction, e.newTarget, inventory, t);
}

QString item(const DecisionLogEntry &e, const Inventory &inventory, const ReportText &t)
{
    return describeTarget(inventory, e.itemId, t.chinese());
}

QString time(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("—");
}

} // namespace decisionlogtext

void writeDecisionLogSheet(XlsxStreamWriter &w, const Inventory &inventory,
                           const std::vector<DecisionLogEntry> &log, const ReportText &t,
                           const std::function<bool()> &tick)
{
    if (log.empty())
        return;
    // Headers unlike a ledger's (对象编号, 记录类别, not 编号, 类型): re-importing the workbook
    // must not read this sheet as items.
    w.beginSheet(QStringLiteral("调整记录"),
                 {t.tx("记录号", "Entry"), t.tx("时间", "When"), t.tx("调整人", "By"),
                  t.tx("对象编号", "Item ID"), t.tx("对象名称", "Item name"), t.tx("原处置", "Old action"),
                  t.tx("原目标", "Old target"), t.tx("新处置", "New action"), t.tx("新目标", "New target"),
                  t.tx("理由", "Reason"), t.tx("记录类别", "Entry kind"), t.tx("情景方案", "Scenario"),
                  t.tx("批次", "Batch")},
                 {8, 20, 14, 22, 28, 12, 24, 12, 24, 50, 10, 14, 8});
    const auto actionText = [&t](const std::optional<Action> &a) {
        return a ? t.action(*a) : t.tx("系统建议", "Recommendation");
    };
    const auto targetText = [&](const QString &target) {
        return target.isEmpty() ? QString() : describeTarget(inventory, target, t.chinese());
    };
    for (const DecisionLogEntry &e : log) {
        if (!tick())
            return;
        const int row = inventory.indexOf(e.itemId);
        w.number(double(e.id));
        w.text(decisionlogtext::time(e.when));
        w.text(e.who);
        w.text(e.itemId);
        w.text(row >= 0 ? inventory.at(row).name : QString());
        w.text(actionText(e.oldAction));
        w.text(targetText(e.oldTarget));
        w.text(actionText(e.newAction));
        w.text(targetText(e.newTarget));
        w.text(e.reason);
        w.text(decisionlogtext::kind(e.kind, t));
        w.text(e.scenario.isEmpty() ? t.tx("基线方案", "Baseline plan") : e.scenario);
        if (e.batch > 0)
            w.number(double(e.batch));
        else
            w.skip();
        w.endRow();
    }
}

} // namespace slimplan
