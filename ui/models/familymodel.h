#pragma once
// The merge families of the plan as a list beside the overlap graph: survivor, size, items that
// fold in and the yearly saving. One row per family, in the plan's order (FamilyLookup's index);
// the figures are gathered once per re-plan and kept up to date per family when a decision
// changes, so a region of a million items costs one pass, never a pass per row shown.

#include <QAbstractTableModel>

#include <vector>

namespace slimplan {

class Document;

class FamilyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SurvivorColumn, SizeColumn, FoldedColumn, SavingColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, names as text
        SurvivorRowRole,             // the survivor's item row (int), -1 = none
        FamilyIndexRole,             // the family's index (FamilyLookup)
        RegionRole,                  // the survivor's region code, for the region filter
    };

    explicit FamilyModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The model row (= family index) of an item row's family, -1 = none.
    int familyOfRow(int row) const;
    int survivorOf(int family) const;
    int sizeOf(int family) const;
    double savingOf(int family) const;
    // The largest family (most members, then most saving), -1 when there is none.
    int largestFamily() const;
    void retranslate();

private:
    struct Row
    {
        int survivor = -1;
        int size = 0;
        int folded = 0;       // members that merge or migrate into the survivor
        int leaving = 0;      // members that leave the count (merge, migrate, shut down)
        int costUnknown = 0;  // leaving members whose cost is unknown
        double saving = 0;    // 万元 a year, over leaving members whose cost is known
    };
    void rebuild();
    void refreshRows(const QList<int> &itemRows);
    Row measure(int family) const;

    Document &m_document;
    std::vector<Row> m_rows;
};

} // namespace slimplan
