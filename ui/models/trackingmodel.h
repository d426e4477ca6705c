#pragma once
// Progress of the plan's actions by unit (owner), for the Tracking tab: one row per unit with
// its actions to take, how many are planned, notified, in progress, done and verified, and how
// many are overdue (in red). The figures come from core (report/trackingprogress.h); the page
// hands them over after each change. "Overdue only" is a filter of the model itself; the text
// filter and sorting are a QSortFilterProxyModel's (SortRole sorts numbers as numbers).

#include "report/trackingprogress.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace slimplan {

// The colours that mean "overdue" in every tracking view: red text on a light red ground.
QColor overdueColor();
QColor overdueBackground();

class TrackingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OwnerColumn,
        ActionsColumn,
        PlannedColumn, // then one column per state, in TrackingState's order
        OverdueColumn = PlannedColumn + kTrackingStateCount,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        OwnerRole, // the unit's name as the inventory spells it ("" = no owner given)
    };

    explicit TrackingModel(QObject *parent = nullptr);

    void setProgress(const TrackingProgress &progress);
    bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool on);
    // The model row of a unit, -1 when it is not shown.
    int rowOf(const QString &owner) const;
    const UnitProgress *unitAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    int valueOf(const UnitProgress &u, int column) const;

    std::vector<UnitProgress> m_units;
    std::vector<int> m_shown; // indices into m_units
    bool m_overdueOnly = false;
};

} // namespace slimplan
