#include "dialogs/returndiffview.h"

#include "model/inventory.h"

#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slimplan {

namespace {

const QColor kRed(0xb0, 0x20, 0x20);
const QColor kGreen(0x1e, 0x7b, 0x34);
const QColor kAmber(0x99, 0x66, 0x00);

QString nameOf(const Inventory &inv, const QString &id, const QString &fallback = {})
{
    const int at = inv.indexOf(id);
    const QString name = at >= 0 ? inv.at(at).name : fallback;
    return name.isEmpty() ? id : ReturnDiffView::tr("%1 (%2)").arg(name, id);
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &text, const QColor &colour = {})
{
    auto *item = new QTreeWidgetItem(parent, {text});
    if (colour.isValid())
        item->setForeground(ReturnDiffView::NameColumn, colour);
    return item;
}

// "… and N more" when a list is cut at kMaxListed.
void addRest(QTreeWidgetItem *parent, std::size_t total)
{
    if (total > std::size_t(ReturnDiffView::kMaxListed))
        child(parent, ReturnDiffView::tr("… and %n more", nullptr, int(total - ReturnDiffView::kMaxListed)));
}

} // namespace

ReturnDiffView::ReturnDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = NewColumn; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void ReturnDiffView::clear()
{
    m_tree->clear();
    m_summaryText.clear();
    m_summary->clear();
}

void ReturnDiffView::setDiff(const ReturnDiff &diff, const Inventory &project, const Inventory &incoming)
{
    m_tree->clear();
    for (const UnitDiff &u : diff.units)
        addUnit(u, project, incoming);
    m_summaryText = diff.isEmpty()
        ? tr("The files return no unit's items: nothing in the project would change.")
        : tr("%n units returned: ", nullptr, int(diff.units.size()))
              + tr("%1 new items, %2 changed, %3 unchanged, %4 no longer listed (they are kept and marked "
                   "\"reported gone\"). Nothing changes until you click Import.")
                    .arg(diff.addedCount()).arg(diff.changedCount()).arg(diff.unchangedCount()).arg(diff.goneCount());
    m_summary->setText(m_summaryText);
    if (m_tree->topLevelItemCount() == 1)
        m_tree->expandToDepth(0);
}

void ReturnDiffView::addUnit(const UnitDiff &unit, const Inventory &project, const Inventory &incoming)
{
    auto *row = new QTreeWidgetItem(m_tree);
    row->setText(NameColumn, unit.owner.isEmpty() ? tr("(unit not named)") : unit.owner);
    row->setData(NameColumn, Qt::UserRole, unit.owner);
    row->setText(NewColumn, QString::number(unit.added.size()));
    row->setText(ChangedColumn, QString::number(unit.changed.size()));
    row->setText(UnchangedColumn, QString::number(unit.unchanged.size()));
    row->setText(GoneColumn, QString::number(unit.gone.size()));
    for (int c = NewColumn; c < ColumnCount; ++c)
        row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    row->setToolTip(NameColumn, unit.files.join(QLatin1Char('\n')));
    if (unit.rowErrors > 0)
        child(row, tr("%n rows of this return were refused with errors: items on them may show as gone.",
                      nullptr, unit.rowErrors), kRed);
    for (std::size_t i = 0; i < unit.added.size() && i < std::size_t(kMaxListed); ++i)
        child(row, tr("new: %1").arg(nameOf(incoming, unit.added[i])), kGreen);
    addRest(row, unit.added.size());
    for (std::size_t i = 0; i < unit.changed.size() && i < std::size_t(kMaxListed); ++i) {
        const ItemChange &c = unit.changed[i];
        QTreeWidgetItem *item = child(row, tr("changed: %1").arg(nameOf(project, c.id, c.name)), kAmber);
        for (const FieldChange &f : c.fields)
            child(item, ReturnDiffText::changeLine(f));
    }
    addRest(row, unit.changed.size());
    for (std::size_t i = 0; i < unit.gone.size() && i < std::size_t(kMaxListed); ++i)
        child(row, tr("gone: %1").arg(nameOf(project, unit.gone[i])), kRed);
    addRest(row, unit.gone.size());
}

QTreeWidgetItem *ReturnDiffView::unitRow(const QString &owner) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == owner)
            return m_tree->topLevelItem(i);
    return nullptr;
}

void ReturnDiffView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Unit / item"), tr("New"), tr("Changed"), tr("Unchanged"), tr("Gone")});
}

void ReturnDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace slimplan
