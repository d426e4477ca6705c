#include "views/trackingpage.h"

#include "charts/trackingchart.h"
#include "document.h"
#include "models/trackingitemsmodel.h"
#include "models/trackingmodel.h"
#include "settings.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace slimplan {

namespace {
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QSortFilterProxyModel *makeProxy(QObject *parent, QAbstractItemModel *source, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

TrackingPage::TrackingPage(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_units(new TrackingModel(this))
    , m_unitProxy(makeProxy(this, m_units, TrackingModel::SortRole))
    , m_items(new TrackingItemsModel(document, this))
    , m_itemProxy(makeProxy(this, m_items, TrackingItemsModel::SortRole))
    , m_search(new QLineEdit(this))
    , m_overdueOnly(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    m_unitProxy->setFilterKeyColumn(TrackingModel::OwnerColumn);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("trackingSearch"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_notice->setObjectName(QStringLiteral("trackingNotice"));
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(m_summary, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(makeUnitsPane());
    auto *middle = new QSplitter(Qt::Horizontal, split);
    m_chart = new TrackingChart(middle);
    m_kinds = new QTableWidget(kKindCount + 1, 4, middle);
    m_kinds->setObjectName(QStringLiteral("trackingKinds"));
    m_kinds->verticalHeader()->hide();
    m_kinds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kinds->setSelectionMode(QAbstractItemView::NoSelection);
    m_kinds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kinds->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_kinds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kinds->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    middle->addWidget(m_chart);
    middle->addWidget(m_kinds);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    split->addWidget(middle);
    split->addWidget(makeItemsPane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TrackingPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_unitProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this](bool on) {
        const QString owner = currentUnit();
        m_units->setOverdueOnly(on);
        if (!selectUnit(owner))
            showUnit();
    });
    connect(&document, &Document::aboutToReplace, m_items, &TrackingItemsModel::clear);
    for (auto signal : {&Document::inventoryReplaced, &Document::planChanged, &Document::titleChanged})
        connect(&document, signal, this, &TrackingPage::scheduleRefresh);
    connect(&document, &Document::decisionsChanged, this, &TrackingPage::scheduleRefresh);
    // Steps written by any path (this page, the notices dialog) show at once while on screen.
    connect(&document, &Document::trackingChanged, this, &TrackingPage::scheduleRefresh);
    connect(&document, &Document::lockedChanged, this, &TrackingPage::updateEnabled);
    retranslateUi();
    refresh();
}

QWidget *TrackingPage::makeUnitsPane()
{
    m_unitTable = makeTable(this, m_unitProxy);
    m_unitTable->setObjectName(QStringLiteral("trackingUnits"));
    m_unitTable->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *h = m_unitTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TrackingModel::OwnerColumn, QHeaderView::Stretch);
    m_unitTable->sortByColumn(TrackingModel::ActionsColumn, Qt::DescendingOrder);
    connect(m_unitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrackingPage::showUnit);
    return m_unitTable;
}

QWidget *TrackingPage::makeItemsPane()
{
    auto *pane = new QWidget(this);
    m_itemsTitle = new QLabel(pane);
    m_itemTable = makeTable(pane, m_itemProxy);
    m_itemTable->setObjectName(QStringLiteral("trackingItems"));
    m_itemTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemTable->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *h = m_itemTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    h->resizeSection(TrackingItemsModel::NameColumn, 160);
    connect(m_itemTable, &QWidget::customContextMenuRequested, this, &TrackingPage::showItemMenu);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_itemsTitle);
    layout->addWidget(m_itemTable, 1);
    layout->addLayout(makeMarkControls());
    return pane;
}

// Two rows under the items: "Mark selected as" with a button per state, then the date, the note
// and the evidence file the step is recorded with.
QLayout *TrackingPage::makeMarkControls()
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    m_markLabel = new QLabel(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markLabel);
    for (int s = int(TrackingState::Notified); s < kTrackingStateCount; ++s) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("mark_") + trackingStateName(TrackingState(s)));
        connect(b, &QPushButton::clicked, this, [this, s] { markSelected(TrackingState(s)); });
        m_mark[std::size_t(s)] = b;
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    grid->addLayout(buttons, 0, 0, 1, 7);
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_evidenceLabel = new QLabel(this);
    m_evidence = new QLineEdit(this);
    m_browse = new QPushButton(QStringLiteral("…"), this);
    m_browse->setMaximumWidth(m_browse->fontMetrics().horizontalAdvance(QStringLiteral("……")) + 12);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Evidence file"));
        if (!path.isEmpty())
            m_evidence->setText(QFileInfo(path).fileName()); // the name only: the file stays where it is
    });
    QWidget *const row[] = {m_dateLabel, m_date, m_noteLabel, m_note, m_evidenceLabel, m_evidence, m_browse};
    for (int c = 0; c < int(std::size(row)); ++c)
        grid->addWidget(row[c], 1, c);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(5, 2);
    return grid;
}

