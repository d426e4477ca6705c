#include "report/planxlsx.h"
#include "report/referencecampaign.h"

#include "overlap/overlap.h"
#include "place/regionname.h"
#include "policy/rulecatalog.h"
#include "report/decisionlogsheet.h"
#include "report/plandigest.h"
#include "report/reporttext.h"
#include "report/xlsxstreamwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

// Every user value goes through XlsxStreamWriter::text/number/date: a name such as "=1+1" or
// "@SUM(A1)" stays text in Excel, never a formula.

namespace slimplan {

namespace {
using St = XlsxStreamWriter::Style;

// 层级 as the importer reads it back (村, not 村（社区）).
QString levelForLedger(Level l)
{
    static const char *const names[] = {"中央", "省级", "市级", "县级", "乡镇", "村"};
    return QString::fromUtf8(names[static_cast<int>(l)]);
}

QString joined(const QStringList &l) { return l.join(QStringLiteral("、")); }

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

template <typename T>
void optNumber(XlsxStreamWriter &w, const std::optional<T> &v)
{
    if (v)
        w.number(static_cast<double>(*v));
    else
        w.skip();
}

// The state of one export: the writer, the texts and the progress shared by the sheets.
struct PlanWorkbook
{
    XlsxStreamWriter &w;
    const Inventory &inventory;
    const Plan &plan;
    const ReportOptions &options;
    const ReportText &t;
    const PlanDigest &digest;
    Progress *progress;
    const bool zh = t.chinese();
    qint64 done = 0;
    bool canceled = false;

