#include "report/plandocument.h"

#include "place/regionname.h"
#include "policy/rulecatalog.h"
#include "report/referencecampaign.h"
#include "report/reporttext.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace slimplan {

namespace plandoc {
// The annexes (core/report/plandocumentannex.cpp); each returns its title.
QString actionAnnex(doc::Section &s, const Inventory &inv, const Plan &plan, const ReportText &t);
QString familyAnnex(doc::Section &s, const Inventory &inv, const Plan &plan, const ReportText &t);
QString decisionAnnex(doc::Section &s, const Inventory &inv, const ReportOptions &o, const ReportText &t);
} // namespace plandoc

namespace {

using doc::Role;

void para(doc::Section &s, Role role, const QString &text)
{
    s.blocks.emplace_back(doc::Paragraph{role, text});
}

// "应用程序12个、公众账号30个、工作群组400个" / "12 apps, 30 public accounts, 400 work groups".
QString kindCounts(const ReportText &t, const KindCounts &c)
{
    QStringList parts;
    for (int k = 0; k < kKindCount; ++k) {
        const int n = c.perKind[std::size_t(k)];
        parts << (t.chinese() ? t.kind(Kind(k)) + QString::number(n) + QStringLiteral("个")
                              : QStringLiteral("%1 %2").arg(n).arg(t.kindPlural(Kind(k)).toLower()));
    }
    return parts.join(t.listSeparator());
}

QString titleOf(const ReportText &t, const QString &region, doc::Kind kind)
{
    if (kind == doc::Kind::Qingshi)
        return t.tx("关于%1政务移动互联网应用程序瘦身整治工作方案的请示",
                    "Request for approval of the consolidation plan for government mobile applications of %1")
            .arg(region);
    return t.tx("关于%1政务移动互联网应用程序瘦身整治工作方案的报告",
                "Report on the consolidation plan for government mobile applications of %1")
        .arg(region);
}

void situation(doc::Section &s, const ReportText &t, const Plan &plan, const QString &region)
{
    const PlanSummary &sum = plan.summary;
    para(s, Role::Heading1, t.tx("一、基本情况", "1. The situation"));
    para(s, Role::Body, t.tx("经全面摸底排查，截至%1，%2共有政务移动互联网应用程序%3个，其中%4。",
                             "A full survey found that, as of %1, %2 has %3 government mobile applications: %4.")
                            .arg(t.date(plan.asOf), region).arg(sum.before.total()).arg(kindCounts(t, sum.before)));
    QStringList levels;
    for (int l = 0; l <= kLevelCount; ++l) {
        const int n = sum.beforeByLevel[std::size_t(l)].total();
        if (n == 0)
            continue;
        const QString name = l < kLevelCount ? t.level(Level(l)) : t.tx("层级不明", "level unknown");
        levels << (t.chinese() ? name + QString::number(n) + QStringLiteral("个")
                               : QStringLiteral("%1 %2").arg(n).arg(name.toLower()));
    }
    if (!levels.isEmpty())
        para(s, Role::Body, t.tx("按主办单位层级分：%1。", "By the owning unit's level: %1.")
                                .arg(levels.join(t.listSeparator())));
    if (sum.dataItemsBefore > 0)
        para(s, Role::Body, t.tx("各应用共采集数据项%1项，基层填报负担较重；按“一表通”归并后可减至%2项。",
                                 "The applications collect %1 data items between them, a heavy reporting burden "
                                 "for grassroots units; folded into one form they come down to %2.")
                                .arg(sum.dataItemsBefore).arg(sum.dataItemsAfter));
}

struct RuleHits
{
    int items = 0;
    QStringList examples;
};

void problems(doc::Section &s, const ReportText &t, const Inventory &inv, const Plan &plan)
{
    para(s, Role::Heading1, t.tx("二、存在的主要问题", "2. The problems found"));
    std::map<int, std::pair<QString, RuleHits>> byRule; // catalogue slot → rule, hits
    QHash<QString, int> slot;
    const auto &catalog = ruleCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        slot.insert(catalog[i].id, int(i));
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        for (const QString &rule : plan.decisions[i].rules) {
            auto &[id, hits] = byRule[slot.value(rule, int(catalog.size()) + int(qHash(rule) % 1000))];
            id = rule;
            ++hits.items;
            if (hits.examples.size() < 3)
                hits.examples << t.tx("“%1”", "“%1”").arg(inv.items()[i].name);
        }
    }
    if (byRule.empty()) {
        para(s, Role::Body, t.tx("对照政策规则逐项检查，未发现需要整治的问题。",
                                 "Checked against every policy rule, no item needs action."));
        return;
    }
    int n = 0;
    for (const auto &[key, entry] : byRule) {
        const RuleInfo *info = findRule(entry.first);
        const QString title = info ? info->title(t.chinese()) : entry.first;
        para(s, Role::Heading3, QStringLiteral("%1. %2").arg(++n).arg(title));
        QString text = t.tx("涉及%1个（规则%2），如%3。", "%1 items (rule %2), such as %3.")
                           .arg(entry.second.items).arg(entry.first, entry.second.examples.join(t.listSeparator()));
        if (info && !info->source(t.chinese()).isEmpty())
            text += t.tx("依据：%1。", " Basis: %1.").arg(info->source(t.chinese()));
        para(s, Role::Body, text);
    }
}

