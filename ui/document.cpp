#include "document.h"

#include "plan/planner.h"
#include "store/projectstore.h"

#include <QFile>

#include <QUndoStack>

namespace slimplan {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Document::~Document() = default;

void Document::reset(Inventory inventory, Plan plan, const QString &title, const QString &projectPath)
{
    emit aboutToReplace();
    m_undoStack->clear();
    m_inventory = std::move(inventory);
    m_plan = std::move(plan);
    m_plan.decisions.resize(m_inventory.items().size());
    captureRecommendations();
    applyOverrides(m_inventory, m_plan);
    rebuildOverrideIndex();
    m_overlap = {};
    m_edgesOf.clear();
    m_title = title;
    m_projectPath = projectPath;
    m_store.reset();
    m_undoStack->setClean();
    emit inventoryReplaced();
    emit planChanged();
    emit overlapChanged();
    emit titleChanged();
}

void Document::setOverlap(OverlapResult overlap)
{
    m_overlap = std::move(overlap);
    m_edgesOf.assign(m_inventory.items().size(), {});
    for (std::size_t e = 0; e < m_overlap.edges.size(); ++e) {
        const OverlapEdge &edge = m_overlap.edges[e];
        if (edge.a < 0 || edge.b < 0 || edge.a >= rowCount() || edge.b >= rowCount())
            continue;
        m_edgesOf[std::size_t(edge.a)].push_back(int(e));
        m_edgesOf[std::size_t(edge.b)].push_back(int(e));
    }
    emit overlapChanged();
}

const std::vector<int> &Document::edgesOf(int row) const
{
    static const std::vector<int> none;
    if (row < 0 || std::size_t(row) >= m_edgesOf.size())
        return none;
    return m_edgesOf[std::size_t(row)];
}

void Document::setProjectPath(const QString &path)
{
    m_projectPath = path;
    emit titleChanged();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

const Override *Document::overrideFor(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto it = m_overrideIndex.constFind(m_inventory.at(row).id);
    return it == m_overrideIndex.cend() ? nullptr : &m_plan.overrides[std::size_t(*it)];
}

bool Document::isAccepted(int row) const
{
    const Override *o = overrideFor(row);
    return o && o->action == recommendedAction(row) && o->target == recommendedTarget(row);
}

bool Document::isOverridden(int row) const
{
    return overrideFor(row) && !isAccepted(row);
}

Plan Document::recommendationsOnly() const
{
    Plan p = m_plan;
    for (std::size_t i = 0; i < p.decisions.size() && i < m_recommended.size(); ++i) {
        p.decisions[i].action = m_recommended[i].action;
        p.decisions[i].target = m_recommended[i].target;
        p.decisions[i].recommendedAction.reset();
        p.decisions[i].recommendedTarget.clear();
    }
    p.overrides.clear();
    computeSummary(m_inventory, p);
    return p;
}

void Document::setOverride(int row, const std::optional<Override> &o)
{
    if (row < 0 || row >= rowCount())
        return;
    const QString &id = m_inventory.at(row).id;
    const auto it = m_overrideIndex.constFind(id);
    if (it != m_overrideIndex.cend()) {
        m_plan.overrides.erase(m_plan.overrides.begin() + *it);
        rebuildOverrideIndex();
    }
    if (o) {
        Override copy = *o;
        copy.itemId = id;
        m_overrideIndex.insert(id, int(m_plan.overrides.size()));
        m_plan.overrides.push_back(copy);
    }
    applyDecision(row);
    computeSummary(m_inventory, m_plan);
    if (m_store)
        m_store->setOverrides(m_plan.overrides); // kept in the project as soon as decided
    emit decisionsChanged({row});
    emit planChanged();
}

void Document::replaceRecommendations(Plan plan)
{
    emit aboutToReplace();
    std::vector<Override> overrides = std::move(m_plan.overrides);
    m_plan = std::move(plan);
    m_plan.decisions.resize(m_inventory.items().size());
    captureRecommendations();
    m_plan.overrides = std::move(overrides);
    applyOverrides(m_inventory, m_plan);
    rebuildOverrideIndex();
    QList<int> all;
    emit decisionsChanged(all); // empty = every row
    emit planChanged();
}

void Document::captureRecommendations()
{
    m_recommended.resize(m_plan.decisions.size());
    for (std::size_t i = 0; i < m_plan.decisions.size(); ++i) {
        const Decision &d = m_plan.decisions[i];
        // A loaded plan may carry overrides already applied; the recommendation is kept beside.
        m_recommended[i] = d.recommendedAction ? Recommended{*d.recommendedAction, d.recommendedTarget}
                                               : Recommended{d.action, d.target};
    }
}

void Document::attachStore(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    if (m_store)
        m_projectPath = m_store->path();
    emit titleChanged();
}

bool Document::save(QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("The project has no file yet.");
        return false;
    }
    const Plan raw = recommendationsOnly();
    if (!m_store->savePolicyProfile(m_plan.profile, error) || !m_store->savePlan(raw, m_inventory, error)
        || !m_store->setOverrides(m_plan.overrides, error))
        return false;
    m_undoStack->setClean();
    return true;
}

bool Document::saveAs(const QString &path, QString *error)
{
    QFile::remove(path); // a new project, not an import into another one
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, error);
    if (!store)
        return false;
    if (!store->importInventory(m_inventory, ImportReport{}, {}, nullptr, error))
        return false;
    if (!m_title.isEmpty())
        store->setRegion(store->regionCode(), m_title);
    attachStore(std::move(store));
    return save(error);
}

void Document::rebuildOverrideIndex()
{
    m_overrideIndex.clear();
    for (std::size_t i = 0; i < m_plan.overrides.size(); ++i)
        m_overrideIndex.insert(m_plan.overrides[i].itemId, int(i));
}

void Document::applyDecision(int row)
{
    Decision &d = m_plan.decisions[std::size_t(row)];
    if (const Override *o = overrideFor(row)) {
        d.action = o->action;
        d.target = o->target;
    } else {
        d.action = m_recommended[std::size_t(row)].action;
        d.target = m_recommended[std::size_t(row)].target;
    }
    // Reports show what the recommender said next to an overridden decision.
    const bool changed = d.action != m_recommended[std::size_t(row)].action
                         || d.target != m_recommended[std::size_t(row)].target;
    d.recommendedAction = changed ? std::optional<Action>(m_recommended[std::size_t(row)].action) : std::nullopt;
    d.recommendedTarget = changed ? m_recommended[std::size_t(row)].target : QString();
}

} // namespace slimplan
