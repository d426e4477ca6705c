#pragma once
// One decision for many items at once (issue #18 part 2): ONE action (with a target for merge or
// migrate) and ONE required reason, for the rows selected in a table or — a choice in the dialog —
// every row its filter shows, with the count in view before OK. The decision is one undo step
// (BulkOverrideCommand). The static helpers give the inventory table and the plan view the same
// selection rules and context menu.

#include "model/plan.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QTableView;

namespace slimplan {

class Document;
class ItemFilterProxy;

class BulkDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Selection, Filtered };

    // `selected` and `filtered`: inventory rows. Starts on the selection when there is one.
    BulkDecisionDialog(const Document &document, std::vector<int> selected, std::vector<int> filtered,
                       QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    // The rows the decision is for, as the scope chooses.
    const std::vector<int> &rows() const;
    // The decision as entered (who = the OS user, when = now); the item is each row's own.
    Override decision() const;

    // For tests and scripted use.
    void setAction(Action action);
    void setTarget(const QString &target);
    void setReason(const QString &reason);
    bool canAccept() const;
    // Why OK is disabled ("" when the decision can be made).
    QString problem() const;
    QString countText() const;

    // Inventory rows selected in a table over `proxy`, ascending.
    static std::vector<int> selectedRows(const QTableView &table, const ItemFilterProxy &proxy);
    // Inventory rows the proxy shows, in its order (waits for a background filter to finish).
    static std::vector<int> filteredRows(ItemFilterProxy &proxy);
    // Opens the dialog over the table's selection and filter; on OK makes the decision as one
    // undo step. False when cancelled, or the document is locked or empty.
    static bool decide(Document &document, const QTableView &table, ItemFilterProxy &proxy,
                       QWidget *parent);
    // Returns the selected rows that carry a decision to the recommendation, as one undo step.
    // False when there was nothing to revert.
    static bool revert(Document &document, const QTableView &table, const ItemFilterProxy &proxy);
    // The table's context menu: "Set Action for Selection…" and "Revert Selection to Recommendation".
    static void installContextMenu(QTableView *table, ItemFilterProxy *proxy, Document &document);

private:
    void fillTargets();
    void updateState();

    const Document &m_document;
    std::vector<int> m_selected;
    std::vector<int> m_filtered;
    QRadioButton *m_useSelection;
    QRadioButton *m_useFilter;
    QLabel *m_count;
    QComboBox *m_action;
    QComboBox *m_target;
    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace slimplan
