#pragma once
// The regions of the inventory as a tree read from the division codes (province → city → county
// → township → village: 2/4/6/9/12-digit prefixes), each node with its number of items, named
// by the place service: the division table's name for a code it knows, else the place the
// ledger's units there are named after (the demo's fictional 青溪县).
// Items whose region is a place name, not a code, are grouped by that name; unknown last.

#include <QStandardItemModel>

namespace slimplan {

class Document;

class RegionTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { FilterRole = Qt::UserRole + 1, CountRole };

    explicit RegionTreeModel(Document &document, QObject *parent = nullptr);

    void rebuild();
    void retranslate() { rebuild(); }
    // The node for a filter value (prefix), or an invalid index.
    QModelIndex indexForFilter(const QString &filter) const;

    static constexpr int kPrefixLengths[] = {2, 4, 6, 9, 12};

private:
    Document &m_document;
};

} // namespace slimplan