QPushButton *TrackingPage::markButton(TrackingState state) const
{
    return m_mark[std::size_t(state)];
}

void TrackingPage::scheduleRefresh()
{
    // A million-item region costs a pass per refresh: only a page on screen pays it, once per
    // change however many signals the change sends.
    if (isVisible())
        m_refreshTimer->start();
}

void TrackingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Steps may have been recorded elsewhere meanwhile (notices written mark items notified).
    m_refreshTimer->start();
}

void TrackingPage::refresh()
{
    m_refreshTimer->stop();
    // No row chosen yet is not the unit without an owner (whose name is "" too).
    const bool hadUnit = m_unitTable->currentIndex().isValid();
    const QString owner = currentUnit();
    const ProjectStore *store = m_document.store();
    std::vector<TrackingStatus> states;
    std::optional<QSet<QString>> later;
    if (store && !m_document.isEmpty()) {
        states = store->trackingStates();
        later = store->laterSnapshotItemIds();
    }
    m_progress = computeTrackingProgress(m_document.inventory(), m_document.plan(), states, QDate::currentDate(),
                                         later ? &*later : nullptr);
    m_units->setProgress(m_progress);
    m_chart->setProgress(m_progress);
    fillKinds();
    updateSummary();
    if (!(hadUnit && selectUnit(owner)) && !selectUnit(m_unitProxy->index(0, 0).data(TrackingModel::OwnerRole).toString()))
        showUnit();
    updateEnabled();
}

bool TrackingPage::selectUnit(const QString &owner)
{
    const int row = m_units->rowOf(owner);
    if (row < 0)
        return false;
    const QModelIndex at = m_unitProxy->mapFromSource(m_units->index(row, 0));
    if (!at.isValid())
        return false;
    m_unitTable->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showUnit(); // also when the row was current already: the progress behind it changed
    return true;
}

QString TrackingPage::currentUnit() const
{
    const QModelIndex cur = m_unitTable->currentIndex();
    return cur.isValid() ? cur.sibling(cur.row(), 0).data(TrackingModel::OwnerRole).toString() : m_items->owner();
}

void TrackingPage::showUnit()
{
    const QModelIndex cur = m_unitTable->currentIndex();
    if (!cur.isValid()) {
        m_items->clear();
        m_itemsTitle->setText(tr("Select a unit to see its actions."));
        return;
    }
    const QString owner = cur.sibling(cur.row(), 0).data(TrackingModel::OwnerRole).toString();
    m_items->setItems(m_progress, owner);
    const QString shown = owner.isEmpty() ? tr("(no owner)") : owner;
    m_itemsTitle->setText(tr("Actions of %1").arg(shown));
}

void TrackingPage::fillKinds()
{
    const auto cell = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_kinds->setItem(row, column, item);
    };
    const UnitProgress &t = m_progress.total;
    for (int k = 0; k <= kKindCount; ++k) {
        std::array<int, kTrackingStateCount> s{};
        if (k < kKindCount)
            s = t.byKind[std::size_t(k)];
        else
            s = t.states;
        int all = 0;
        for (int n : s)
            all += n;
        cell(k, 0, k < kKindCount ? kindLabel(Kind(k)) : tr("Total"));
        cell(k, 1, QString::number(all));
        cell(k, 2, QString::number(s[std::size_t(TrackingState::Done)]));
        cell(k, 3, QString::number(s[std::size_t(TrackingState::Verified)]));
    }
    // As wide as its columns: the splitter gives the chart the rest.
    m_kinds->resizeColumnsToContents();
    m_kinds->setMinimumWidth(m_kinds->horizontalHeader()->length() + 2 * m_kinds->frameWidth());
}

