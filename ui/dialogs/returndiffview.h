#pragma once
// What a round of returns would change, shown before the import is accepted (issue #18, step 1):
// a tree with one row per unit (new / changed / unchanged / gone counts), expandable to each new
// item, each changed item with its fields as "field: old → new", and each item the unit's return
// no longer lists. The import wizard's last page when importing into an open project.

#include "store/returndiff.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace slimplan {

class Inventory;

class ReturnDiffView : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, NewColumn, ChangedColumn, UnchangedColumn, GoneColumn, ColumnCount };
    // Items listed per unit and kind at most: a whole region re-imported must not make a tree of
    // a million rows; the rest is summed up in one "… and N more" row.
    static constexpr int kMaxListed = 500;

    explicit ReturnDiffView(QWidget *parent = nullptr);

    // project: the open project's items (names of the gone ones); incoming: the return's items.
    void setDiff(const ReturnDiff &diff, const Inventory &project, const Inventory &incoming);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    // The unit's row, or null.
    QTreeWidgetItem *unitRow(const QString &owner) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addUnit(const UnitDiff &unit, const Inventory &project, const Inventory &incoming);

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QString m_summaryText; // rebuilt with the tree; only the headers follow a language switch
};

} // namespace slimplan
