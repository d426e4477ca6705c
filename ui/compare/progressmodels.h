#pragma once
// Read-only table models of the progress view: the snapshots with their counts per kind, and
// one list of items of a snapshot diff (closed, created, still there, came back).

#include "compare/snapshotdiff.h"
#include "store/projectstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace slimplan {

// The label a person reads: the project's own inventory (snapshot 1, labelled "current" by the
// store) is called so in the interface's language.
QString snapshotLabel(const QString &label, int snapshotId);

class SnapshotCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, AsOf, Apps, Accounts, Groups, Total, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `infos` parallel to `counts`.
    void setSnapshots(std::vector<SnapshotInfo> infos, std::vector<SnapshotCounts> counts);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SnapshotInfo> m_infos;
    std::vector<SnapshotCounts> m_counts;
};

class DiffEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Kind_, Owner, Region, Planned, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(std::vector<DiffEntry> entries);
    const std::vector<DiffEntry> &entries() const { return m_entries; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DiffEntry> m_entries;
};

} // namespace slimplan
