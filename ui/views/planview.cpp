#include "views/planview.h"

#include "dialogs/bulkdecisiondialog.h"
#include "dialogs/overridedialog.h"
#include "document.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slimplan {

PlanView::PlanView(ItemTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_document(model.document())
    , m_proxy(new ItemFilterProxy(model, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_override(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    ItemFilter f;
    f.onlyRecommendations = true;
    m_proxy->setFilter(f);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // The plan view shows what matters for deciding; the inventory tab has everything.
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c) {
        switch (c) {
        case ItemTableModel::NameColumn:
        case ItemTableModel::KindColumn:
        case ItemTableModel::OwnerColumn:
        case ItemTableModel::ActionColumn:
        case ItemTableModel::TargetColumn:
        case ItemTableModel::RulesColumn:
        case ItemTableModel::StatusColumn:
        case ItemTableModel::ReasonColumn:
            break;
        default:
            m_table->setColumnHidden(c, true);
        }
    }
    m_table->setColumnWidth(ItemTableModel::NameColumn, 200);
    m_table->setColumnWidth(ItemTableModel::OwnerColumn, 160);
    m_table->setColumnWidth(ItemTableModel::KindColumn, 105);
    m_table->setColumnWidth(ItemTableModel::ActionColumn, 100);
    m_table->setColumnWidth(ItemTableModel::TargetColumn, 140);
    // Wide enough for a code and its short name ("A8 重复采集数据"); the tooltip has the rest.
    m_table->setColumnWidth(ItemTableModel::RulesColumn, 200);
    m_table->setColumnWidth(ItemTableModel::StatusColumn, 105);
    BulkDecisionDialog::installContextMenu(m_table, m_proxy, m_document);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_override);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    connect(m_accept, &QPushButton::clicked, this, &PlanView::acceptSelected);
    connect(m_override, &QPushButton::clicked, this, &PlanView::overrideSelected);
    connect(m_revert, &QPushButton::clicked, this, &PlanView::revertSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        const QModelIndex cur = m_table->selectionModel()->currentIndex();
        if (cur.isValid())
            emit itemSelected(m_proxy->sourceRow(cur.row()));
    });
    connect(m_table, &QTableView::doubleClicked, this, &PlanView::overrideSelected);
    connect(&m_document, &Document::planChanged, this, &PlanView::updateSummary);
    connect(&m_document, &Document::decisionsChanged, this, &PlanView::updateButtons);
    retranslateUi();
    updateButtons();
}

QString PlanView::summaryText() const
{
    return m_summary->text();
}

void PlanView::updateSummary()
{
    const PlanSummary &s = m_document.plan().summary;
    const QLocale loc;
    QString text = tr("<b>Before:</b> %1 items (%2 apps, %3 accounts, %4 groups) &nbsp; "
                      "<b>After:</b> %5 items (%6 apps, %7 accounts, %8 groups) &nbsp; "
                      "<b>Reduction:</b> %9 %")
                       .arg(loc.toString(s.before.total()), loc.toString(s.before.perKind[0]),
                            loc.toString(s.before.perKind[1]), loc.toString(s.before.perKind[2]),
                            loc.toString(s.after.total()), loc.toString(s.after.perKind[0]),
                            loc.toString(s.after.perKind[1]), loc.toString(s.after.perKind[2]),
                            loc.toString(s.reductionPctTotal, 'f', 1));
    if (s.annualCostSaved > 0)
        text += tr(" &nbsp; <b>Annual cost saved:</b> %1 (10k CNY)").arg(loc.toString(s.annualCostSaved, 'f', 1));
    const int overrides = int(m_document.plan().overrides.size());
    if (overrides > 0)
        text += tr(" &nbsp; <b>Decisions recorded:</b> %1").arg(overrides);
    m_summary->setText(text);
}

QList<int> PlanView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->sourceRow(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlanView::selectRow(int row)
{
    const int p = m_proxy->proxyRow(row);
    if (p < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex idx = m_proxy->index(p, ItemTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

void PlanView::acceptSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QUndoStack *stack = m_document.undoStack();
    if (rows.size() > 1)
        stack->beginMacro(tr("Accept %n recommendations", nullptr, int(rows.size())));
    for (int r : rows) {
        Override o;
        o.itemId = m_document.inventory().at(r).id;
        o.action = m_document.recommendedAction(r);
        o.target = m_document.recommendedTarget(r);
        o.reason = tr("Recommendation accepted");
        o.who = Settings::userName();
        o.when = QDateTime::currentDateTime();
        m_model.setData(m_model.index(r, ItemTableModel::ActionColumn), QVariant::fromValue(o),
                        ItemTableModel::DecisionRole);
    }
    if (rows.size() > 1)
        stack->endMacro();
}

void PlanView::overrideSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    OverrideDialog dialog(m_document, rows.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model.setData(m_model.index(rows.first(), ItemTableModel::ActionColumn),
                    QVariant::fromValue(dialog.result()), ItemTableModel::DecisionRole);
}

void PlanView::revertSelected()
{
    const QList<int> rows = selectedRows();
    QUndoStack *stack = m_document.undoStack();
    QList<int> todo;
    for (int r : rows)
        if (m_document.overrideFor(r))
            todo << r;
    if (todo.isEmpty())
        return;
    if (todo.size() > 1)
        stack->beginMacro(tr("Revert %n decisions", nullptr, int(todo.size())));
    for (int r : todo)
        m_model.setData(m_model.index(r, ItemTableModel::ActionColumn), QVariant::fromValue(Override{}),
                        ItemTableModel::DecisionRole);
    if (todo.size() > 1)
        stack->endMacro();
}

void PlanView::decideSelection()
{
    BulkDecisionDialog::decide(m_document, *m_table, *m_proxy, window());
}

void PlanView::updateButtons()
{
    const QList<int> rows = selectedRows();
    bool anyOverride = false;
    for (int r : rows)
        anyOverride = anyOverride || m_document.overrideFor(r);
    m_accept->setEnabled(!rows.isEmpty());
    m_override->setEnabled(rows.size() == 1);
    m_revert->setEnabled(anyOverride);
}

void PlanView::retranslateUi()
{
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Accept the recommendation for the selected items"));
    m_override->setText(tr("&Override…"));
    m_override->setToolTip(tr("Choose another action or target, with a reason"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Back to the recommendation"));
    updateSummary();
}

void PlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace slimplan
