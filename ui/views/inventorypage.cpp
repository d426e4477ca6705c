#include "views/inventorypage.h"

#include "dialogs/bulkdecisiondialog.h"
#include "document.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "policy/rulecatalog.h"
#include "report/overview.h"
#include "settings.h"
#include "util/i18n.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace slimplan {

InventoryPage::InventoryPage(ItemTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ItemFilterProxy(model, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_check(new QCheckBox(this))
    , m_chip(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120); // room for the needs-checking box on a 1366 px laptop
    // Long entries ("Leaving the count (merge, migrate, shut down)", rule names) must not widen
    // the bar past a laptop screen: the boxes are sized for a short text and their lists for the
    // longest entry.
    for (QComboBox *c : {m_kind, m_level, m_action, m_rule}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_action || c == m_rule ? 10 : 6);
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind);
    bar->addWidget(m_level);
    bar->addWidget(m_action);
    bar->addWidget(m_rule);
    bar->addWidget(m_check);
    bar->addWidget(m_chip);
    bar->addWidget(m_count, 1, Qt::AlignRight);
    m_chip->setObjectName(QStringLiteral("filterChip"));
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setAutoRaise(false);
    m_chip->hide();
    connect(m_chip, &QToolButton::clicked, this, [this] {
        m_owner.clear();
        m_needsCheck = 0;
        updateChip();
        applyFilter();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    // Tab walks the bar left to right, then into the table (the table is made first).
    QWidget *const order[] = {m_search, m_kind, m_level, m_action, m_rule, m_check, m_chip, m_table};
    for (std::size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {130, 160, 105, 90, 180, 65, 100, 70, 70, 90, 90, 100, 120, 70, 105, 70, 300};
    static_assert(std::size(widths) == ItemTableModel::ColumnCount);
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    for (int c : {ItemTableModel::IdColumn, ItemTableModel::PlatformColumn, ItemTableModel::ActiveUsersColumn,
                  ItemTableModel::CostColumn, ItemTableModel::TargetColumn, ItemTableModel::RegionColumn})
        m_table->setColumnHidden(c, true);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &InventoryPage::showColumnMenu);
    BulkDecisionDialog::installContextMenu(m_table, m_proxy, m_model.document());
    restoreHeader();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // typing does not refilter a million rows per key
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InventoryPage::applyFilter);
    for (QComboBox *c : {m_kind, m_level, m_action, m_rule})
        connect(c, &QComboBox::activated, this, &InventoryPage::applyFilter);
    m_check->setObjectName(QStringLiteral("needsCheckBox"));
    // Reached by its mnemonic (Alt+K where the platform has mnemonics) or the mouse; Tab walks
    // the search box, the four filters and the table.
    m_check->setFocusPolicy(Qt::ClickFocus);
    connect(m_check, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit itemSelected(m_proxy->sourceRow(current.row()));
            });
    retranslateUi();
}

