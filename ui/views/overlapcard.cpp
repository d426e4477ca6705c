#include "views/overlapcard.h"

#include "document.h"
#include "overlap/overlap.h"
#include "util/i18n.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace slimplan {

namespace {

// Entries of `a` also in `b`, in a's order, without duplicates.
QStringList sharedOf(const QStringList &a, const QStringList &b)
{
    const QSet<QString> inB(b.cbegin(), b.cend());
    QSet<QString> seen;
    QStringList out;
    for (const QString &s : a) {
        if (inB.contains(s) && !seen.contains(s)) {
            seen.insert(s);
            out << s;
        }
    }
    return out;
}

int unionOf(const QStringList &a, const QStringList &b)
{
    QSet<QString> u(a.cbegin(), a.cend());
    for (const QString &s : b)
        u.insert(s);
    return int(u.size());
}

// (shared, union) of two member-hash lists.
std::pair<qsizetype, qsizetype> membersShared(std::vector<quint64> x, std::vector<quint64> y)
{
    std::sort(x.begin(), x.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    std::sort(y.begin(), y.end());
    y.erase(std::unique(y.begin(), y.end()), y.end());
    qsizetype both = 0;
    for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] < y[j]) {
            ++i;
        } else if (y[j] < x[i]) {
            ++j;
        } else {
            ++both;
            ++i;
            ++j;
        }
    }
    return {both, qsizetype(x.size() + y.size()) - both};
}

QString sample(const QStringList &items)
{
    constexpr int kShown = 6;
    QString s = items.mid(0, kShown).join(isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
    if (items.size() > kShown)
        s += QStringLiteral(" …");
    return s.toHtmlEscaped();
}

bool valid(const Document &document, int row)
{
    return row >= 0 && row < document.rowCount();
}

} // namespace

QString OverlapCard::forItem(const Document &document, int row, bool survivor)
{
    if (!valid(document, row))
        return {};
    const Item &item = document.inventory().at(row);
    const auto &decisions = document.plan().decisions;
    QString tip = QStringLiteral("<b>%1</b><br>%2 · %3").arg(item.name.toHtmlEscaped(), kindLabel(item.kind),
                                                              item.owner.toHtmlEscaped());
    if (std::size_t(row) < decisions.size()) {
        const Decision &d = decisions[std::size_t(row)];
        tip += QStringLiteral("<br>%1: <b>%2</b>").arg(tr("Action"), actionLabel(d.action));
        if (!d.targetName.isEmpty() && (d.action == Action::Merge || d.action == Action::Migrate))
            tip += QStringLiteral(" → %1").arg(d.targetName.toHtmlEscaped());
        if (const QString reason = d.reason(isChinese()); !reason.isEmpty())
            tip += QStringLiteral("<br>") + reason.toHtmlEscaped();
    }
    if (survivor)
        tip += QStringLiteral("<br>★ ") + tr("Survivor: the family keeps this item");
    return tip;
}

QString OverlapCard::forRuleLink(const Document &document, int member, int survivor)
{
    if (!valid(document, member) || !valid(document, survivor))
        return {};
    const Inventory &inv = document.inventory();
    QString card = QStringLiteral("<b>%1</b> — <b>%2</b><br>")
                       .arg(inv.at(member).name.toHtmlEscaped(), inv.at(survivor).name.toHtmlEscaped())
                 + tr("In one family by a rule, not by overlap.");
    const auto &decisions = document.plan().decisions;
    if (std::size_t(member) < decisions.size()) {
        if (const QString reason = decisions[std::size_t(member)].reason(isChinese()); !reason.isEmpty())
            card += QStringLiteral("<br>") + reason.toHtmlEscaped();
    }
    return card;
}

QString OverlapCard::forPair(const Document &document, int a, int b, double score)
{
    if (!valid(document, a) || !valid(document, b))
        return {};
    const Inventory &inv = document.inventory();
    const Item &x = inv.at(a);
    const Item &y = inv.at(b);
    QString card = QStringLiteral("<b>%1</b> — <b>%2</b><br>").arg(x.name.toHtmlEscaped(), y.name.toHtmlEscaped())
                 + tr("Overlap score %1 of 1 (the wider the line, the higher)").arg(QLocale().toString(score, 'f', 2))
                 + QStringLiteral("<table cellspacing=3>");
    const auto line = [&card](const QString &what, const QString &count, const QString &detail) {
        card += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td><td>%3</td></tr>").arg(what, count, detail);
    };
    const QString none = tr("none");
    const QStringList functions = sharedOf(x.functions, y.functions);
    line(tr("Shared functions"),
         functions.isEmpty() ? none : tr("%1 of %2").arg(functions.size()).arg(unionOf(x.functions, y.functions)),
         sample(functions));
    const QStringList data = sharedOf(x.dataItems, y.dataItems);
    line(tr("Shared data items"),
         data.isEmpty() ? none : tr("%1 of %2").arg(data.size()).arg(unionOf(x.dataItems, y.dataItems)), sample(data));
    if (x.memberHashes.empty() || y.memberHashes.empty()) {
        line(tr("Shared members"), tr("not known"), QString());
    } else {
        const auto [shared, all] = membersShared(x.memberHashes, y.memberHashes);
        line(tr("Shared members"), shared == 0 ? none : tr("%1 of %2").arg(shared).arg(all), QString());
    }
    card += QStringLiteral("</table>");
    const OverlapParts parts = overlapParts(inv, a, b, document.profile());
    QStringList also;
    if (parts.name > 0)
        also << tr("names %1% alike").arg(qRound(100.0 * parts.name));
    if (parts.sameOwner)
        also << tr("same owner");
    if (parts.samePlatform)
        also << tr("same platform");
    if (!also.isEmpty())
        card += also.join(QStringLiteral(" · ")).toHtmlEscaped();
    return card;
}

} // namespace slimplan
