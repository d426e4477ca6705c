#include "views/returnspage.h"

#include "document.h"
#include "models/returnsmodel.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace slimplan {

ReturnsPage::ReturnsPage(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ReturnsModel(this))
    , m_statusProxy(new QSortFilterProxyModel(this))
    , m_textProxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_refreshTimer(new QTimer(this))
{
    m_statusProxy->setSourceModel(m_model);
    m_statusProxy->setFilterRole(ReturnsModel::StatusRole);
    m_statusProxy->setFilterKeyColumn(ReturnsModel::StatusColumn);
    m_textProxy->setSourceModel(m_statusProxy);
    m_textProxy->setFilterKeyColumn(ReturnsModel::UnitColumn);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textProxy->setSortRole(ReturnsModel::SortRole);
    m_table->setModel(m_textProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the campaign's order until a header is clicked
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_search->setClearButtonEnabled(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    // Loading a project emits several signals (inventory, then the store): one refresh after them.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReturnsPage::refresh);
    // Hidden, the page waits: showing it refreshes it (showEvent).
    const auto later = [this] {
        if (isVisible())
            m_refreshTimer->start();
    };
    connect(&m_document, &Document::inventoryReplaced, this, later);
    connect(&m_document, &Document::decisionLogReset, this, later);
    connect(&m_document, &Document::titleChanged, this, later);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReturnsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ReturnsPage::applyFilter);
    retranslateUi();
    refresh();
}

void ReturnsPage::refresh()
{
    m_refreshTimer->stop();
    std::vector<SurveyRecord> surveys;
    std::vector<ImportRecord> history;
    std::vector<ReportedGone> gone;
    if (const ProjectStore *store = m_document.store()) {
        surveys = store->surveys();
        history = store->importHistory();
        gone = store->reportedGone();
    } else if (const auto &pending = m_document.pendingImport()) {
        // Ledgers imported into a new project: their report is the only history so far.
        ImportRecord r;
        r.files = pending->files;
        r.report = pending->report;
        history.push_back(std::move(r));
    }
    m_model->setUnits(ReturnsModel::collect(m_document.inventory(), surveys, history, gone));
    m_table->resizeColumnsToContents();
    updateSummary();
}

void ReturnsPage::setFilter(Filter f)
{
    m_filter->setCurrentIndex(static_cast<int>(f));
}

void ReturnsPage::applyFilter()
{
    QString status;
    switch (static_cast<Filter>(m_filter->currentIndex())) {
    case Filter::All: break;
    case Filter::NotAnswered: status = ReturnsModel::statusName(UnitReturn::Status::NotAnswered); break;
    case Filter::Answered: status = ReturnsModel::statusName(UnitReturn::Status::Answered); break;
    case Filter::Problem: status = ReturnsModel::statusName(UnitReturn::Status::Problem); break;
    }
    m_statusProxy->setFilterRegularExpression(
        status.isEmpty() ? QRegularExpression() : QRegularExpression(QRegularExpression::anchoredPattern(status)));
    m_textProxy->setFilterFixedString(m_search->text().trimmed());
}

void ReturnsPage::updateSummary()
{
    const int units = m_model->rowCount();
    if (units == 0) {
        m_summary->setText(tr("No units yet: import the returns or open a project."));
        return;
    }
    m_summary->setText(tr("%1 of %n units answered", nullptr, units).arg(m_model->answeredCount()));
}

void ReturnsPage::retranslateUi()
{
    const int current = std::max(0, m_filter->currentIndex());
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItems({tr("All units"), tr("Not answered"), tr("Answered"), tr("With problems")});
    m_filter->setCurrentIndex(current);
    m_filter->blockSignals(false);
    m_search->setPlaceholderText(tr("Filter units…"));
    m_model->retranslate();
    updateSummary();
}

void ReturnsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReturnsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace slimplan