void InventoryPage::fillCombos()
{
    const auto refill = [](QComboBox *box, const QString &all, const QList<QPair<QString, QVariant>> &items) {
        const QVariant keep = box->currentData();
        box->clear();
        box->addItem(all, QVariant());
        for (const auto &p : items)
            box->addItem(p.first, p.second);
        const int i = box->findData(keep);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    QList<QPair<QString, QVariant>> kinds, levels, actions, rules;
    for (int k = 0; k < kKindCount; ++k)
        kinds.append({kindLabel(Kind(k)), k});
    for (int l = 0; l < kLevelCount; ++l)
        levels.append({levelLabel(Level(l)), l});
    // The action combo holds actionBit() masks: one action, or the sets the overview links to.
    for (int a = 0; a < kActionCount; ++a)
        actions.append({actionLabel(Action(a)), int(actionBit(Action(a)))});
    actions.append({tr("Any change (not keep)"), int(kChangingActions)});
    actions.append({tr("Leaving the count (merge, migrate, shut down)"), int(kLeavingActions)});
    actions.append({tr("Staying (keep, rectify)"), int(kStayingActions)});
    const bool zh = isChinese();
    for (const RuleInfo &r : ruleCatalog())
        rules.append({ruleLabel(r.id, zh), r.id});
    refill(m_kind, tr("All kinds"), kinds);
    refill(m_level, tr("All levels"), levels);
    refill(m_action, tr("All actions"), actions);
    refill(m_rule, tr("All rules"), rules);
    for (QComboBox *c : {m_kind, m_level, m_action, m_rule})
        c->view()->setMinimumWidth(c->view()->sizeHintForColumn(0) + 24);
}

void InventoryPage::applyFilter()
{
    ItemFilter f = m_proxy->filter();
    f.text = m_search->text().trimmed();
    f.regionPrefix = m_region;
    f.kind = m_kind->currentData().isValid() ? std::optional<Kind>(Kind(m_kind->currentData().toInt())) : std::nullopt;
    f.level = m_level->currentData().isValid() ? std::optional<Level>(Level(m_level->currentData().toInt())) : std::nullopt;
    const int mask = m_action->currentData().isValid() ? m_action->currentData().toInt() : 0;
    // One action stays `action` (as before); a set of actions is a mask.
    f.action = std::nullopt;
    f.actionMask = 0;
    for (int a = 0; a < kActionCount; ++a)
        if (mask == actionBit(Action(a)))
            f.action = Action(a);
    if (!f.action)
        f.actionMask = quint8(mask);
    f.rule = m_rule->currentData().toString();
    f.owner = m_owner;
    f.needsCheck = m_check->isChecked() ? kAllChecks : quint8(m_needsCheck);
    m_proxy->setFilter(f);
    updateCount();
}

void InventoryPage::setRegionFilter(const QString &prefix)
{
    m_region = prefix;
    applyFilter();
}

void InventoryPage::selectRow(int row)
{
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    if (m_proxy->proxyRow(row) < 0) {
        // Hidden by a filter: show everything rather than silently select nothing.
        clearFilters();
        applyFilter();
        m_proxy->waitForFinished();
    }
    const int p = m_proxy->proxyRow(row);
    if (p < 0)
        return;
    if (currentRow() == row)
        return;
    const QModelIndex idx = m_proxy->index(p, ItemTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

void InventoryPage::clearFilters()
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_searchTimer->stop();
    for (QComboBox *c : {m_kind, m_level, m_action, m_rule})
        c->setCurrentIndex(0);
    m_region.clear();
    m_owner.clear();
    m_needsCheck = 0;
    m_check->blockSignals(true);
    m_check->setChecked(false);
    m_check->blockSignals(false);
    updateChip();
}

void InventoryPage::setFilter(const ItemFilter &filter)
{
    clearFilters();
    m_search->blockSignals(true);
    m_search->setText(filter.text);
    m_search->blockSignals(false);
    m_region = filter.regionPrefix;
    const auto pick = [](QComboBox *box, const QVariant &data) {
        const int i = data.isValid() ? box->findData(data) : 0;
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    pick(m_kind, filter.kind ? QVariant(int(*filter.kind)) : QVariant());
    pick(m_level, filter.level ? QVariant(int(*filter.level)) : QVariant());
    int mask = filter.actionMask;
    if (filter.action)
        mask = mask ? (mask & actionBit(*filter.action)) : actionBit(*filter.action);
    if (mask && m_action->findData(mask) < 0) {
        // A set the combo does not list: add it, named by its actions.
        QStringList names;
        for (int a = 0; a < kActionCount; ++a)
            if (mask & actionBit(Action(a)))
                names << actionLabel(Action(a));
        m_action->addItem(names.join(QStringLiteral(", ")), mask);
    }
    pick(m_action, mask ? QVariant(mask) : QVariant());
    if (!filter.rule.isEmpty() && m_rule->findData(filter.rule) < 0)
        m_rule->addItem(filter.rule, filter.rule); // a rule id the catalogue does not know
    pick(m_rule, filter.rule.isEmpty() ? QVariant() : QVariant(filter.rule));
    m_owner = filter.owner;
    m_needsCheck = filter.needsCheck;
    updateChip();
    applyFilter(); // onlyRecommendations has no control here and stays as the page has it
}

void InventoryPage::updateChip()
{
    QStringList parts;
    if (!m_owner.isEmpty())
        parts << tr("Unit: %1").arg(m_owner);
    if (m_needsCheck) {
        parts << ((m_needsCheck & kAllChecks) == kAllChecks ? tr("Needs checking")
                  : (m_needsCheck == checkBit(CheckFlag::LowConfidence)) ? tr("Low confidence")
                                                                         : tr("Missing data"));
    }
    m_chip->setVisible(!parts.isEmpty());
    m_chip->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral("  ✕"));
    m_chip->setToolTip(tr("Remove this filter"));
}

int InventoryPage::currentRow() const
{
    const QModelIndex cur = m_table->selectionModel()->currentIndex();
    return cur.isValid() ? m_proxy->sourceRow(cur.row()) : -1;
}

void InventoryPage::decideSelection()
{
    BulkDecisionDialog::decide(m_model.document(), *m_table, *m_proxy, window());
}

void InventoryPage::revertSelection()
{
    BulkDecisionDialog::revert(m_model.document(), *m_table, *m_proxy);
}

void InventoryPage::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(ItemTableModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != ItemTableModel::NameColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void InventoryPage::updateCount()
{
    m_count->setText(tr("%1 of %2 items")
                         .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model.rowCount())));
}

void InventoryPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, owner or ID (Ctrl+F)"));
    m_check->setText(tr("Needs chec&king"));
    m_check->setToolTip(tr("Only items missing facts the rules read, or recommended with low confidence and not yet decided"));
    fillCombos();
    updateChip();
    updateCount();
}

void InventoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The header's state (order, widths, hidden columns, sort) is kept with the column count it was
// saved for: a state from a version with other columns is ignored rather than misapplied.
void InventoryPage::saveHeader() const
{
    Settings::setTableHeaderState(QByteArray::number(ItemTableModel::ColumnCount) + ':'
                                  + m_table->horizontalHeader()->saveState());
}

void InventoryPage::restoreHeader()
{
    const QByteArray saved = Settings::tableHeaderState();
    const qsizetype colon = saved.indexOf(':');
    if (colon <= 0 || saved.left(colon).toInt() != ItemTableModel::ColumnCount)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(saved.mid(colon + 1)))
        return;
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < ItemTableModel::ColumnCount)
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace slimplan
