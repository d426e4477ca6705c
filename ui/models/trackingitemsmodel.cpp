#include "models/trackingitemsmodel.h"

#include "document.h"
#include "models/trackingmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace slimplan {

TrackingItemsModel::TrackingItemsModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

void TrackingItemsModel::setItems(const TrackingProgress &progress, const QString &owner)
{
    beginResetModel();
    m_owner = owner;
    m_items.clear();
    const Inventory &inv = m_document.inventory();
    for (const ItemProgress &p : progress.items)
        if (p.row >= 0 && p.row < inv.size() && trackingUnitOf(inv.at(p.row)) == owner)
            m_items.push_back(p);
    endResetModel();
}

void TrackingItemsModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_owner.clear();
    endResetModel();
}

const ItemProgress *TrackingItemsModel::itemAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_items.size() ? &m_items[std::size_t(row)] : nullptr;
}

int TrackingItemsModel::rowOfItem(int inventoryRow) const
{
    for (std::size_t r = 0; r < m_items.size(); ++r)
        if (m_items[r].row == inventoryRow)
            return int(r);
    return -1;
}

void TrackingItemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrackingItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TrackingItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackingItemsModel::display(const ItemProgress &p, int column) const
{
    const Item &it = m_document.inventory().at(p.row);
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
    };
    switch (column) {
    case IdColumn: return it.id;
    case NameColumn: return it.name;
    case KindColumn: return kindLabel(it.kind);
    case ActionColumn: return actionLabel(m_document.plan().decisions[std::size_t(p.row)].action);
    case StateColumn: return trackingStateLabel(p.status.state);
    case DeadlineColumn: return date(p.status.deadline);
    case DateColumn: return date(p.status.date);
    case NoteColumn: return p.status.note;
    default: return {};
    }
}

QVariant TrackingItemsModel::sortValue(const ItemProgress &p, int column) const
{
    switch (column) {
    case StateColumn: return int(p.status.state);
    // Unknown dates sort last.
    case DeadlineColumn: return p.status.deadline.isValid() ? p.status.deadline : QDate(9999, 12, 31);
    case DateColumn: return p.status.date.isValid() ? p.status.date : QDate(9999, 12, 31);
    case ActionColumn: return int(m_document.plan().decisions[std::size_t(p.row)].action);
    default: return display(p, column);
    }
}

QString TrackingItemsModel::toolTip(const ItemProgress &p, int column) const
{
    QStringList lines;
    if (p.stillPresent)
        lines << tr("Marked %1, but a later snapshot still holds this item: check that it was really closed.")
                     .arg(trackingStateLabel(p.status.state));
    if (p.overdue)
        lines << tr("Overdue: the deadline %1 has passed and the action is not done.")
                     .arg(QLocale().toString(p.status.deadline, QLocale::ShortFormat));
    if (column == NoteColumn && !p.status.note.isEmpty())
        lines << p.status.note;
    return lines.join(QLatin1Char('\n'));
}

QVariant TrackingItemsModel::data(const QModelIndex &index, int role) const
{
    const ItemProgress *p = itemAt(index.row());
    if (!p || index.column() < 0 || index.column() >= ColumnCount || p->row >= m_document.rowCount()
        || std::size_t(p->row) >= m_document.plan().decisions.size())
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*p, index.column());
    case SortRole: return sortValue(*p, index.column());
    case RowRole: return p->row;
    case OverdueRole: return p->overdue;
    case StillPresentRole: return p->stillPresent;
    case Qt::ForegroundRole: return p->overdue ? QVariant(overdueColor()) : QVariant();
    case Qt::BackgroundRole: return p->overdue ? QVariant(overdueBackground()) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StateColumn && p->stillPresent)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*p, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default: return {};
    }
}

QVariant TrackingItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case ActionColumn: return tr("Action");
    case StateColumn: return tr("State");
    case DeadlineColumn: return tr("Deadline");
    case DateColumn: return tr("Date");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace slimplan
