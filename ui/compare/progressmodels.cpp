#include "compare/progressmodels.h"

#include <QCoreApplication>

namespace slimplan {

QString snapshotLabel(const QString &label, int snapshotId)
{
    if (snapshotId == ProjectStore::kCurrentSnapshot && label == QLatin1String("current"))
        return QCoreApplication::translate("slimplan::SnapshotCountsModel", "Project ledger");
    return label;
}

void SnapshotCountsModel::setSnapshots(std::vector<SnapshotInfo> infos, std::vector<SnapshotCounts> counts)
{
    beginResetModel();
    m_infos = std::move(infos);
    m_counts = std::move(counts);
    m_infos.resize(m_counts.size());
    endResetModel();
}

void SnapshotCountsModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int SnapshotCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int SnapshotCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SnapshotCounts &c = m_counts[std::size_t(index.row())];
    const SnapshotInfo &info = m_infos[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Apps ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label: {
        const QString label = snapshotLabel(c.label, info.id);
        return index.row() == 0 ? tr("%1 (baseline)").arg(label) : label;
    }
    case AsOf: {
        const QDate d = c.asOf.isValid() ? c.asOf : info.created.toLocalTime().date();
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
    }
    case Apps: return c.counts.perKind[0];
    case Accounts: return c.counts.perKind[1];
    case Groups: return c.counts.perKind[2];
    case Total: return c.counts.total();
    default: return {};
    }
}

QVariant SnapshotCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("Snapshot");
    case AsOf: return tr("Date");
    case Apps: return kindLabel(Kind::App);
    case Accounts: return kindLabel(Kind::Account);
    case Groups: return kindLabel(Kind::Group);
    case Total: return tr("Total");
    default: return {};
    }
}

void DiffEntryModel::setEntries(std::vector<DiffEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void DiffEntryModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int DiffEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiffEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DiffEntry &e = m_entries[std::size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Id && !e.baselineId.isEmpty() && e.baselineId != e.id)
        return tr("In the baseline as %1").arg(e.baselineId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return e.id;
    case Name: return e.name;
    case Kind_: return kindLabel(e.kind);
    case Owner: return e.owner;
    case Region: return e.region.isEmpty() ? QStringLiteral("—") : e.region;
    case Planned: return e.planned ? actionLabel(*e.planned) : QStringLiteral("—");
    default: return {};
    }
}

QVariant DiffEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Name: return tr("Name");
    case Kind_: return tr("Kind");
    case Owner: return tr("Owner");
    case Region: return tr("Region code");
    case Planned: return tr("Baseline plan");
    default: return {};
    }
}

} // namespace slimplan
