#include "models/trackingmodel.h"

#include <QFont>


namespace slimplan {

QColor overdueColor() { return QColor(0xb7, 0x1c, 0x1c); }
QColor overdueBackground() { return QColor(0xfd, 0xe8, 0xe8); }

TrackingModel::TrackingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrackingModel::setProgress(const TrackingProgress &progress)
{
    beginResetModel();
    m_units = progress.units;
    rebuildRows();
    endResetModel();
}

void TrackingModel::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    beginResetModel();
    m_overdueOnly = on;
    rebuildRows();
    endResetModel();
}

void TrackingModel::rebuildRows()
{
    m_shown.clear();
    m_shown.reserve(m_units.size());
    for (std::size_t i = 0; i < m_units.size(); ++i)
        if (!m_overdueOnly || m_units[i].overdue > 0)
            m_shown.push_back(int(i));
}

int TrackingModel::rowOf(const QString &owner) const
{
    for (std::size_t r = 0; r < m_shown.size(); ++r)
        if (m_units[std::size_t(m_shown[r])].owner == owner)
            return int(r);
    return -1;
}

const UnitProgress *TrackingModel::unitAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_shown.size())
        return nullptr;
    return &m_units[std::size_t(m_shown[std::size_t(row)])];
}

void TrackingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_shown.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrackingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TrackingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TrackingModel::valueOf(const UnitProgress &u, int column) const
{
    if (column == ActionsColumn)
        return u.actions();
    if (column == OverdueColumn)
        return u.overdue;
    return u.states[std::size_t(column - PlannedColumn)];
}

QVariant TrackingModel::data(const QModelIndex &index, int role) const
{
    const UnitProgress *u = unitAt(index.row());
    if (!u || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    const bool overdueCell = column == OverdueColumn && u->overdue > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == OwnerColumn)
            return u->owner.isEmpty() ? tr("(no owner)") : u->owner;
        return valueOf(*u, column);
    case SortRole:
        if (column == OwnerColumn)
            return u->owner;
        return valueOf(*u, column);
    case OwnerRole:
        return u->owner;
    case Qt::TextAlignmentRole:
        return column == OwnerColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (overdueCell || (column == OwnerColumn && u->overdue > 0))
            return overdueColor();
        return {};
    case Qt::BackgroundRole:
        return overdueCell ? QVariant(overdueBackground()) : QVariant();
    case Qt::FontRole:
        if (overdueCell) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (u->overdue > 0)
            return tr("%n action(s) past their deadline and not done.", nullptr, u->overdue);
        return {};
    default:
        return {};
    }
}

QVariant TrackingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == OwnerColumn)
        return tr("Unit");
    if (section == ActionsColumn)
        return tr("Actions");
    if (section == OverdueColumn)
        return tr("Overdue");
    if (section >= PlannedColumn && section < OverdueColumn)
        return trackingStateLabel(TrackingState(section - PlannedColumn));
    return {};
}

} // namespace slimplan
