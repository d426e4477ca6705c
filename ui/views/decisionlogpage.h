#pragma once
// The Decision Log tab (调整记录): every decision made on the project, newest first, with a text
// filter and the count shown; entries appear as decisions are made (undo and redo append too).
// Double-clicking an entry (or Enter on it) asks for its item to be selected in the inventory.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace slimplan {

class DecisionLogModel;
class Document;

class DecisionLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionLogPage(const Document &document, QWidget *parent = nullptr);

    DecisionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterBox() const { return m_filter; }
    QString countText() const;

signals:
    // The inventory row of an activated entry (never for an item no longer in the inventory).
    void itemActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void activate(const QModelIndex &index);

    DecisionLogModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTimer *m_filterTimer;
};

} // namespace slimplan
