#include "dialogs/bulkdecisiondialog.h"

#include "actioncolors.h"
#include "commands/bulkoverridecommand.h"
#include "dialogs/overridedialog.h"
#include "document.h"
#include "models/itemfilterproxy.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace slimplan {

namespace {
// Offered targets beyond the provincial platforms: the rows' own recommended targets, a few.
constexpr int kMaxOfferedTargets = 20;

bool needsTarget(Action a)
{
    return a == Action::Merge || a == Action::Migrate;
}
} // namespace

BulkDecisionDialog::BulkDecisionDialog(const Document &document, std::vector<int> selected,
                                       std::vector<int> filtered, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selected(std::move(selected))
    , m_filtered(std::move(filtered))
    , m_useSelection(new QRadioButton(this))
    , m_useFilter(new QRadioButton(this))
    , m_count(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("BulkDecisionDialog"));
    setWindowTitle(tr("Set Action for Selection"));
    m_useSelection->setText(tr("The %n selected item(s)", nullptr, int(m_selected.size())));
    m_useFilter->setText(tr("All %n item(s) the filter shows", nullptr, int(m_filtered.size())));
    m_useSelection->setEnabled(!m_selected.empty());
    (m_selected.empty() ? m_useFilter : m_useSelection)->setChecked(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_count->setObjectName(QStringLiteral("count"));
    m_action->setObjectName(QStringLiteral("action"));
    m_target->setObjectName(QStringLiteral("target"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_useSelection->setObjectName(QStringLiteral("useSelection"));
    m_useFilter->setObjectName(QStringLiteral("useFilter"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useSelection);
    layout->addWidget(m_useFilter);
    layout->addWidget(m_count);
    auto *form = new QFormLayout;
    for (int a = 0; a < kActionCount; ++a) {
        QPixmap swatch(12, 12);
        swatch.fill(actionColor(Action(a)));
        m_action->addItem(QIcon(swatch), actionLabel(Action(a)), a);
    }
    m_action->setCurrentIndex(int(Action::Keep));
    form->addRow(tr("&Action:"), m_action);
    m_target->setEditable(true);
    fillTargets();
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Reason (required):"), m_reason);
    m_reason->setPlaceholderText(tr("Why these items get this action, for the report"));
    m_reason->setTabChangesFocus(true);
    layout->addLayout(form);
    m_hint->setStyleSheet(QStringLiteral("color:#a33"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BulkDecisionDialog::updateState);
    connect(m_target, &QComboBox::editTextChanged, this, &BulkDecisionDialog::updateState);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkDecisionDialog::updateState);
    connect(m_useSelection, &QRadioButton::toggled, this, &BulkDecisionDialog::updateState);
    resize(500, 360);
    updateState();
}

// The selection's own recommended targets first (folding a family by hand), then the
// provincial platforms of the profile; any other text may be typed.
void BulkDecisionDialog::fillTargets()
{
    m_target->addItem(QString(), QString());
    const Inventory &inv = m_document.inventory();
    QSet<QString> offered;
    for (int row : m_selected) {
        if (offered.size() >= kMaxOfferedTargets)
            break;
        const QString target = m_document.recommendedTarget(row);
        if (target.isEmpty() || offered.contains(target))
            continue;
        offered.insert(target);
        const int t = inv.indexOf(target);
        m_target->addItem(t >= 0 ? inv.at(t).name : target, target);
    }
    for (const QString &platform : {m_document.profile().provincialPlatform, m_document.profile().provincialApp})
        if (!platform.isEmpty() && !offered.contains(platform))
            m_target->addItem(platform, platform);
}

BulkDecisionDialog::Scope BulkDecisionDialog::scope() const
{
    return m_useSelection->isChecked() ? Scope::Selection : Scope::Filtered;
}

void BulkDecisionDialog::setScope(Scope scope)
{
    (scope == Scope::Selection ? m_useSelection : m_useFilter)->setChecked(true);
}

const std::vector<int> &BulkDecisionDialog::rows() const
{
    return scope() == Scope::Selection ? m_selected : m_filtered;
}

Override BulkDecisionDialog::decision() const
{
    Override o;
    o.action = Action(m_action->currentData().toInt());
    if (needsTarget(o.action))
        o.target = OverrideDialog::chosenTarget(*m_target);
    o.reason = m_reason->toPlainText().trimmed();
    o.who = Settings::userName();
    o.when = QDateTime::currentDateTime();
    return o;
}

void BulkDecisionDialog::setAction(Action action) { m_action->setCurrentIndex(int(action)); }
void BulkDecisionDialog::setTarget(const QString &target) { m_target->setEditText(target); }
void BulkDecisionDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }

QString BulkDecisionDialog::problem() const
{
    const std::vector<int> &chosen = rows();
    if (chosen.empty())
        return tr("No items to decide on: select rows in the table, or choose the rows the filter shows.");
    const Override o = decision();
    if (needsTarget(o.action)) {
        if (o.target.isEmpty())
            return tr("Merge and migrate need a target: the item or platform the items go into.");
        const int t = m_document.inventory().indexOf(o.target);
        if (t >= 0 && std::find(chosen.begin(), chosen.end(), t) != chosen.end())
            return tr("The target is one of these items: an item cannot merge or migrate into itself.");
    }
    if (o.reason.isEmpty())
        return tr("A reason is required.");
    return {};
}

bool BulkDecisionDialog::canAccept() const
{
    return problem().isEmpty();
}

QString BulkDecisionDialog::countText() const
{
    return m_count->text();
}

void BulkDecisionDialog::updateState()
{
    m_target->setEnabled(needsTarget(Action(m_action->currentData().toInt())));
    m_count->setText(tr("%n item(s)", nullptr, int(rows().size())));
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_hint->setText(why);
}

std::vector<int> BulkDecisionDialog::selectedRows(const QTableView &table, const ItemFilterProxy &proxy)
{
    std::vector<int> rows;
    const QItemSelectionModel *selection = table.selectionModel();
    if (!selection)
        return rows;
    // By ranges: a select-all over a million rows is one range, not a million indexes.
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int p = range.top(); p <= range.bottom(); ++p) {
            const int row = proxy.sourceRow(p);
            if (row >= 0)
                rows.push_back(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

std::vector<int> BulkDecisionDialog::filteredRows(ItemFilterProxy &proxy)
{
    proxy.waitForFinished();
    std::vector<int> rows;
    const int n = proxy.rowCount();
    rows.reserve(std::size_t(n));
    for (int p = 0; p < n; ++p)
        rows.push_back(proxy.sourceRow(p));
    return rows;
}

bool BulkDecisionDialog::decide(Document &document, const QTableView &table, ItemFilterProxy &proxy,
                                QWidget *parent)
{
    if (document.isLocked() || document.isEmpty())
        return false;
    BulkDecisionDialog dialog(document, selectedRows(table, proxy), filteredRows(proxy), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.canAccept())
        return false;
    document.undoStack()->push(new BulkOverrideCommand(document, dialog.rows(), dialog.decision()));
    return true;
}

bool BulkDecisionDialog::revert(Document &document, const QTableView &table, const ItemFilterProxy &proxy)
{
    if (document.isLocked())
        return false;
    std::vector<int> rows = selectedRows(table, proxy);
    std::erase_if(rows, [&document](int row) { return !document.overrideFor(row); });
    if (rows.empty())
        return false;
    document.undoStack()->push(new BulkOverrideCommand(document, std::move(rows), std::nullopt));
    return true;
}

void BulkDecisionDialog::installContextMenu(QTableView *table, ItemFilterProxy *proxy, Document &document)
{
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table, proxy, &document](const QPoint &pos) {
        const std::vector<int> rows = selectedRows(*table, *proxy);
        const bool editable = !document.isLocked() && !document.isEmpty();
        QMenu menu(table);
        QAction *decideAction = menu.addAction(tr("Set Action for &Selection…"));
        decideAction->setEnabled(editable);
        QAction *revertAction = menu.addAction(tr("Re&vert Selection to Recommendation"));
        revertAction->setEnabled(editable && std::any_of(rows.begin(), rows.end(), [&document](int row) {
                                     return document.overrideFor(row) != nullptr;
                                 }));
        QAction *chosen = menu.exec(table->viewport()->mapToGlobal(pos));
        if (chosen == decideAction)
            decide(document, *table, *proxy, table->window());
        else if (chosen == revertAction)
            revert(document, *table, *proxy);
    });
}

} // namespace slimplan
