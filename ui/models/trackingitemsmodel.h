#pragma once
// The actions of one unit in the Tracking tab: each item the plan does something to, with its
// action, tracking state, deadline, the date of its latest step and the note. Overdue rows
// (deadline passed, not done) are red; an item marked done that a later snapshot still holds
// (the review, issue #18 part 5) carries a warning icon and says so in its tooltip.

#include "report/trackingprogress.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace slimplan {

class Document;

class TrackingItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, KindColumn, ActionColumn, StateColumn, DeadlineColumn,
                  DateColumn, NoteColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        RowRole,      // the item's inventory row
        OverdueRole,  // bool
        StillPresentRole,
    };

    explicit TrackingItemsModel(const Document &document, QObject *parent = nullptr);

    // Shows the items of `owner` (as the inventory spells it) from `progress`.
    void setItems(const TrackingProgress &progress, const QString &owner);
    void clear();
    QString owner() const { return m_owner; }
    const ItemProgress *itemAt(int row) const;
    // The model row of an inventory row, -1 when it is not listed.
    int rowOfItem(int inventoryRow) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ItemProgress &p, int column) const;
    QVariant sortValue(const ItemProgress &p, int column) const;
    QString toolTip(const ItemProgress &p, int column) const;

    const Document &m_document;
    std::vector<ItemProgress> m_items;
    QString m_owner;
};

} // namespace slimplan
