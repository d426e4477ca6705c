// explainOverlap(): why an edge exists, in words an official can check against the ledger.
// Hand-written in both languages (not tr()): the PDF and the plan reasons need a fixed text.

#include "overlap/overlap.h"

#include <QSet>

#include <algorithm>

namespace slimplan {

namespace {

// Items of `a` also in `b`, in a's order, without duplicates.
QStringList shared(const QStringList &a, const QStringList &b)
{
    const QSet<QString> inB(b.cbegin(), b.cend());
    QSet<QString> seen;
    QStringList out;
    for (const QString &s : a)
        if (inB.contains(s) && !seen.contains(s)) {
            seen.insert(s);
            out << s;
        }
    return out;
}

int unionSize(const QStringList &a, const QStringList &b)
{
    QSet<QString> u(a.cbegin(), a.cend());
    for (const QString &s : b)
        u.insert(s);
    return static_cast<int>(u.size());
}

QString listSample(const QStringList &items, bool chinese)
{
    constexpr int kShown = 5;
    const QString sep = chinese ? QStringLiteral("、") : QStringLiteral(", ");
    QString s = items.mid(0, kShown).join(sep);
    if (items.size() > kShown)
        s += chinese ? QStringLiteral("…") : QStringLiteral(", …");
    return s;
}

// "功能重合 3/5：…" for the entries of `a` also in `b`, when there are any; returns them.
QStringList sharedPart(QStringList &parts, const QStringList &a, const QStringList &b, bool chinese,
                       const QString &zh, const QString &en)
{
    QStringList common = shared(a, b);
    if (!common.isEmpty())
        parts << (chinese ? zh : en).arg(common.size()).arg(unionSize(a, b)).arg(listSample(common, chinese));
    return common;
}

} // namespace

QString explainOverlap(const Inventory &inventory, int a, int b, const PolicyProfile &profile,
                       bool chinese)
{
    if (a < 0 || b < 0 || a >= inventory.size() || b >= inventory.size())
        return {};
    const Item &x = inventory.at(a);
    const Item &y = inventory.at(b);
    const OverlapParts p = overlapParts(inventory, a, b, profile);
    QStringList parts;

    const QStringList fShared = sharedPart(parts, x.functions, y.functions, chinese,
                                           QStringLiteral("功能重合 %1/%2：%3"),
                                           QStringLiteral("functions %1/%2 shared: %3"));
    if (p.containment >= profile.containmentThreshold && !fShared.isEmpty()
        && x.functions.size() != y.functions.size()) {
        const Item &small = x.functions.size() < y.functions.size() ? x : y;
        const Item &big = x.functions.size() < y.functions.size() ? y : x;
        const int pct = qRound(100.0 * p.containment);
        parts << (chinese ? QStringLiteral("「%1」的功能 %2% 包含在「%3」中")
                          : QStringLiteral("%2% of the functions of \"%1\" are in \"%3\""))
                     .arg(small.name)
                     .arg(pct)
                     .arg(big.name);
    }
    sharedPart(parts, x.dataItems, y.dataItems, chinese, QStringLiteral("填报事项重合 %1/%2：%3"),
               QStringLiteral("data items %1/%2 shared: %3"));
    if (!x.memberHashes.empty() && !y.memberHashes.empty()) {
        std::vector<quint64> mx = x.memberHashes, my = y.memberHashes;
        std::sort(mx.begin(), mx.end());
        mx.erase(std::unique(mx.begin(), mx.end()), mx.end());
        std::sort(my.begin(), my.end());
        my.erase(std::unique(my.begin(), my.end()), my.end());
        std::vector<quint64> both;
        std::set_intersection(mx.begin(), mx.end(), my.begin(), my.end(), std::back_inserter(both));
        if (!both.empty()) {
            const auto u = mx.size() + my.size() - both.size();
            parts << (chinese ? QStringLiteral("成员重合 %1/%2") : QStringLiteral("members %1/%2 shared"))
                         .arg(both.size())
                         .arg(u);
        }
    }
    if (p.name > 0) {
        const int pct = qRound(100.0 * p.name);
        parts << (chinese ? QStringLiteral("名称相似 %1%") : QStringLiteral("names %1% alike")).arg(pct);
    }
    if (p.sameOwner)
        parts << (chinese ? QStringLiteral("同一主办单位") : QStringLiteral("same owner"));
    if (p.samePlatform)
        parts << (chinese ? QStringLiteral("同一平台") : QStringLiteral("same platform"));
    const QString score = (chinese ? QStringLiteral("（重合度 %1）") : QStringLiteral(" (overlap %1)"))
                              .arg(p.score, 0, 'f', 2);
    if (parts.isEmpty())
        return (chinese ? QStringLiteral("无共同之处") : QStringLiteral("nothing in common")) + score;
    return parts.join(chinese ? QStringLiteral("；") : QStringLiteral("; ")) + score;
}

} // namespace slimplan
