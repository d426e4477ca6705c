#pragma once
// The inventory table with its search box, the kind/level/action/rule filters and a column
// chooser in the header's context menu. Filtering and sorting run in ItemFilterProxy.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace slimplan {

class ItemFilterProxy;
class ItemTableModel;
struct ItemFilter;

class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(ItemTableModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Remembers the column order, widths, hidden columns and sort for the next start.
    void saveHeader() const;
    ItemFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    // "Needs checking": only items missing facts the rules read, or unsure and not yet decided.
    QCheckBox *needsCheckBox() const { return m_check; }
    void setRegionFilter(const QString &prefix);
    // Shows exactly the rows of `filter`: sets the search box, the combos and the region to match,
    // and a removable chip for what has no combo (a unit, "needs checking").
    void setFilter(const ItemFilter &filter);
    // Selects an inventory row (clearing filters that hide it); -1 clears the selection.
    void selectRow(int row);
    int currentRow() const;
    // Plan ▸ Set Action for Selection… over this table's selection or filter (one undo step);
    // also on the table's context menu with "Revert Selection to Recommendation".
    void decideSelection();
    void revertSelection();

signals:
    void itemSelected(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslateUi();
    void fillCombos();
    void showColumnMenu(const QPoint &pos);
    void restoreHeader();
    void updateCount();
    void updateChip();
    void clearFilters();

    ItemTableModel &m_model;
    ItemFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_level;
    QComboBox *m_action;
    QComboBox *m_rule;
    QCheckBox *m_check;
    QToolButton *m_chip;           // the owner / needs-checking filter; a click removes it
    QLabel *m_count;
    QTimer *m_searchTimer;
    QString m_region;
    QString m_owner;
    unsigned m_needsCheck = 0;
};

} // namespace slimplan