void planPart(doc::Section &s, const ReportText &t, const Plan &plan)
{
    const PlanSummary &sum = plan.summary;
    para(s, Role::Heading1, t.tx("三、瘦身整治方案", "3. The plan"));
    std::array<int, kActionCount> perAction{};
    for (const Decision &d : plan.decisions)
        ++perAction[std::size_t(d.action)];
    QStringList acts;
    for (int a = 1; a < kActionCount; ++a)
        acts << (t.chinese() ? t.action(Action(a)) + QString::number(perAction[std::size_t(a)]) + QStringLiteral("个")
                             : QStringLiteral("%1: %2").arg(t.action(Action(a))).arg(perAction[std::size_t(a)]));
    para(s, Role::Heading2, t.tx("（一）处置措施", "(1) Actions"));
    para(s, Role::Body, t.tx("拟保留%1个，%2（明细见附件1）。", "Keep %1; %2 (the list is annex 1).")
                            .arg(perAction[0]).arg(acts.join(t.listSeparator())));
    para(s, Role::Heading2, t.tx("（二）预期成效", "(2) Expected results"));
    para(s, Role::Body, t.tx("方案实施后，政务移动互联网应用程序由%1个减至%2个，压减%3；其中%4。",
                             "Once the plan is carried out the count goes from %1 to %2, %3 fewer; after it: %4.")
                            .arg(sum.before.total()).arg(sum.after.total()).arg(t.percent(sum.reductionPctTotal))
                            .arg(kindCounts(t, sum.after)));
    if (sum.annualCostSaved > 0)
        para(s, Role::Body, t.tx("每年可节约运维经费约%1万元%2。", "About %1 ten-thousand yuan of running costs are saved a year%2.")
                                .arg(t.number(sum.annualCostSaved, 1))
                                .arg(sum.annualCostUnknown > 0
                                         ? t.tx("（另有%1个经费不详，未计入）", " (%1 more of unknown cost not counted)")
                                               .arg(sum.annualCostUnknown)
                                         : QString()));
    const ReferenceCampaign &ref = kSichuanCampaign;
    para(s, Role::Body, t.tx("作为参照，%1%2瘦身整治中%3。", "For reference, %1 (%2): %3.")
                            .arg(ref.region(t.chinese()), ref.period(t.chinese()), ref.summaryText(t.chinese())));
    s.blocks.emplace_back(doc::Figure{QStringLiteral("before_after"),
                                      t.tx("图1 瘦身前后数量对比", "Figure 1 Before and after"), 156, 70, {}});
}

