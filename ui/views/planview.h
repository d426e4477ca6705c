#pragma once
// The plan as the official works through it: every recommendation with its reason, Accept,
// Override… (another action/target with a required reason) and Revert, and the summary line that
// follows every decision. Decisions go through the table model, which pushes undo commands.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace slimplan {

class Document;
class ItemFilterProxy;
class ItemTableModel;

class PlanView : public QWidget
{
    Q_OBJECT
public:
    PlanView(ItemTableModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ItemFilterProxy *proxy() const { return m_proxy; }
    QString summaryText() const;
    // Selected inventory rows.
    QList<int> selectedRows() const;
    void selectRow(int row);

    // Decision actions (also reachable from the Plan menu).
    void acceptSelected();
    void overrideSelected();
    void revertSelected();
    // One action with one reason for the selection or the filter's rows (one undo step).
    void decideSelection();

signals:
    void itemSelected(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateButtons();

    ItemTableModel &m_model;
    Document &m_document;
    ItemFilterProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_accept;
    QPushButton *m_override;
    QPushButton *m_revert;
};

} // namespace slimplan
