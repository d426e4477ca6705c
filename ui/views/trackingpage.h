#pragma once
// The Tracking tab (整改跟踪, issue #18 parts 4 and 5): progress of the plan's actions by unit as
// a table (overdue in red, sortable, filtered by text or to the overdue units) and a stacked bar
// chart, planned / done / verified per kind, and the actions of the selected unit, which the
// official marks notified, in progress, done or verified (with a date, a note and an evidence
// file name). The steps are written to the project file at once (ProjectStore::recordTracking);
// a document without a project file cannot be tracked and says so.

#include "report/trackingprogress.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace slimplan {

class Document;
class TrackingChart;
class TrackingItemsModel;
class TrackingModel;

class TrackingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrackingPage(Document &document, QWidget *parent = nullptr);

    // Reads the states from the project and recomputes everything now (the page also follows
    // the document by itself, once per change and only while it is shown).
    void refresh();
    const TrackingProgress &progress() const { return m_progress; }

    // Shows the actions of `owner` (selects its row in the units table); false if not listed.
    bool selectUnit(const QString &owner);
    QString currentUnit() const;
    // Marks the items selected in the items table as `state` with the date, note and evidence
    // entered; true if the steps were written.
    bool markSelected(TrackingState state);

    TrackingModel *unitModel() const { return m_units; }
    TrackingItemsModel *itemsModel() const { return m_items; }
    QTableView *unitTable() const { return m_unitTable; }
    QTableView *itemTable() const { return m_itemTable; }
    QTableWidget *kindTable() const { return m_kinds; }
    TrackingChart *chart() const { return m_chart; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    // The "Mark as" button of a state (Notified … Verified); nullptr for Planned.
    QPushButton *markButton(TrackingState state) const;
    QLabel *noticeLabel() const { return m_notice; }

signals:
    // Steps were recorded from this page.
    void trackingChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeUnitsPane();
    QWidget *makeItemsPane();
    QLayout *makeMarkControls();
    void scheduleRefresh();
    void showUnit();
    void fillKinds();
    void updateSummary();
    void updateEnabled();
    void retranslateUi();
    std::vector<int> selectedItemRows() const;
    void showItemMenu(const QPoint &pos);

    Document &m_document;
    TrackingProgress m_progress;
    TrackingModel *m_units;
    QSortFilterProxyModel *m_unitProxy;
    TrackingItemsModel *m_items;
    QSortFilterProxyModel *m_itemProxy;
    QTableView *m_unitTable;
    QTableView *m_itemTable;
    TrackingChart *m_chart;
    QTableWidget *m_kinds;
    QLineEdit *m_search;
    QCheckBox *m_overdueOnly;
    QLabel *m_summary;
    QLabel *m_notice;
    QLabel *m_itemsTitle;
    QLabel *m_markLabel;
    QLabel *m_dateLabel;
    QLabel *m_noteLabel;
    QLabel *m_evidenceLabel;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLineEdit *m_evidence;
    QPushButton *m_browse;
    std::array<QPushButton *, kTrackingStateCount> m_mark{}; // [Planned] stays nullptr
    QTimer *m_refreshTimer;
};

} // namespace slimplan
