// The annexes of the plan document (附件) and the document settings' meta keys.

#include "report/plandocument.h"

#include "report/reporttext.h"

#include <QHash>

namespace slimplan {

namespace plandoc {

using doc::Role;

namespace {
void startAnnex(doc::Section &s, const QString &title)
{
    s.blocks.emplace_back(doc::Paragraph{Role::AnnexLabel, QString()}); // numbered by planDocument
    s.blocks.emplace_back(doc::Paragraph{Role::AnnexTitle, title});
}

QString actionText(const ReportText &t, const Decision &d)
{
    QString a = t.action(d.action);
    if (!d.targetName.isEmpty() && (d.action == Action::Merge || d.action == Action::Migrate))
        a += QStringLiteral(" → ") + d.targetName;
    return a;
}
} // namespace

QString actionAnnex(doc::Section &s, const Inventory &inv, const Plan &plan, const ReportText &t)
{
    const QString title = t.tx("政务移动互联网应用程序瘦身整治清单", "The list of actions");
    s.landscape = true;
    startAnnex(s, title);
    doc::Table table;
    table.header = {t.tx("序号", "No."), t.tx("名称", "Name"), t.tx("类型", "Kind"), t.tx("主办单位", "Owner"),
                    t.tx("处置措施", "Action"), t.tx("依据", "Rules"), t.tx("理由", "Reason")};
    table.weights = {0.5, 2.2, 0.9, 2.2, 1.6, 0.8, 5.0};
    table.numericColumns = {0};
    int n = 0;
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        const Decision &d = plan.decisions[i];
        if (d.action == Action::Keep)
            continue;
        const Item &it = inv.items()[i];
        table.rows.push_back({QString::number(++n), it.name, t.kind(it.kind), it.owner, actionText(t, d),
                              d.rules.join(t.listSeparator()), d.reasonOrOther(t.chinese())});
    }
    if (table.rows.empty())
        s.blocks.emplace_back(doc::Paragraph{Role::Body, t.tx("无需处置的项目。", "No item needs action.")});
    else
        s.blocks.emplace_back(std::move(table));
    return title;
}

QString familyAnnex(doc::Section &s, const Inventory &inv, const Plan &plan, const ReportText &t)
{
    if (plan.clusters.empty())
        return {};
    const QString title = t.tx("功能重叠合并族", "The merge families");
    startAnnex(s, title);
    doc::Table table;
    table.header = {t.tx("名称", "Name"), t.tx("类型", "Kind"), t.tx("主办单位", "Owner"), t.tx("处置措施", "Action")};
    table.weights = {3, 1.2, 3, 1.6};
    for (const Cluster &c : plan.clusters) {
        const QString survivor = c.survivor >= 0 ? inv.items()[std::size_t(c.survivor)].name : QString();
        table.groupRows.push_back(int(table.rows.size()));
        table.rows.push_back({t.tx("合并族%1（保留“%2”，共%3个）", "Family %1 (keeps “%2”, %3 members)")
                                  .arg(c.id).arg(survivor).arg(c.members.size())});
        for (int m : c.members) {
            const Item &it = inv.items()[std::size_t(m)];
            table.rows.push_back({it.name, t.kind(it.kind), it.owner, actionText(t, plan.decisions[std::size_t(m)])});
        }
    }
    s.blocks.emplace_back(std::move(table));
    return title;
}

QString decisionAnnex(doc::Section &s, const Inventory &inv, const ReportOptions &o, const ReportText &t)
{
    if (!o.decisionLog || o.decisionLog->empty())
        return {};
    const QString title = t.tx("调整记录", "Decision log");
    s.landscape = true;
    startAnnex(s, title);
    doc::Table table;
    table.header = {t.tx("时间", "When"), t.tx("调整人", "Who"), t.tx("项目", "Item"), t.tx("原措施", "Was"),
                    t.tx("新措施", "Now"), t.tx("理由", "Reason")};
    table.weights = {1.6, 1.2, 2.4, 1.0, 1.0, 3.5};
    const auto actionOf = [&](const std::optional<Action> &a) {
        return a ? t.action(*a) : t.tx("（建议）", "(recommended)");
    };
    for (const DecisionLogEntry &e : *o.decisionLog) {
        const int row = inv.indexOf(e.itemId);
        const Item *it = row >= 0 ? &inv.at(row) : nullptr;
        table.rows.push_back({e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.who,
                              it ? it->name : e.itemId, actionOf(e.oldAction), actionOf(e.newAction), e.reason});
    }
    s.blocks.emplace_back(std::move(table));
    return title;
}

} // namespace plandoc

QHash<QString, QString> DocumentSettings::toMeta() const
{
    return {{QStringLiteral("doc.kind"), kind == doc::Kind::Baogao ? QStringLiteral("baogao") : QStringLiteral("qingshi")},
            {QStringLiteral("doc.issuer"), issuer},
            {QStringLiteral("doc.number"), number},
            {QStringLiteral("doc.addressee"), addressee},
            {QStringLiteral("doc.signature"), signature},
            {QStringLiteral("doc.date"), date.isValid() ? date.toString(Qt::ISODate) : QString()}};
}

DocumentSettings DocumentSettings::fromMeta(const QHash<QString, QString> &meta)
{
    DocumentSettings s;
    s.kind = meta.value(QStringLiteral("doc.kind")) == QLatin1String("baogao") ? doc::Kind::Baogao : doc::Kind::Qingshi;
    s.issuer = meta.value(QStringLiteral("doc.issuer"));
    s.number = meta.value(QStringLiteral("doc.number"));
    s.addressee = meta.value(QStringLiteral("doc.addressee"));
    s.signature = meta.value(QStringLiteral("doc.signature"));
    s.date = QDate::fromString(meta.value(QStringLiteral("doc.date")), Qt::ISODate);
    return s;
}

DocumentSettings DocumentSettings::resolved(const QString &region, const ReportOptions &options) const
{
    const ReportText t(options.chinese());
    DocumentSettings s = *this;
    if (s.kind != doc::Kind::Baogao)
        s.kind = doc::Kind::Qingshi;
    if (s.addressee.isEmpty())
        s.addressee = t.tx("%1委、%1人民政府", "The Party committee and the government of %1").arg(region);
    if (s.signature.isEmpty())
        s.signature = !options.preparedBy.isEmpty() ? options.preparedBy
                                                    : t.tx("%1委网信办", "Cyberspace office of %1").arg(region);
    if (!s.date.isValid())
        s.date = options.planDate.isValid() ? options.planDate : QDate::currentDate();
    return s;
}

} // namespace slimplan