void TrackingPage::updateSummary()
{
    const UnitProgress &t = m_progress.total;
    m_summary->setText(tr("%1 actions in %2 units: %3 done, %4 verified, %5 overdue.")
                           .arg(t.actions())
                           .arg(m_progress.units.size())
                           .arg(t.count(TrackingState::Done))
                           .arg(t.count(TrackingState::Verified))
                           .arg(t.overdue));
}

void TrackingPage::updateEnabled()
{
    const bool tracked = m_document.store() != nullptr && !m_document.isEmpty();
    const bool editable = tracked && !m_document.isLocked();
    for (QPushButton *b : m_mark)
        if (b)
            b->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_note, m_evidence, m_browse})
        w->setEnabled(editable);
    m_notice->setVisible(!tracked && !m_document.isEmpty());
}

std::vector<int> TrackingPage::selectedItemRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &i : m_itemTable->selectionModel()->selectedRows())
        rows.push_back(i.data(TrackingItemsModel::RowRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool TrackingPage::markSelected(TrackingState state)
{
    ProjectStore *store = m_document.store();
    const std::vector<int> rows = selectedItemRows();
    if (!store || m_document.isLocked() || rows.empty())
        return false;
    const Inventory &inv = m_document.inventory();
    std::vector<TrackingEvent> events;
    events.reserve(rows.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row : rows) {
        if (row < 0 || row >= inv.size())
            continue;
        TrackingEvent e;
        e.itemId = inv.at(row).id;
        e.state = state;
        e.date = m_date->date();
        e.note = m_note->text().trimmed();
        e.evidence = m_evidence->text().trimmed();
        e.who = Settings::userName();
        e.when = now;
        events.push_back(std::move(e));
    }
    QString error;
    if (!store->recordTracking(events, &error, &m_document.profile())) {
        QMessageBox::warning(this, tr("Tracking"),
                             tr("The steps could not be written to %1: %2").arg(store->path(), error));
        return false;
    }
    m_note->clear();
    m_evidence->clear();
    refresh();
    // Keep the marked items selected: the next step often follows for the same ones.
    QItemSelection keep;
    for (int row : rows) {
        const int r = m_items->rowOfItem(row);
        if (r >= 0) {
            const QModelIndex at = m_itemProxy->mapFromSource(m_items->index(r, 0));
            keep.select(at, at.sibling(at.row(), TrackingItemsModel::ColumnCount - 1));
        }
    }
    m_itemTable->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    emit m_document.trackingChanged();
    m_refreshTimer->stop(); // refreshed above already; keep the selection just made
    emit trackingChanged();
    return true;
}

void TrackingPage::showItemMenu(const QPoint &pos)
{
    if (selectedItemRows().empty())
        return;
    QMenu menu(this);
    for (int s = int(TrackingState::Notified); s < kTrackingStateCount; ++s) {
        QAction *a = menu.addAction(tr("Mark as %1").arg(trackingStateLabel(TrackingState(s))), this,
                                    [this, s] { markSelected(TrackingState(s)); });
        a->setEnabled(m_mark[std::size_t(s)]->isEnabled());
    }
    menu.exec(m_itemTable->viewport()->mapToGlobal(pos));
}

void TrackingPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter units…"));
    m_overdueOnly->setText(tr("Overdue only"));
    m_notice->setText(tr("Save the project to track its actions."));
    m_markLabel->setText(tr("Mark selected as:"));
    for (int s = int(TrackingState::Notified); s < kTrackingStateCount; ++s)
        m_mark[std::size_t(s)]->setText(trackingStateLabel(TrackingState(s)));
    m_dateLabel->setText(tr("On"));
    m_noteLabel->setText(tr("Note"));
    m_evidenceLabel->setText(tr("Evidence"));
    m_evidence->setPlaceholderText(tr("file name"));
    m_browse->setToolTip(tr("Choose the evidence file (only its name is recorded)"));
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("In the plan"), tr("Done"), tr("Verified")});
    m_units->retranslate();
    m_items->retranslate();
    fillKinds();
    updateSummary();
    showUnit();
}

void TrackingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace slimplan
