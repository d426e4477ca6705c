#pragma once
// A light sort/filter proxy over ItemTableModel: the visible rows are one permutation vector
// (source row per proxy row) and its inverse. QSortFilterProxyModel keeps a mapping per node and
// sorts through QVariant, which is far too slow at 1,000,000 rows; here the filter and the sort
// read the core data directly, and large tables are filtered off the GUI thread.

#include "model/types.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

#include <optional>
#include <vector>

namespace slimplan {

class Document;
class ItemTableModel;

struct ItemFilter
{
    QString regionPrefix;          // division-code prefix, or an exact place name; empty = all
    std::optional<Kind> kind;
    std::optional<Level> level;
    std::optional<Action> action;
    QString rule;                  // rule id that must have applied; empty = any
    QString text;                  // in name, owner or id (case-insensitive); empty = any
    bool onlyRecommendations = false; // hide items kept with no finding (the plan view)
    // Links from the overview page:
    QString owner;                 // exact owning unit; empty = any
    quint8 actionMask = 0;         // actionBit() of each action shown; 0 = any (ANDed with `action`)
    quint8 needsCheck = 0;         // checkFlags() bits (report/overview.h): any of them; 0 = any

    bool operator==(const ItemFilter &) const = default;
};

class ItemFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ItemFilterProxy(ItemTableModel &source, QObject *parent = nullptr);
    ~ItemFilterProxy() override;

    const ItemFilter &filter() const { return m_filter; }
    void setFilter(const ItemFilter &filter);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Proxy row of an inventory row, -1 when filtered out.
    int proxyRow(int sourceRow) const;
    int sourceRow(int proxyRow) const;
    // True while a large table is being filtered or sorted in the background.
    bool isBusy() const { return m_watcher.isRunning(); }
    // Blocks until the background work is done and applied (tests, shutdown).
    void waitForFinished();

    // Tables up to this size are filtered synchronously; bigger ones in the background.
    static constexpr int kSyncLimit = 100000;

signals:
    void busyChanged(bool busy);

private:
    void rebuild();
    void apply(std::vector<int> rows);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    ItemTableModel &m_source;
    Document &m_document;
    ItemFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;     // proxy row -> source row
    std::vector<int> m_inverse;  // source row -> proxy row or -1
    QFutureWatcher<std::vector<int>> m_watcher;
    bool m_pending = false;      // another rebuild was asked while one ran
    bool m_taken = false;        // waitForFinished() already applied the running job's result
};

} // namespace slimplan