    bool tick()
    {
        if ((++done & 511) == 0 && progress) {
            progress->advance(done);
            canceled = canceled || progress->isCanceled();
        }
        return !canceled;
    }
    template <typename Write>
    void labelled(const QString &label, Write write)
    {
        w.text(label, St::Bold);
        write();
        w.endRow();
    }
    void planSheet();
    void summarySheet();
    void profileRows();
    void familySheet();
    void findingSheet();
};

void PlanWorkbook::planSheet()
{
    // 处置方案: the ledger's columns in the importer's words, the region's name (after them, so the
    // ledger's columns keep their letters), then the decision.
    w.beginSheet(QStringLiteral("处置方案"),
        {QStringLiteral("编号"), QStringLiteral("名称"), QStringLiteral("类型"), QStringLiteral("平台"),
         QStringLiteral("主办单位"), QStringLiteral("层级"), QStringLiteral("行政区划代码"),
         QStringLiteral("主要功能"), QStringLiteral("填报事项"), QStringLiteral("服务对象"),
         QStringLiteral("用户数"), QStringLiteral("月活"), QStringLiteral("最后更新"),
         QStringLiteral("近90天发文数"), QStringLiteral("年运维费用"), QStringLiteral("上线时间"),
         QStringLiteral("备案编号"), QStringLiteral("功能标记"), QStringLiteral("应用场景"),
         QStringLiteral("备注"), QStringLiteral("地区名称"), QStringLiteral("建议处置"), QStringLiteral("目标"),
         QStringLiteral("依据条款"), QStringLiteral("理由"), QStringLiteral("置信度")},
        {22, 28, 10, 12, 26, 8, 14, 30, 30, 10, 10, 10, 12, 12, 12, 12, 16, 22, 10, 24, 20, 10, 28, 14, 60, 8});
    const ReportText zhText(true); // ledger columns are read back by the importer: always Chinese
    RegionNames regionName;
    for (int i = 0; i < inventory.size() && tick(); ++i) {
        const Item &it = inventory.at(i);
        const Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        w.text(it.id);
        w.text(it.name);
        w.text(zhText.kind(it.kind));
        w.text(it.platform);
        w.text(it.owner);
        w.text(it.level ? levelForLedger(*it.level) : QString());
        w.text(it.region);
        w.text(joined(it.functions));
        w.text(joined(it.dataItems));
        w.text(it.audience ? zhText.audience(*it.audience) : QString());
        optNumber(w, it.users);
        optNumber(w, it.activeUsers);
        w.date(it.lastActive);
        optNumber(w, it.posts90d);
        optNumber(w, it.annualCost);
        w.date(it.launched);
        if (it.filingNo)
            w.text(it.filingNo->isEmpty() ? QStringLiteral("无") : *it.filingNo);
        else
            w.skip();
        w.text(zhText.flags(it.flags));
        w.text(it.scene);
        w.text(it.notes);
        w.text(regionName(it.region, it.owner));
        w.text(t.action(d.action));
        w.text(describeTarget(inventory, d.target, zh));
        w.text(d.rules.join(QStringLiteral(", ")));
        w.text(d.reason(zh));
        w.number(d.confidence, St::TwoDecimals);
        w.endRow();
    }
}

void PlanWorkbook::summarySheet()
{
    // 汇总
    w.beginSheet(QStringLiteral("汇总"), {t.tx("类型", "Kind"), t.tx("处置前", "Before"), t.tx("处置后", "After"),
                t.tx("减少", "Removed"), t.tx("压减比例", "Reduction"), t.tx("保留", "Keep"),
                t.tx("整改", "Rectify"), t.tx("合并", "Merge"), t.tx("迁移", "Migrate"),
                t.tx("关停", "Shut down")},
               {34, 10, 10, 10, 10, 8, 8, 8, 8, 8}, false);
    const PlanSummary &s = plan.summary;
    std::array<int, kActionCount> perAction{};
    for (int k = 0; k <= kKindCount; ++k) {
        const bool all = k == kKindCount;
        const int b = all ? s.before.total() : s.before.perKind[k];
        const int a = all ? s.after.total() : s.after.perKind[k];
        w.text(all ? t.tx("合计", "Total") : t.kindPlural(static_cast<Kind>(k)), all ? St::Bold : St::Default);
        w.number(b);
        w.number(a);
        w.number(b - a);
        w.number((all ? s.reductionPctTotal : s.reductionPct[k]) / 100.0, St::Percent);
        for (int act = 0; act < kActionCount; ++act) {
            const int n = all ? perAction[act] : digest.countByKind[k][act];
            if (!all)
                perAction[act] += n;
            w.number(n);
        }
        w.endRow();
    }
    w.endRow();
    labelled(t.tx("年节约运维费用（万元）", "Annual cost saved (万元)"),
             [&] { w.number(s.annualCostSaved, St::OneDecimal); });
    labelled(t.tx("填报数据项（处置前）", "Data items before"), [&] { w.number(s.dataItemsBefore); });
    labelled(t.tx("填报数据项（处置后，一表通）", "Data items after (one form)"),
             [&] { w.number(s.dataItemsAfter); });
    labelled(t.tx("地区", "Region"), [&] { w.text(options.regionName); });
    labelled(t.tx("方案日期", "Plan date"),
             [&] { w.date(options.planDate.isValid() ? options.planDate : QDate::currentDate()); });
    labelled(t.tx("数据截至", "Data as of"), [&] { w.date(plan.asOf); });
    labelled(t.tx("编制", "Prepared by"), [&] { w.text(options.preparedBy); });
    labelled(t.tx("政策参数", "Policy profile"), [&] { w.text(plan.profile.name); });
    profileRows();
    labelled(t.tx("参考：", "Reference: ") + kSichuanCampaign.region(t.chinese()) + QLatin1Char(' ')
                 + kSichuanCampaign.period(t.chinese()),
             [&] { w.text(kSichuanCampaign.summaryText(t.chinese())); });
}

// Every value the plan was made with, under its profile key, so the sheet can be checked
// against (or turned back into) the profile JSON.
void PlanWorkbook::profileRows()
{
    const QJsonObject profile = plan.profile.toJson();
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (it.key() == QLatin1String("name"))
            continue;
        const QJsonValue v = it.value();
        labelled(QStringLiteral("  ") + it.key(), [&] {
            if (v.isDouble())
                w.number(v.toDouble());
            else if (v.isString())
                w.text(v.toString());
            else
                w.text(QString::fromUtf8((v.isObject() ? QJsonDocument(v.toObject())
                                                       : QJsonDocument(v.toArray()))
                                             .toJson(QJsonDocument::Compact)));
        });
    }
}

void PlanWorkbook::familySheet()
{
    // 合并族: one row per member, so the families can be filtered like the plan.
    w.beginSheet(QStringLiteral("合并族"), {t.tx("合并族", "Family"), t.tx("类型", "Kind"), t.tx("保留项编号", "Survivor ID"),
                t.tx("保留项名称", "Survivor"), t.tx("成员编号", "Member ID"),
                t.tx("成员名称", "Member"), t.tx("成员处置", "Member action"),
                t.tx("重合证据", "Overlap evidence")},
               {8, 10, 22, 28, 22, 28, 10, 60});
    for (int ci : digest.clusterOrder) {
        if (!tick())
            break;
        const Cluster &c = plan.clusters[static_cast<std::size_t>(ci)];
        const Item &sv = inventory.at(c.survivor);
        for (int m : c.members) {
            if (m == c.survivor || m < 0 || m >= inventory.size())
                continue;
            const Item &it = inventory.at(m);
            w.number(c.id);
            w.text(t.kind(sv.kind));
            w.text(sv.id);
            w.text(sv.name);
            w.text(it.id);
            w.text(it.name);
            w.text(t.action(plan.decisions[static_cast<std::size_t>(m)].action));
            w.text(explainOverlap(inventory, m, c.survivor, plan.profile, zh));
            w.endRow();
        }
    }
}

void PlanWorkbook::findingSheet()
{
    // 问题清单: every finding with the clause it comes from.
    // Headers unlike the ledger's (对象编号, not 编号) so re-importing the workbook reads only
    // the 处置方案 sheet as a ledger.
    w.beginSheet(QStringLiteral("问题清单"), {t.tx("对象编号", "Item ID"), t.tx("对象名称", "Item name"), t.tx("条款", "Rule"),
                 t.tx("建议处置", "Suggested"), t.tx("证据", "Evidence"),
                 t.tx("去除功能", "Functions to remove"), t.tx("依据文件及条款", "Source")},
                {22, 28, 8, 10, 40, 24, 60});
    for (int i = 0; i < inventory.size() && tick(); ++i) {
        const Item &it = inventory.at(i);
        for (const Finding &f : plan.decisions[static_cast<std::size_t>(i)].findings) {
            const RuleInfo *r = findRule(f.rule);
            w.text(it.id);
            w.text(it.name);
            w.text(f.rule);
            w.text(t.action(f.suggested));
            w.text(f.evidence(zh));
            w.text(joined(f.removeFunctions));
            w.text(r ? r->source(zh) : QString());
            w.endRow();
        }
    }
}

// Replaces `path` by the finished `part`; on failure removes `part`.
bool replaceWithPart(const QString &part, const QString &path, QString *error)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        setError(error, QStringLiteral("%1: cannot replace the existing file").arg(path));
        return false;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        setError(error, QStringLiteral("%1: cannot write the file").arg(path));
        return false;
    }
    return true;
}

} // namespace

