#include "models/regiontreemodel.h"

#include "document.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace slimplan {

namespace {

bool isCode(const QString &s)
{
    return s.size() >= 6 && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// A place name from an owner: the text up to the last administrative suffix before the
// department ("青溪县教育局" → "青溪县", "青溪县城关镇人民政府" → "城关镇"). Used to name code nodes,
// since the ledger carries codes but no gazetteer.
QString placeOf(const QString &owner, int depth)
{
    static const QString suffixes = QStringLiteral("省市州盟县区旗镇乡村");
    QStringList parts;
    int start = 0;
    for (int i = 0; i < owner.size(); ++i) {
        const QChar c = owner.at(i);
        bool end = suffixes.contains(c);
        if (!end && c == QChar(u'道') && i > 0 && owner.at(i - 1) == QChar(u'街'))
            end = true;
        if (end && i + 1 - start >= 2) {
            parts << owner.mid(start, i + 1 - start);
            start = i + 1;
        }
        if (c == QChar(u'局') || c == QChar(u'委') || c == QChar(u'办') || c == QChar(u'部'))
            break;
    }
    if (parts.isEmpty())
        return {};
    // With a full chain ("四川省青溪县…") pick by depth; otherwise the last place named.
    if (parts.size() > depth)
        return parts.at(depth);
    return parts.size() == 1 && depth > 0 ? parts.last() : QString();
}

struct Node
{
    int count = 0;
    QHash<QString, int> names; // candidate name -> votes
};

} // namespace

RegionTreeModel::RegionTreeModel(Document &document, QObject *parent)
    : QStandardItemModel(parent)
    , m_document(document)
{
    connect(&document, &Document::inventoryReplaced, this, &RegionTreeModel::rebuild);
    rebuild();
}

void RegionTreeModel::rebuild()
{
    clear();
    setHorizontalHeaderLabels({tr("Region"), tr("Items")});
    const Inventory &inv = m_document.inventory();
    QMap<QString, Node> codes;     // prefix -> node (sorted, so parents come first)
    QMap<QString, int> places;     // place name -> count
    int unknown = 0;
    for (const Item &it : inv.items()) {
        if (it.region.isEmpty()) {
            ++unknown;
            continue;
        }
        if (!isCode(it.region)) {
            ++places[it.region];
            continue;
        }
        // The deepest prefix the item's code is specific to (trailing zeros are not a level).
        QString code = it.region;
        int depth = 0;
        for (int len : kPrefixLengths) {
            if (code.size() < len)
                break;
            const QString prefix = code.left(len);
            const QString rest = code.mid(len);
            Node &n = codes[prefix];
            ++n.count;
            const int ownDepth = depth;
            // Only units that sit exactly at this node name it.
            if (std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return c == QLatin1Char('0'); })) {
                const QString name = placeOf(it.owner, ownDepth);
                if (!name.isEmpty())
                    ++n.names[name];
            }
            ++depth;
            if (std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return c == QLatin1Char('0'); }))
                break;
        }
    }

    auto *root = new QStandardItem(m_document.title().isEmpty() ? tr("All regions") : m_document.title());
    root->setData(QString(), FilterRole);
    auto *rootCount = new QStandardItem(QString::number(inv.size()));
    rootCount->setData(inv.size(), CountRole);
    appendRow({root, rootCount});

    QHash<QString, QStandardItem *> byPrefix;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        const QString &prefix = it.key();
        QStandardItem *parent = root;
        for (int len : kPrefixLengths) {
            if (len >= prefix.size())
                break;
            if (QStandardItem *p = byPrefix.value(prefix.left(len)))
                parent = p;
        }
        QString best;
        int votes = 0;
        for (auto n = it->names.cbegin(); n != it->names.cend(); ++n) {
            if (n.value() > votes || (n.value() == votes && n.key() < best)) {
                best = n.key();
                votes = n.value();
            }
        }
        QString padded = prefix;
        if (padded.size() < 6)
            padded = padded.leftJustified(6, QLatin1Char('0'));
        auto *node = new QStandardItem(best.isEmpty() ? padded : best + QLatin1String(" (") + padded + QLatin1Char(')'));
        node->setData(prefix, FilterRole);
        node->setToolTip(padded);
        auto *count = new QStandardItem(QString::number(it->count));
        count->setData(it->count, CountRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        parent->appendRow({node, count});
        byPrefix.insert(prefix, node);
    }
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        auto *node = new QStandardItem(it.key());
        node->setData(it.key(), FilterRole);
        auto *count = new QStandardItem(QString::number(it.value()));
        count->setData(it.value(), CountRole);
        root->appendRow({node, count});
    }
    if (unknown > 0) {
        auto *node = new QStandardItem(tr("Unknown region"));
        node->setData(QStringLiteral("\x01unknown"), FilterRole);
        node->setEnabled(false);
        auto *count = new QStandardItem(QString::number(unknown));
        root->appendRow({node, count});
    }
}

QModelIndex RegionTreeModel::indexForFilter(const QString &filter) const
{
    const QModelIndexList found = match(index(0, 0), FilterRole, filter, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace slimplan
