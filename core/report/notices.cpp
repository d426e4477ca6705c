#include "report/notices.h"

#include "report/unitfilename.h"

#include "policy/rulecatalog.h"
#include "report/overview.h"
#include "report/plandigest.h"
#include "report/reporttext.h"

#include <QHash>

#include <algorithm>

namespace slimplan {

namespace {


// What the unit has to do to the item, beyond the action's name: where a merged or migrated item
// goes, which functions a rectified one must drop (the rules' own words when they name none).
QString targetText(const Inventory &inv, const Decision &d, const ReportText &t)
{
    if (d.action == Action::Merge || d.action == Action::Migrate) {
        const QString described = describeTarget(inv, d.target, t.chinese());
        return described.isEmpty() ? d.targetName : described;
    }
    if (d.action != Action::Rectify)
        return QString();
    QStringList what = d.removeFunctions;
    for (const Finding &f : d.findings)
        what << f.removeFunctions;
    what.removeDuplicates();
    if (!what.isEmpty())
        return t.tx("去除：", "Remove: ") + what.join(t.listSeparator());
    for (const Finding &f : d.findings) {
        const QString e = f.evidence(t.chinese());
        if (!e.isEmpty())
            what << e;
    }
    what.removeDuplicates();
    return what.join(t.listSeparator());
}

// The official's reason when an override set the action and says why; else the recommender's.
QString reasonText(const Decision &d, const Override *o, const ReportText &t)
{
    if (o && d.recommendedAction && !o->reason.trimmed().isEmpty())
        return t.tx("调整意见：", "Official's decision: ") + o->reason.trimmed();
    const QString r = d.reasonOrOther(t.chinese());
    return r.isEmpty() ? QStringLiteral("—") : r;
}

NoticeItem noticeItem(const Inventory &inv, int row, const Decision &d, const Override *o,
                      const NoticeOptions &options, const QDate &issued, const ReportText &t)
{
    const Item &it = inv.at(row);
    NoticeItem n;
    n.row = row;
    n.itemId = it.id;
    n.name = it.name;
    n.kind = it.kind;
    n.action = d.action;
    n.actionText = t.action(d.action);
    n.target = targetText(inv, d, t);
    n.reason = reasonText(d, o, t);
    for (const QString &rule : d.rules) {
        n.rules << ruleLabel(rule, t.chinese());
        if (const RuleInfo *info = findRule(rule)) {
            const QString source = info->source(t.chinese());
            if (!source.isEmpty() && !n.sources.contains(source))
                n.sources << source;
        }
    }
    n.deadline = options.deadline.isValid()
                     ? options.deadline
                     : issued.addDays(std::max(0, options.profile.deadlineDays(d.action)));
    return n;
}

} // namespace

QDate Notice::latestDeadline() const
{
    QDate latest;
    for (const NoticeItem &it : items) {
        if (it.deadline.isValid() && (!latest.isValid() || it.deadline > latest))
            latest = it.deadline;
    }
    return latest;
}

std::vector<Notice> Notices::build(const Inventory &inventory, const Plan &plan,
                                   const NoticeOptions &options, int *unowned)
{
    if (unowned)
        *unowned = 0;
    std::vector<Notice> out;
    const int count = static_cast<int>(inventory.items().size());
    if (plan.decisions.size() != inventory.items().size())
        return out;
    const ReportText t(options.chinese);
    const QDate issued = options.issued.isValid() ? options.issued : QDate::currentDate();
    QHash<QString, const Override *> latestOverride; // the latest of an item wins
    for (const Override &o : plan.overrides)
        latestOverride.insert(o.itemId, &o);
    QHash<QString, std::size_t> unitIndex;
    for (int row = 0; row < count; ++row) {
        const Decision &d = plan.decisions[static_cast<std::size_t>(row)];
        if (d.action == Action::Keep)
            continue;
        const QString owner = inventory.at(row).owner.trimmed();
        if (ownerUnknown(owner)) {
            if (unowned)
                ++*unowned;
            continue;
        }
        auto found = unitIndex.constFind(owner);
        if (found == unitIndex.constEnd()) {
            found = unitIndex.insert(owner, out.size());
            Notice n;
            n.owner = owner;
            n.issued = issued;
            n.chinese = options.chinese;
            n.office = options.office.isEmpty() ? defaultOffice(options.regionName, options.chinese)
                                                : options.office;
            out.push_back(std::move(n));
        }
        const Override *o = latestOverride.value(inventory.at(row).id, nullptr);
        out[*found].items.push_back(noticeItem(inventory, row, d, o, options, issued, t));
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int seq = static_cast<int>(i) + 1;
        out[i].number = options.chinese ? QStringLiteral("瘦身整改〔%1〕%2号").arg(issued.year()).arg(seq)
                                        : QStringLiteral("Notice %1-%2").arg(issued.year()).arg(seq);
    }
    return out;
}

QString Notices::defaultOffice(const QString &regionName, bool chinese)
{
    if (chinese)
        return regionName + QStringLiteral("政务移动互联网应用程序瘦身工作专班");
    return regionName.isEmpty() ? QStringLiteral("Consolidation task force")
                                : regionName + QStringLiteral(" consolidation task force");
}

QString Notices::fileName(int number, int count, const QString &owner, const QString &suffix)
{
    return unitFileName(number, count, 1, owner, QStringLiteral("整改通知.") + suffix);
}

} // namespace slimplan
