#include "models/itemfilterproxy.h"

#include "document.h"
#include "models/itemtablemodel.h"
#include "report/overview.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace slimplan {

namespace {

// Everything the filter/sort reads that may change on the GUI thread while a worker runs is
// copied; the inventory and the recommendations themselves only change after aboutToReplace,
// which waits for the worker.
struct Job
{
    const Inventory *inventory = nullptr;
    const std::vector<Decision> *decisions = nullptr;
    std::vector<Action> actions;
    std::vector<QString> targets;
    std::vector<quint8> status; // 0 recommended, 1 accepted, 2 overridden
    std::vector<QString> reasons; // sorting by reason: composed once per row, in the worker
    ItemFilter filter;
    int sortColumn = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? -1 : 1; // unknown last
    if (!a)
        return 0;
    return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

int compareRows(const Job &job, int a, int b)
{
    const Item &x = job.inventory->at(a);
    const Item &y = job.inventory->at(b);
    const auto decision = [&](int r) -> const Decision * {
        return std::size_t(r) < job.decisions->size() ? &(*job.decisions)[std::size_t(r)] : nullptr;
    };
    switch (job.sortColumn) {
    case ItemTableModel::IdColumn: return x.id.compare(y.id);
    case ItemTableModel::NameColumn: return x.name.compare(y.name);
    case ItemTableModel::KindColumn: return int(x.kind) - int(y.kind);
    case ItemTableModel::PlatformColumn: return x.platform.compare(y.platform);
    case ItemTableModel::OwnerColumn: return x.owner.compare(y.owner);
    case ItemTableModel::LevelColumn: return compareOptional(x.level, y.level);
    case ItemTableModel::RegionColumn: return x.region.compare(y.region);
    case ItemTableModel::UsersColumn: return compareOptional(x.users, y.users);
    case ItemTableModel::ActiveUsersColumn: return compareOptional(x.activeUsers, y.activeUsers);
    case ItemTableModel::LastActiveColumn:
        return compareOptional(x.lastActive.isValid() ? std::optional<qint64>(x.lastActive.toJulianDay()) : std::nullopt,
                               y.lastActive.isValid() ? std::optional<qint64>(y.lastActive.toJulianDay()) : std::nullopt);
    case ItemTableModel::CostColumn: return compareOptional(x.annualCost, y.annualCost);
    case ItemTableModel::ActionColumn:
        return int(job.actions[std::size_t(a)]) - int(job.actions[std::size_t(b)]);
    case ItemTableModel::TargetColumn: return job.targets[std::size_t(a)].compare(job.targets[std::size_t(b)]);
    case ItemTableModel::StatusColumn: return int(job.status[std::size_t(a)]) - int(job.status[std::size_t(b)]);
    case ItemTableModel::RulesColumn: {
        const Decision *da = decision(a), *db = decision(b);
        return (da ? da->rules.join(QLatin1Char(',')) : QString()).compare(db ? db->rules.join(QLatin1Char(',')) : QString());
    }
    case ItemTableModel::CompletenessColumn: {
        const double cx = completeness(x), cy = completeness(y);
        return cx < cy ? -1 : (cy < cx ? 1 : 0);
    }
    case ItemTableModel::ReasonColumn:
        return job.reasons[std::size_t(a)].compare(job.reasons[std::size_t(b)]);
    }
    return 0;
}

std::vector<int> runJob(Job &job)
{
    const ItemFilter &f = job.filter;
    const int n = job.inventory->size();
    const bool regionIsCode = isDigits(f.regionPrefix);
    std::vector<int> rows;
    rows.reserve(std::size_t(n));
    for (int r = 0; r < n; ++r) {
        const Item &it = job.inventory->at(r);
        if (!f.regionPrefix.isEmpty()) {
            if (regionIsCode ? !it.region.startsWith(f.regionPrefix) : it.region != f.regionPrefix)
                continue;
        }
        if (f.kind && it.kind != *f.kind)
            continue;
        if (f.level && it.level != f.level)
            continue;
        if (f.action && job.actions[std::size_t(r)] != *f.action)
            continue;
        if (f.actionMask && !(f.actionMask & actionBit(job.actions[std::size_t(r)])))
            continue;
        if (!f.owner.isEmpty() && it.owner != f.owner)
            continue;
        const Decision *d = std::size_t(r) < job.decisions->size() ? &(*job.decisions)[std::size_t(r)] : nullptr;
        // The decision's action here is the copied one: an override may be changing the live one.
        if (f.needsCheck
            && !(checkFlags(it, job.actions[std::size_t(r)], d ? d->confidence : 1.0, job.status[std::size_t(r)] != 0)
                 & f.needsCheck))
            continue;
        if (!f.rule.isEmpty() && !(d && d->rules.contains(f.rule)))
            continue;
        if (f.onlyRecommendations && job.actions[std::size_t(r)] == Action::Keep
            && !(d && !d->rules.isEmpty()) && job.status[std::size_t(r)] != 2)
            continue;
        if (!f.text.isEmpty() && !it.name.contains(f.text, Qt::CaseInsensitive)
            && !it.owner.contains(f.text, Qt::CaseInsensitive) && !it.id.contains(f.text, Qt::CaseInsensitive))
            continue;
        rows.push_back(r);
    }
    if (job.sortColumn == ItemTableModel::ReasonColumn) {
        // Reasons are composed on demand: once per row here, not once per comparison.
        job.reasons.resize(std::size_t(n));
        for (int r : rows) {
            if (std::size_t(r) < job.decisions->size())
                job.reasons[std::size_t(r)] = (*job.decisions)[std::size_t(r)].reason(false);
        }
    }
    if (job.sortColumn >= 0) {
        const bool desc = job.order == Qt::DescendingOrder;
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = compareRows(job, a, b);
            return desc ? c > 0 : c < 0;
        });
    }
    return rows;
}

} // namespace

