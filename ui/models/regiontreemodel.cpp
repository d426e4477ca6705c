#include "models/regiontreemodel.h"

#include "document.h"
#include "place/places.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace slimplan {

namespace {

bool isCode(const QString &s)
{
    return s.size() >= 6 && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// The place a unit sitting exactly at a node names: the last place its name starts with
// ("青溪县青石镇人民政府" → "青石镇"). Only asked for codes the division table does not know.
QString ledgerPlaceOf(const QString &owner)
{
    const QStringList names = Places::instance().ownerPlaceNames(owner);
    return names.isEmpty() ? QString() : names.last();
}

// Whether the table answers for this node itself. A 12-digit village code is answered by its
// township, which would name the village after it: villages go by the ledger's names.
bool tableKnows(const QString &padded)
{
    return padded.size() <= 9 && Places::instance().isKnown(padded);
}

struct Node
{
    int count = 0;
    QHash<QString, int> names; // candidate name -> votes
};

// A code the table does not know goes by the name most of its units give, with the code beside
// it since no table vouches for the name ("青溪县 (519901)"); the bare code when none names it.
QString ledgerLabel(const QHash<QString, int> &names, const QString &padded)
{
    QString best;
    int votes = 0;
    for (auto n = names.cbegin(); n != names.cend(); ++n) {
        if (n.value() > votes || (n.value() == votes && n.key() < best)) {
            best = n.key();
            votes = n.value();
        }
    }
    return best.isEmpty() ? padded : best + QLatin1String(" (") + padded + QLatin1Char(')');
}

// The items counted by code prefix, by place name and without a region.
struct RegionTally
{
    QMap<QString, Node> codes; // prefix -> node (sorted, so parents come first)
    QMap<QString, int> places; // place name -> count
    int unknown = 0;
};

RegionTally tallyRegions(const Inventory &inv)
{
    RegionTally t;
    for (const Item &it : inv.items()) {
        if (it.region.isEmpty()) {
            ++t.unknown;
            continue;
        }
        if (!isCode(it.region)) {
            ++t.places[it.region];
            continue;
        }
        // The deepest prefix the item's code is specific to (trailing zeros are not a level).
        const QString &code = it.region;
        for (int len : RegionTreeModel::kPrefixLengths) {
            if (code.size() < len)
                break;
            const QString prefix = code.left(len);
            const QString rest = code.mid(len);
            Node &n = t.codes[prefix];
            ++n.count;
            // Only units that sit exactly at this node name it.
            if (std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return c == QLatin1Char('0'); })) {
                const QString name = ledgerPlaceOf(it.owner);
                if (!name.isEmpty())
                    ++n.names[name];
                break;
            }
        }
    }
    return t;
}

// The code nodes under `root`, each under its longest known prefix.
void appendCodeNodes(QStandardItem *root, const QMap<QString, Node> &codes)
{
    const Places &table = Places::instance();
    QHash<QString, QStandardItem *> byPrefix;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        const QString &prefix = it.key();
        QStandardItem *parent = root;
        for (int len : RegionTreeModel::kPrefixLengths) {
            if (len >= prefix.size())
                break;
            if (QStandardItem *p = byPrefix.value(prefix.left(len)))
                parent = p;
        }
        QString padded = prefix;
        if (padded.size() < 6)
            padded = padded.leftJustified(6, QLatin1Char('0'));
        QStandardItem *node = nullptr;
        if (tableKnows(padded)) {
            // The table's name under its parent (四川省 › 泸州市 › 江阳区); the full name and the
            // code in the tooltip.
            node = new QStandardItem(table.name(padded));
            node->setToolTip(table.fullName(padded) + QLatin1String(" (") + padded + QLatin1Char(')'));
        } else {
            node = new QStandardItem(ledgerLabel(it->names, padded));
            node->setToolTip(padded);
        }
        node->setData(prefix, RegionTreeModel::FilterRole);
        auto *count = new QStandardItem(QString::number(it->count));
        count->setData(it->count, RegionTreeModel::CountRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        parent->appendRow({node, count});
        byPrefix.insert(prefix, node);
    }
}

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
    const RegionTally tally = tallyRegions(inv);
    auto *root = new QStandardItem(m_document.title().isEmpty() ? tr("All regions") : m_document.title());
    root->setData(QString(), FilterRole);
    auto *rootCount = new QStandardItem(QString::number(inv.size()));
    rootCount->setData(inv.size(), CountRole);
    appendRow({root, rootCount});

    appendCodeNodes(root, tally.codes);
    for (auto it = tally.places.cbegin(); it != tally.places.cend(); ++it) {
        auto *node = new QStandardItem(it.key());
        node->setData(it.key(), FilterRole);
        auto *count = new QStandardItem(QString::number(it.value()));
        count->setData(it.value(), CountRole);
        root->appendRow({node, count});
    }
    if (tally.unknown > 0) {
        auto *node = new QStandardItem(tr("Unknown region"));
        node->setData(QStringLiteral("\x01unknown"), FilterRole);
        node->setEnabled(false);
        auto *count = new QStandardItem(QString::number(tally.unknown));
        root->appendRow({node, count});
    }
}

QModelIndex RegionTreeModel::indexForFilter(const QString &filter) const
{
    const QModelIndexList found = match(index(0, 0), FilterRole, filter, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace slimplan
