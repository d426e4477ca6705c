#include "views/decisionlogpage.h"

#include "models/decisionlogmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace slimplan {

DecisionLogPage::DecisionLogPage(const Document &document, QWidget *parent)
    : QWidget(parent)
    , m_model(new DecisionLogModel(document, this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("DecisionLogPage"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("decisionLogFilter"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_count, 1, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    setTabOrder(m_filter, m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // a long log is never measured
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 90, 180, 260, 300, 80, 90};
    for (int c = 0; c < DecisionLogModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // Reason is the long one: it stretches, the scenario stays last and narrow.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionLogModel::ReasonColumn, QHeaderView::Stretch);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200); // typing does not refilter a long log per key
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionLogPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DecisionLogPage::updateCount);
    // A double-click or Enter (single click where the platform activates on one).
    connect(m_table, &QAbstractItemView::activated, this, &DecisionLogPage::activate);
    retranslateUi();
}

void DecisionLogPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = index.data(DecisionLogModel::ItemRowRole).toInt();
    if (row >= 0)
        emit itemActivated(row);
}

QString DecisionLogPage::countText() const
{
    return m_count->text();
}

void DecisionLogPage::updateCount()
{
    const QLocale loc;
    if (m_model->filterText().isEmpty())
        m_count->setText(tr("%n entries", nullptr, m_model->totalCount()));
    else
        m_count->setText(tr("%1 of %2 entries").arg(loc.toString(m_model->rowCount()), loc.toString(m_model->totalCount())));
}

void DecisionLogPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by item, who, action or reason"));
    m_model->retranslate();
    updateCount();
}

void DecisionLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace slimplan
