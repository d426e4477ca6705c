#include "models/decisionlogmodel.h"

#include "document.h"

#include <QLocale>

namespace slimplan {

DecisionLogModel::DecisionLogModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_shown(totalCount())
{
    connect(&document, &Document::decisionLogAppended, this, &DecisionLogModel::onAppended);
    connect(&document, &Document::decisionLogReset, this, &DecisionLogModel::rebuild);
    // Item names come from the inventory.
    connect(&document, &Document::inventoryReplaced, this, &DecisionLogModel::rebuild);
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filtered ? int(m_matches.size()) : m_shown;
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DecisionLogModel::totalCount() const
{
    return int(m_document.decisionLog().size());
}

int DecisionLogModel::logIndex(int row) const
{
    const int n = rowCount();
    if (row < 0 || row >= n)
        return -1;
    return m_filtered ? m_matches[std::size_t(n - 1 - row)] : n - 1 - row;
}

const DecisionLogEntry &DecisionLogModel::entry(int row) const
{
    return m_document.decisionLog()[std::size_t(logIndex(row))];
}

QString DecisionLogModel::kindLabel(DecisionLogEntry::Kind kind)
{
    switch (kind) {
    case DecisionLogEntry::Kind::Decide:
        return tr("Decision");
    case DecisionLogEntry::Kind::Revert:
        return tr("Revert");
    case DecisionLogEntry::Kind::Undo:
        return tr("Undo");
    case DecisionLogEntry::Kind::Redo:
        return tr("Redo");
    case DecisionLogEntry::Kind::Imported:
        return tr("Imported");
    }
    return QString();
}

QString DecisionLogModel::decisionText(const std::optional<Action> &action, const QString &target) const
{
    if (!action)
        return tr("Recommendation");
    if (target.isEmpty() || (*action != Action::Merge && *action != Action::Migrate))
        return actionLabel(*action);
    const Inventory &inv = m_document.inventory();
    const int t = inv.indexOf(target);
    const QString where = t >= 0 ? inv.at(t).name : target;
    return *action == Action::Merge ? tr("Merge into %1").arg(where) : tr("Migrate to %1").arg(where);
}

QString DecisionLogModel::itemName(const DecisionLogEntry &e) const
{
    const int row = m_document.inventory().indexOf(e.itemId);
    return row >= 0 ? m_document.inventory().at(row).name : e.itemId;
}

QString DecisionLogModel::cellText(const DecisionLogEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return e.when.isValid() ? e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case WhoColumn:
        return e.who;
    case ItemColumn:
        return itemName(e);
    case ChangeColumn:
        return decisionText(e.oldAction, e.oldTarget) + QStringLiteral(" → ") + decisionText(e.newAction, e.newTarget);
    case ReasonColumn:
        return e.reason;
    case KindColumn:
        return kindLabel(e.kind);
    case ScenarioColumn:
        return e.scenario.isEmpty() ? tr("Baseline plan") : e.scenario;
    default:
        return QString();
    }
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    const int at = index.isValid() ? logIndex(index.row()) : -1;
    if (at < 0 || std::size_t(at) >= m_document.decisionLog().size())
        return {};
    const DecisionLogEntry &e = m_document.decisionLog()[std::size_t(at)];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn)
            return e.itemId;
        if (index.column() == ReasonColumn || index.column() == ChangeColumn)
            return cellText(e, index.column());
        return {};
    case ItemRowRole:
        return m_document.inventory().indexOf(e.itemId);
    case LogIndexRole:
        return at;
    default:
        return {};
    }
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case ItemColumn:
        return tr("Item");
    case ChangeColumn:
        return tr("Old → new");
    case ReasonColumn:
        return tr("Reason");
    case KindColumn:
        return tr("Kind");
    case ScenarioColumn:
        return tr("Scenario");
    default:
        return {};
    }
}

bool DecisionLogModel::matches(const DecisionLogEntry &e) const
{
    if (e.itemId.contains(m_filter, Qt::CaseInsensitive))
        return true;
    for (int c = 0; c < ColumnCount; ++c)
        if (cellText(e, c).contains(m_filter, Qt::CaseInsensitive))
            return true;
    return false;
}

void DecisionLogModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    rebuild();
}

void DecisionLogModel::rebuild()
{
    beginResetModel();
    m_filtered = !m_filter.isEmpty();
    m_matches.clear();
    m_shown = totalCount();
    if (m_filtered) {
        const std::vector<DecisionLogEntry> &log = m_document.decisionLog();
        for (std::size_t i = 0; i < log.size(); ++i)
            if (matches(log[i]))
                m_matches.push_back(int(i));
    }
    endResetModel();
}

// Appended entries are the newest: they go on top.
void DecisionLogModel::onAppended(int first, int count)
{
    const std::vector<DecisionLogEntry> &log = m_document.decisionLog();
    if (first < 0 || count <= 0 || std::size_t(first) + std::size_t(count) > log.size()) {
        rebuild(); // not what the signal promises: start again rather than show a wrong row
        return;
    }
    if (!m_filtered) {
        if (first != m_shown) {
            rebuild();
            return;
        }
        beginInsertRows(QModelIndex(), 0, count - 1);
        m_shown += count;
        endInsertRows();
        return;
    }
    std::vector<int> fresh;
    for (int i = first; i < first + count; ++i)
        if (matches(log[std::size_t(i)]))
            fresh.push_back(i);
    if (fresh.empty())
        return;
    beginInsertRows(QModelIndex(), 0, int(fresh.size()) - 1);
    m_matches.insert(m_matches.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void DecisionLogModel::retranslate()
{
    rebuild(); // the filter matched translated labels
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace slimplan
