#pragma once
// A hand-built inventory and plan for the report tests and the report benchmark, so neither
// depends on the recommender: every action, merge families, findings, overrides, formula-like
// names and one very long reason.

#include "model/inventory.h"
#include "model/plan.h"
#include "plan/planner.h"

#include <QDateTime>
#include <QStringList>

namespace slimplan::reportfixture {

struct Sample
{
    Inventory inventory;
    Plan plan;
};

inline const QString kLongReasonEnd = QStringLiteral("【理由完】");
inline const QString kChineseReason = QStringLiteral("存在打卡签到、积分排名功能，身份标识未亮明，整改后保留。");

// A finding whose evidence is stated, as a loaded project has it.
inline Finding statedFinding(const QString &rule, Action a, const QString &zh, const QString &en,
                             const QStringList &removeFunctions = {})
{
    Finding f;
    f.rule = rule;
    f.suggested = a;
    f.setEvidence(zh, en);
    f.removeFunctions = removeFunctions;
    return f;
}

inline Item sampleItem(int i, const QString &region)
{
    static const char *const owners[] = {"示例县教育局", "示例县卫生健康局", "示例县民政局",
                                         "示例县城关镇人民政府", "示例县农业农村局",
                                         "示例县应急管理局", "示例县人力资源和社会保障局"};
    static const char *const functions[] = {"政务服务", "办事指南", "信息发布", "数据填报",
                                            "在线咨询", "通知公告", "打卡签到", "积分排名"};
    Item it;
    it.kind = static_cast<Kind>((i / 10) % 3);
    it.id = QStringLiteral("%1-%2").arg(kindName(it.kind)).arg(i, 5, 10, QLatin1Char('0'));
    it.name = QStringLiteral("%1%2号").arg(QString::fromUtf8(it.kind == Kind::App ? "便民服务通"
                                                             : it.kind == Kind::Account ? "政务发布"
                                                                                        : "工作专班群"))
                  .arg(i);
    it.owner = QString::fromUtf8(owners[i % 7]);
    it.level = i % 7 == 3 ? Level::Township : Level::County;
    it.region = region;
    it.platform = it.kind == Kind::Account ? QStringLiteral("微信") : QString();
    for (int f = 0; f < 3; ++f)
        it.functions << QString::fromUtf8(functions[(i + f * 3) % 8]);
    it.dataItems = QStringList{QStringLiteral("人口数"), QStringLiteral("户数")};
    it.users = 100 + i;
    if (i % 4)
        it.activeUsers = 10 + i % 90;
    it.lastActive = QDate(2025, 1 + i % 12, 1 + i % 28);
    it.annualCost = (i % 5) * 1.5;
    it.launched = QDate(2019, 3, 1);
    it.filingNo = i % 6 ? QStringLiteral("备%1").arg(i) : QString();
    it.audience = Audience::Public;
    return it;
}

inline Inventory sampleInventory(int n, const QString &region)
{
    Inventory inv;
    inv.reserve(n);
    for (int i = 0; i < n; ++i)
        inv.upsert(sampleItem(i, region));
    // Strings a spreadsheet could take for formulas.
    if (n > 2) {
        inv.items()[0].name = QStringLiteral("=1+1");
        inv.items()[1].notes = QStringLiteral("+cmd|' /C calc'!A0");
        inv.items()[2].platform = QStringLiteral("@SUM(1)");
    }
    return inv;
}

// Slots 0–1 of a block: the kind's shutdown rule, with a stated finding.
inline void sampleShutdown(Decision &d, Kind kind, int i)
{
    d.action = Action::Shutdown;
    if (kind == Kind::App) {
        d.rules = QStringList{QStringLiteral("A9"), QStringLiteral("A11")};
        d.reasonZh = QStringLiteral("该应用月活跃用户仅 %1 人，使用频率低、实用性不强，建议限期关停注销。").arg(10 + i % 40);
        d.reasonEn = QStringLiteral("Only %1 monthly active users: low usage, little use; shut down.").arg(10 + i % 40);
    } else if (kind == Kind::Account) {
        d.rules = QStringList{QStringLiteral("P3")};
        d.reasonZh = QStringLiteral("该账号已 200 天未更新，超过 90 天，属于僵尸账号，建议关停。");
        d.reasonEn = QStringLiteral("No post for 200 days, more than 90: a zombie account; shut down.");
    } else {
        d.rules = QStringList{QStringLiteral("G1")};
        d.reasonZh = QStringLiteral("该群已 120 天无消息，超过 60 天闲置期，建议解散。");
        d.reasonEn = QStringLiteral("No message for 120 days, more than 60: dissolve.");
    }
    d.findings.push_back(statedFinding(d.rules.first(), Action::Shutdown, QStringLiteral("使用频率低"),
                                       QStringLiteral("low usage")));
}

// Slots 2–3 of a block merge into slot 9; slot 2 opens the family.
inline void sampleMerge(Plan &p, const Inventory &inv, int i, int &clusterId)
{
    Decision &d = p.decisions[static_cast<std::size_t>(i)];
    const Kind kind = inv.at(i).kind;
    const int slot = i % 10;
    const int block = i - slot;
    d.action = Action::Merge;
    d.target = inv.at(block + 9).id;
    d.rules = QStringList{kind == Kind::App ? QStringLiteral("A10")
                          : kind == Kind::Account ? QStringLiteral("P1") : QStringLiteral("G2")};
    d.reasonZh = QStringLiteral("与「%1」功能高度相近、业务交叉重复，建议并入。").arg(inv.at(block + 9).name);
    d.reasonEn = QStringLiteral("Functions highly similar to “%1”; merge into it.").arg(inv.at(block + 9).name);
    if (slot == 2) {
        Cluster c;
        c.id = clusterId++;
        c.members = {block + 2, block + 3, block + 9};
        c.survivor = block + 9;
        p.clusters.push_back(c);
    }
}

inline void sampleMigrate(Decision &d)
{
    d.action = Action::Migrate;
    d.target = QStringLiteral("省一表通平台");
    d.rules = QStringList{QStringLiteral("A1"), QStringLiteral("A3")};
    d.reasonZh = QStringLiteral("乡镇自建应用且主要用于填表报数，迁移至省一表通平台。");
    d.reasonEn = QStringLiteral("A township app used mainly for reporting; migrate to the provincial one-form platform.");
}

inline void sampleRectify(Decision &d, Kind kind)
{
    d.action = Action::Rectify;
    d.rules = QStringList{kind == Kind::Group ? QStringLiteral("G3") : QStringLiteral("A4"),
                          QStringLiteral("P6")};
    d.reasonZh = kChineseReason;
    d.reasonEn = QStringLiteral("Has check-in and points ranking; identity badge missing. Rectify and keep.");
    d.findings.push_back(statedFinding(d.rules.first(), Action::Rectify, QStringLiteral("打卡签到、积分排名"),
                                       QStringLiteral("check-in, ranking"),
                                       QStringList{QStringLiteral("打卡签到"), QStringLiteral("积分排名")}));
}

// Item 7's very long reason, and an override on item 20.
inline void sampleSpecialCases(Plan &p, const Inventory &inv, int n)
{
    if (n > 7) {
        Decision &longOne = p.decisions[7];
        longOne.rules = QStringList{QStringLiteral("A12")};
        longOne.reasonZh = QString(QStringLiteral("该应用缺少投诉反馈功能，需补充互动渠道并支持IPv6访问。")).repeated(60)
                           + kLongReasonEnd;
        longOne.reasonEn = QStringLiteral("No feedback function; add one. ").repeated(80) + QStringLiteral("[END]");
    }
    if (n > 30) {
        Override o;
        o.itemId = inv.at(20).id;
        o.action = Action::Keep;
        o.reason = QStringLiteral("该群承担防汛应急值守，汛期结束前保留。");
        o.who = QStringLiteral("张科长");
        o.when = QDateTime(QDate(2026, 11, 20), QTime(9, 30));
        p.overrides.push_back(o);
        p.decisions[20].action = Action::Keep;
    }
}

// n items in blocks of ten of one kind: in each block 0–1 shut down, 2–3 merge into 9, 4
// migrates, 5–6 rectify, 7–9 keep.
inline Sample makeSample(int n, const QString &region = QStringLiteral("示例县"))
{
    Sample s;
    s.inventory = sampleInventory(n, region);
    const Inventory &inv = s.inventory;
    Plan &p = s.plan;
    p.asOf = QDate(2026, 11, 22);
    p.decisions.resize(static_cast<std::size_t>(n));
    int clusterId = 1;
    for (int i = 0; i < n; ++i) {
        Decision &d = p.decisions[static_cast<std::size_t>(i)];
        const Kind kind = inv.at(i).kind;
        const int slot = i % 10;
        if (slot <= 1)
            sampleShutdown(d, kind, i);
        else if ((slot == 2 || slot == 3) && i - slot + 9 < n)
            sampleMerge(p, inv, i, clusterId);
        else if (slot == 4)
            sampleMigrate(d);
        else if (slot == 5 || slot == 6)
            sampleRectify(d, kind);
        else
            d.action = Action::Keep;
    }
    sampleSpecialCases(p, inv, n);
    computeSummary(inv, p);
    p.summary.annualCostSaved = 123.5;
    p.summary.dataItemsBefore = 2 * n;
    p.summary.dataItemsAfter = 2;
    return s;
}

} // namespace slimplan::reportfixture
