#include "models/familyfilterproxy.h"

#include "models/familymodel.h"

namespace slimplan {

FamilyFilterProxy::FamilyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FamilyModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FamilyFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void FamilyFilterProxy::setRegionPrefix(const QString &prefix)
{
    if (prefix == m_region)
        return;
    m_region = prefix;
    invalidateFilter();
}

int FamilyFilterProxy::proxyRowOf(int family) const
{
    if (!sourceModel() || family < 0 || family >= sourceModel()->rowCount())
        return -1;
    return mapFromSource(sourceModel()->index(family, 0)).row();
}

bool FamilyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, FamilyModel::SurvivorColumn, sourceParent);
    if (!m_region.isEmpty() && !first.data(FamilyModel::RegionRole).toString().startsWith(m_region))
        return false;
    if (m_text.isEmpty())
        return true;
    // The tooltip names survivor, kind and owner: one text to search without another role.
    return first.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || first.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool FamilyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto value = [m](const QModelIndex &i, int column) {
        return m->index(i.row(), column).data(FamilyModel::SortRole);
    };
    const int column = left.column();
    if (column == FamilyModel::SurvivorColumn) {
        const int c = QString::compare(value(left, column).toString(), value(right, column).toString(),
                                       Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else {
        const double a = value(left, column).toDouble(), b = value(right, column).toDouble();
        if (a != b)
            return a < b;
    }
    // Ties: size, then saving, then the plan's order (the lower index counts as larger, so that
    // a descending sort lists it first).
    for (int tie : {int(FamilyModel::SizeColumn), int(FamilyModel::SavingColumn)}) {
        const double a = value(left, tie).toDouble(), b = value(right, tie).toDouble();
        if (a != b)
            return a < b;
    }
    return left.row() > right.row();
}

} // namespace slimplan