bool writePlanXlsx(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                   const QString &path, Progress *progress, QString *error)
{
    if (plan.decisions.size() != inventory.items().size()) {
        setError(error, QStringLiteral("the plan does not match the inventory (%1 decisions, %2 items)")
                            .arg(plan.decisions.size()).arg(inventory.items().size()));
        return false;
    }
    const ReportText t(options.chinese());
    const bool zh = t.chinese();
    const PlanDigest digest = PlanDigest::build(inventory, plan);

    // Written next to the target and renamed at the end: a failed or cancelled export leaves
    // no half-written workbook behind.
    const QString part = path + QStringLiteral(".part");
    bool ok = false;
    bool canceled = false;
    qint64 done = 0;
    {
        XlsxStreamWriter w(part);
        if (!w.open(error))
            return false;
        const qint64 total = inventory.size() * 2 + static_cast<qint64>(plan.clusters.size());
        if (progress)
            progress->beginStage(zh ? QStringLiteral("写入电子表格") : QStringLiteral("Writing the spreadsheet"),
                                 total);
        PlanWorkbook book{w, inventory, plan, options, t, digest, progress};
        book.planSheet();
        book.summarySheet();
        book.familySheet();
        book.findingSheet();
        if (options.decisionLog && !book.canceled)
            writeDecisionLogSheet(w, inventory, *options.decisionLog, t, [&book] { return book.tick(); });
        canceled = book.canceled;
        done = book.done;
        ok = !canceled && w.close(error);
    }
    if (!ok) {
        QFile::remove(part);
        if (canceled)
            setError(error, QStringLiteral("canceled"));
        return false;
    }
    if (!replaceWithPart(part, path, error))
        return false;
    if (progress)
        progress->advance(done);
    return true;
}

} // namespace slimplan
