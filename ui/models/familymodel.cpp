#include "models/familymodel.h"

#include "document.h"
#include "models/familylookup.h"

#include <QLocale>
#include <QSet>

namespace slimplan {

FamilyModel::FamilyModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // A re-plan sets the overlap, then replaces every decision (an empty list): one rebuild each.
    connect(&document, &Document::overlapChanged, this, &FamilyModel::rebuild);
    connect(&document, &Document::inventoryReplaced, this, &FamilyModel::rebuild);
    connect(&document, &Document::decisionsChanged, this, [this](const QList<int> &rows) {
        if (rows.isEmpty())
            rebuild();
        else
            refreshRows(rows);
    });
    rebuild();
}

FamilyModel::Row FamilyModel::measure(int family) const
{
    Row r;
    const FamilyRef ref = FamilyLookup::at(m_document, family);
    if (!ref.isValid())
        return r;
    const Inventory &inv = m_document.inventory();
    const auto &decisions = m_document.plan().decisions;
    r.survivor = ref.survivor;
    for (int m : *ref.members) {
        if (m < 0 || m >= inv.size() || std::size_t(m) >= decisions.size())
            continue;
        ++r.size;
        if (m == ref.survivor)
            continue;
        const Action a = decisions[std::size_t(m)].action;
        if (a == Action::Merge || a == Action::Migrate)
            ++r.folded;
        if (!leavesCount(a))
            continue;
        ++r.leaving;
        if (const auto &cost = inv.at(m).annualCost)
            r.saving += *cost;
        else
            ++r.costUnknown;
    }
    return r;
}

void FamilyModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const int n = FamilyLookup::count(m_document);
    m_rows.reserve(std::size_t(n));
    for (int f = 0; f < n; ++f)
        m_rows.push_back(measure(f));
    endResetModel();
}

void FamilyModel::refreshRows(const QList<int> &itemRows)
{
    QSet<int> families;
    for (int row : itemRows) {
        const int f = familyOfRow(row);
        if (f >= 0)
            families.insert(f);
    }
    for (int f : families) {
        m_rows[std::size_t(f)] = measure(f);
        emit dataChanged(index(f, 0), index(f, ColumnCount - 1));
    }
}

int FamilyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FamilyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const Inventory &inv = m_document.inventory();
    const bool hasSurvivor = r.survivor >= 0 && r.survivor < inv.size();
    switch (role) {
    case SurvivorRowRole:
        return r.survivor;
    case FamilyIndexRole:
        return index.row();
    case RegionRole:
        return hasSurvivor ? inv.at(r.survivor).region : QString();
    case Qt::TextAlignmentRole:
        if (index.column() != SurvivorColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SavingColumn && r.costUnknown > 0)
            return tr("The cost of %n leaving item(s) is unknown: the saving is at least this much.", nullptr,
                      r.costUnknown);
        if (hasSurvivor) {
            const Item &it = inv.at(r.survivor);
            return tr("%1 (%2, %3) keeps; %n item(s) fold into it", nullptr, r.folded)
                .arg(it.name, kindLabel(it.kind), it.owner);
        }
        return {};
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case SurvivorColumn:
            return hasSurvivor ? inv.at(r.survivor).name : QString();
        case SizeColumn:
            return r.size;
        case FoldedColumn:
            return r.folded;
        case SavingColumn:
            if (role == SortRole)
                return r.saving;
            if (r.leaving == 0 || r.costUnknown == r.leaving)
                return r.leaving == 0 ? QStringLiteral("0") : QStringLiteral("?");
            return QLocale().toString(r.saving, 'f', 1) + (r.costUnknown > 0 ? QStringLiteral("+") : QString());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FamilyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SurvivorColumn:
            return tr("Survivor");
        case SizeColumn:
            return tr("Items");
        case FoldedColumn:
            return tr("Folded in");
        case SavingColumn:
            return tr("Saving");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SurvivorColumn:
            return tr("The item the family keeps");
        case SizeColumn:
            return tr("Items in the family, the survivor included");
        case FoldedColumn:
            return tr("Items that merge or migrate into the survivor");
        case SavingColumn:
            return tr("Yearly cost of the items that leave, in 10,000 CNY");
        default:
            return {};
        }
    }
    return {};
}

int FamilyModel::familyOfRow(int row) const
{
    const int f = FamilyLookup::ofRow(m_document, row).index;
    return f >= 0 && f < int(m_rows.size()) ? f : -1;
}

int FamilyModel::survivorOf(int family) const
{
    return family >= 0 && family < int(m_rows.size()) ? m_rows[std::size_t(family)].survivor : -1;
}

int FamilyModel::sizeOf(int family) const
{
    return family >= 0 && family < int(m_rows.size()) ? m_rows[std::size_t(family)].size : 0;
}

double FamilyModel::savingOf(int family) const
{
    return family >= 0 && family < int(m_rows.size()) ? m_rows[std::size_t(family)].saving : 0.0;
}

int FamilyModel::largestFamily() const
{
    int best = -1;
    for (int f = 0; f < int(m_rows.size()); ++f) {
        const Row &r = m_rows[std::size_t(f)];
        if (r.size == 0)
            continue;
        if (best < 0 || r.size > m_rows[std::size_t(best)].size
            || (r.size == m_rows[std::size_t(best)].size && r.saving > m_rows[std::size_t(best)].saving))
            best = f;
    }
    return best;
}

void FamilyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace slimplan