void schedule(doc::Section &s, const ReportText &t, const Plan &plan)
{
    para(s, Role::Heading1, t.tx("四、时间安排", "4. Schedule"));
    std::array<int, kActionCount> perAction{};
    for (const Decision &d : plan.decisions)
        ++perAction[std::size_t(d.action)];
    int n = 0;
    for (int a = 1; a < kActionCount; ++a) {
        const int days = plan.profile.deadlineDays(Action(a));
        if (perAction[std::size_t(a)] == 0 || days < 0)
            continue;
        para(s, Role::Body, t.tx("%1. 需%2的%3个，自通知下发之日起%4日内完成。",
                                 "%1. The %3 items to %2: within %4 days of the notice.")
                                .arg(++n).arg(t.action(Action(a))).arg(perAction[std::size_t(a)]).arg(days));
    }
    para(s, Role::Body, t.tx("各单位完成后逐项报送处置结果，牵头单位跟踪督办，及时复核台账，防止反弹。",
                             "Each unit reports every item's result once done; the lead office tracks them and "
                             "checks the ledger again so that nothing comes back."));
}

} // namespace

QString documentRegion(const Inventory &inventory, const ReportOptions &options)
{
    if (!options.regionName.isEmpty())
        return options.regionName;
    QHash<QString, int> votes;
    RegionNames names;
    QString best;
    int bestVotes = 0;
    for (const Item &it : inventory.items()) {
        const QString &n = names(it.region, it.owner);
        if (n.isEmpty())
            continue;
        if (const int c = ++votes[n]; c > bestVotes) {
            bestVotes = c;
            best = n;
        }
    }
    if (!best.isEmpty())
        return best;
    return options.chinese() ? QStringLiteral("本地区") : QStringLiteral("the region");
}

doc::Document planDocument(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                           const DocumentSettings &settings)
{
    const ReportText t(options.chinese());
    const QString region = documentRegion(inventory, options);
    const DocumentSettings set = settings.resolved(region, options);
    doc::Document d;
    d.kind = set.kind;
    d.issuer = set.issuer;
    d.number = set.number;
    d.language = options.language;
    d.title = titleOf(t, region, set.kind);
    doc::Section &body = d.body();
    para(body, Role::Title, d.title);
    para(body, Role::Addressee, set.addressee + t.tx("：", ":"));
    para(body, Role::Body, t.tx("为深入整治“指尖上的形式主义”，切实为基层减负，我们对%1政务移动互联网应用程序进行了"
                                "全面排查，逐项对照政策规定提出了瘦身整治方案。现将有关情况%2如下。",
                                "To end formalism at the fingertips and lighten the load on grassroots units, we "
                                "surveyed the government mobile applications of %1 and checked each against the "
                                "policy rules. The plan is %2 below.")
                                .arg(region, set.kind == doc::Kind::Qingshi ? t.tx("请示", "submitted for approval")
                                                                            : t.tx("报告", "reported")));
    situation(body, t, plan, region);
    problems(body, t, inventory, plan);
    planPart(body, t, plan);
    schedule(body, t, plan);
    para(body, Role::Closing, set.kind == doc::Kind::Qingshi ? t.tx("妥否，请批示。", "We request your approval.")
                                                             : t.tx("特此报告。", "Hereby reported."));
    QStringList annexTitles;
    for (int a = 0; a < 3; ++a) {
        doc::Section s;
        const QString title = a == 0   ? plandoc::actionAnnex(s, inventory, plan, t)
                              : a == 1 ? plandoc::familyAnnex(s, inventory, plan, t)
                                       : plandoc::decisionAnnex(s, inventory, options, t);
        if (title.isEmpty())
            continue;
        annexTitles << title;
        d.sections.push_back(std::move(s));
    }
    QStringList list;
    for (int i = 0; i < annexTitles.size(); ++i)
        list << QStringLiteral("%1. %2").arg(i + 1).arg(annexTitles[i]);
    if (!list.isEmpty())
        para(d.sections.front(), Role::AnnexList, t.tx("附件：", "Annexes: ") + list.join(QLatin1Char('\n')));
    para(d.sections.front(), Role::Signature, set.signature);
    para(d.sections.front(), Role::Date, t.date(set.date));
    // The annexes' labels follow the order they were kept in.
    for (std::size_t i = 1; i < d.sections.size(); ++i) {
        auto &first = std::get<doc::Paragraph>(d.sections[i].blocks.front());
        first.text = t.tx("附件%1", "Annex %1").arg(i);
    }
    return d;
}

} // namespace slimplan
