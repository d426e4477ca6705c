#pragma once
// The Returns tab (回收情况, Ctrl+8): which units were sent a 核查表, which have answered, with
// what (latest return, rows kept, errors), how many items each holds now and how many its return
// reported gone; a summary line ("23 of 30 units answered"), a status filter ("not answered") and
// a text filter on the unit, every column sortable. Follows the document: refreshed after each
// import or project load, and whenever it is shown (a survey export adds records).

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace slimplan {

class Document;
class ReturnsModel;

class ReturnsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, NotAnswered, Answered, Problem };

    explicit ReturnsPage(Document &document, QWidget *parent = nullptr);

    // Reads the project's records again now (the page also does it by itself, coalesced).
    void refresh();
    ReturnsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // What the table shows (after both filters and the sort).
    QSortFilterProxyModel *shown() const { return m_textProxy; }
    QComboBox *statusFilter() const { return m_filter; }
    QLineEdit *textFilter() const { return m_search; }
    QLabel *summary() const { return m_summary; }
    void setFilter(Filter f);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateSummary();
    void retranslateUi();

    Document &m_document;
    ReturnsModel *m_model;
    QSortFilterProxyModel *m_statusProxy;
    QSortFilterProxyModel *m_textProxy;
    QLabel *m_summary;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QTimer *m_refreshTimer;
};

} // namespace slimplan