ItemFilterProxy::ItemFilterProxy(ItemTableModel &source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
    , m_document(source.document())
{
    QAbstractProxyModel::setSourceModel(&source);
    connect(&source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        waitForFinished();
        beginResetModel();
        m_rows.clear();
        m_inverse.clear();
    });
    connect(&source, &QAbstractItemModel::modelReset, this, [this] {
        endResetModel();
        rebuild();
    });
    connect(&source, &QAbstractItemModel::dataChanged, this, &ItemFilterProxy::onSourceDataChanged);
    connect(&source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(&m_document, &Document::aboutToReplace, this, &ItemFilterProxy::waitForFinished);
    connect(&m_document, &Document::decisionsChanged, this, [this](const QList<int> &rows) {
        if (rows.isEmpty())
            rebuild(); // re-planned: actions and rules changed everywhere
    });
    connect(&m_watcher, &QFutureWatcher<std::vector<int>>::finished, this, [this] {
        if (m_taken || m_watcher.future().isCanceled())
            return;
        apply(m_watcher.result());
        emit busyChanged(false);
        if (m_pending) {
            m_pending = false;
            rebuild();
        }
    });
    rebuild();
}

ItemFilterProxy::~ItemFilterProxy()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ItemFilterProxy::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void ItemFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

void ItemFilterProxy::rebuild()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const int n = m_document.rowCount();
    auto job = std::make_shared<Job>();
    job->inventory = &m_document.inventory();
    job->decisions = &m_document.plan().decisions;
    job->filter = m_filter;
    job->sortColumn = m_sortColumn;
    job->order = m_sortOrder;
    job->actions.resize(std::size_t(n));
    job->status.resize(std::size_t(n));
    const auto &decisions = m_document.plan().decisions;
    for (int r = 0; r < n; ++r)
        job->actions[std::size_t(r)] = std::size_t(r) < decisions.size() ? decisions[std::size_t(r)].action : Action::Keep;
    if (!m_document.plan().overrides.empty()) {
        for (int r = 0; r < n; ++r)
            job->status[std::size_t(r)] = m_document.isOverridden(r) ? 2 : (m_document.isAccepted(r) ? 1 : 0);
    }
    if (m_sortColumn == ItemTableModel::TargetColumn) {
        job->targets.resize(std::size_t(n));
        for (int r = 0; r < n && std::size_t(r) < decisions.size(); ++r)
            job->targets[std::size_t(r)] = decisions[std::size_t(r)].target;
    }
    if (n <= kSyncLimit) {
        apply(runJob(*job));
        return;
    }
    emit busyChanged(true);
    m_taken = false;
    m_watcher.setFuture(QtConcurrent::run([job] { return runJob(*job); }));
}

void ItemFilterProxy::waitForFinished()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.waitForFinished();
    // The finished signal is queued; apply now so callers see the result.
    if (!m_watcher.future().isCanceled() && m_watcher.future().resultCount() > 0) {
        m_taken = true;
        apply(m_watcher.result());
        emit busyChanged(false);
        if (m_pending) {
            m_pending = false;
            rebuild();
        }
    }
}

void ItemFilterProxy::apply(std::vector<int> rows)
{
    // A layout change, not a reset: selections and the current index survive sorting/filtering.
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentSource;
    persistentSource.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        persistentSource.push_back(sourceRow(i.row()));

    m_rows = std::move(rows);
    m_inverse.assign(std::size_t(m_document.rowCount()), -1);
    for (std::size_t p = 0; p < m_rows.size(); ++p)
        m_inverse[std::size_t(m_rows[p])] = int(p);

    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype k = 0; k < persistent.size(); ++k) {
        const int pr = proxyRow(persistentSource[std::size_t(k)]);
        to.append(pr >= 0 ? createIndex(pr, persistent[k].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged();
}

QModelIndex ItemFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || std::size_t(row) >= m_rows.size()
        || column >= ItemTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ItemFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int ItemFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ItemTableModel::ColumnCount;
}

QModelIndex ItemFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return {};
    const int r = sourceRow(proxyIndex.row());
    return r < 0 ? QModelIndex() : m_source.index(r, proxyIndex.column());
}

QModelIndex ItemFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int p = proxyRow(sourceIndex.row());
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

int ItemFilterProxy::proxyRow(int sourceRow) const
{
    return sourceRow >= 0 && std::size_t(sourceRow) < m_inverse.size() ? m_inverse[std::size_t(sourceRow)] : -1;
}

int ItemFilterProxy::sourceRow(int proxyRow) const
{
    return proxyRow >= 0 && std::size_t(proxyRow) < m_rows.size() ? m_rows[std::size_t(proxyRow)] : -1;
}

void ItemFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (topLeft.row() == bottomRight.row()) {
        const int p = proxyRow(topLeft.row());
        if (p >= 0)
            emit dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
        return;
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

} // namespace slimplan
