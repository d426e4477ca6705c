#include "document.h"

#include "commands/replancommand.h"
#include "plan/overrideapply.h"
#include "plan/planner.h"
#include "plan/scenarioplan.h"
#include "settings.h"
#include "store/overriderows.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace slimplan {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_memberSalt(ProjectStore::newMemberSalt())
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::modificationChanged);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Document::modificationChanged);
}

Document::~Document()
{
    // The stack is a child, deleted by ~QObject after this object's members: its clear() would
    // signal modificationChanged to readers of a document already gone. Silence it first.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

void Document::reset(Inventory inventory, Plan plan, const QString &title, const QString &projectPath)
{
    emit aboutToReplace();
    m_undoStack->clear();
    m_inventory = std::move(inventory);
    m_plan = std::move(plan);
    m_plan.decisions.resize(m_inventory.items().size());
    captureRecommendations();
    rebuildOverrideIndex();
    applyAllOverrides();
    m_log.clear();
    m_activeScenario.clear();
    m_baselinePlan.reset();
    m_baselineRecommended.clear();
    m_overlap = {};
    m_edgesOf.clear();
    m_title = title;
    m_projectPath = projectPath;
    m_store.reset();
    m_memberSalt = ProjectStore::newMemberSalt();
    m_pendingImport.reset();
    m_unsaved = false;
    m_undoStack->setClean();
    emit inventoryReplaced();
    emit planChanged();
    emit decisionLogReset();
    emit overlapChanged();
    emit titleChanged();
    emit modificationChanged();
}

void Document::setOrigin(const QByteArray &memberSalt, const std::optional<PendingImport> &pendingImport,
                         bool unsaved)
{
    if (!memberSalt.isEmpty())
        m_memberSalt = memberSalt;
    m_pendingImport = pendingImport;
    m_unsaved = unsaved;
    emit modificationChanged();
}

void Document::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit lockedChanged(locked);
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
    if (isEmpty())
        return false;
    if (m_unsaved || (!m_store && !m_undoStack->isClean()))
        return true;
    if (!m_store)
        return false;
    // An attached project already holds every override; what it lacks are the re-plans done or
    // undone since the last save (the commands between the clean index and the current one).
    const int clean = m_undoStack->cleanIndex();
    if (clean < 0)
        return true;
    const int cur = m_undoStack->index();
    for (int i = std::min(clean, cur); i < std::max(clean, cur); ++i) {
        if (dynamic_cast<const ReplanCommand *>(m_undoStack->command(i)))
            return true;
    }
    return false;
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
    return recommendationsOnly(m_plan, m_recommended, m_inventory);
}

Plan Document::recommendationsOnly(const Plan &plan, const std::vector<Recommended> &recommended,
                                   const Inventory &inventory)
{
    Plan p = plan;
    for (std::size_t i = 0; i < p.decisions.size() && i < recommended.size(); ++i) {
        p.decisions[i].action = recommended[i].action;
        p.decisions[i].target = recommended[i].target;
        p.decisions[i].recommendedAction.reset();
        p.decisions[i].recommendedTarget.clear();
    }
    p.overrides.clear();
    computeSummary(inventory, p);
    return p;
}

bool Document::setActiveScenario(const QString &name, QString *error)
{
    const QString wanted = ProjectStore::isBaselineName(name) ? QString() : name;
    if (wanted == m_activeScenario)
        return true;
    if (!m_store) {
        if (error)
            *error = tr("Scenarios live in a project file: save the project first.");
        return false;
    }
    if (wanted.isEmpty()) {
        // Back to the baseline as it was left (its unsaved re-plan included).
        emit aboutToReplace();
        m_plan = std::move(*m_baselinePlan);
        m_baselinePlan.reset();
        m_activeScenario.clear();
        planReplaced();
        m_recommended = std::move(m_baselineRecommended);
        m_baselineRecommended.clear();
        rebuildOverrideIndex();
        applyAllOverrides();
        emit decisionsChanged({});
        emit planChanged();
        emit activeScenarioChanged(m_activeScenario);
        return true;
    }
    const QDate asOf = m_baselinePlan ? m_baselinePlan->asOf : m_plan.asOf;
    std::optional<Plan> plan = scenarioPlan(*m_store, m_inventory, wanted, asOf, nullptr, error);
    if (!plan || plan->decisions.size() != m_inventory.items().size()) {
        if (plan && error)
            *error = tr("The scenario '%1' could not be planned.").arg(wanted);
        return false;
    }
    emit aboutToReplace();
    if (!m_baselinePlan) {
        // Work not in the file yet (a re-plan) must still count once the undo stack is cleared.
        if (isModified())
            m_unsaved = true;
        m_baselinePlan = std::move(m_plan);
        m_baselineRecommended = m_recommended;
    }
    m_plan = std::move(*plan);
    m_activeScenario = wanted;
    planReplaced();
    captureRecommendations();
    rebuildOverrideIndex();
    applyAllOverrides();
    emit decisionsChanged({});
    emit planChanged();
    emit activeScenarioChanged(m_activeScenario);
    return true;
}

void Document::planReplaced()
{
    // Commands refer to rows of the plan they were made on: none survives a switch.
    const bool clean = m_undoStack->isClean();
    m_undoStack->clear();
    if (clean)
        m_undoStack->setClean();
}

bool Document::promoteScenario(const QString &name, QString *error)
{
    if (!m_store || ProjectStore::isBaselineName(name)) {
        if (error)
            *error = tr("Only a named scenario of a saved project can be promoted.");
        return false;
    }
    const QDate asOf = m_baselinePlan ? m_baselinePlan->asOf : m_plan.asOf;
    if (!slimplan::promoteScenario(*m_store, m_inventory, name, asOf, Settings::userName(), error))
        return false;
    std::optional<Plan> plan = scenarioPlan(*m_store, m_inventory, QString(), asOf, nullptr, error);
    if (!plan || plan->decisions.size() != m_inventory.items().size())
        return false;
    emit aboutToReplace();
    m_plan = std::move(*plan);
    m_baselinePlan.reset();
    m_baselineRecommended.clear();
    m_activeScenario.clear();
    m_undoStack->clear();
    m_undoStack->setClean();
    captureRecommendations();
    rebuildOverrideIndex();
    applyAllOverrides();
    m_log = m_store->decisionLog();
    emit decisionLogReset();
    emit decisionsChanged({});
    emit planChanged();
    emit activeScenarioChanged(m_activeScenario);
    emit modificationChanged();
    return true;
}

bool Document::setOverride(int row, const std::optional<Override> &o)
{
    if (row < 0 || row >= rowCount())
        return false;
    return setDecisions(std::vector<int>{row}, o, o ? DecisionLogEntry::Kind::Decide : DecisionLogEntry::Kind::Revert);
}

bool Document::setDecisions(const std::vector<int> &rows, const std::optional<Override> &o,
                            DecisionLogEntry::Kind kind, qint64 *batch)
{
    return setDecisions(rows, std::vector<std::optional<Override>>(rows.size(), o), kind, batch);
}

bool Document::setDecisions(const std::vector<int> &rows, const std::vector<std::optional<Override>> &perRow,
                            DecisionLogEntry::Kind kind, qint64 *batch)
{
    if (rows.size() != perRow.size())
        return false;
    std::vector<int> changed;
    std::vector<DecisionLogEntry> entries = entriesFor(rows, perRow, kind, &changed);
    if (entries.empty())
        return true;
    if (batch && *batch > 0) {
        for (DecisionLogEntry &e : entries)
            e.batch = *batch;
    }
    // Kept in the project as soon as decided; if the file refuses, the decision is not made, so
    // what is shown is what the file holds.
    QString error;
    if (m_store && !m_store->recordDecisions(entries, &error)) {
        emit writeFailed(tr("The decision could not be written to %1, so it was not made: %2")
                             .arg(m_store->path(), error));
        return false;
    }
    if (!m_store) {
        // The ids and the shared batch a project file would give (written on the first save).
        const qint64 first = m_log.empty() ? 1 : m_log.back().id + 1;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            entries[i].id = first + qint64(i);
            if (entries[i].batch == 0 && entries.size() > 1)
                entries[i].batch = first;
        }
    }
    QList<int> rowList;
    rowList.reserve(qsizetype(changed.size()));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        putOverride(changed[i], overriderows::overrideAfter(entries[i]));
        rowList.append(changed[i]);
    }
    m_plan.summary = m_tally.summary();
    if (batch)
        *batch = entries.front().batch;
    const int firstNew = int(m_log.size());
    m_log.insert(m_log.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
    emit decisionLogAppended(firstNew, int(m_log.size()) - firstNew);
    emit decisionsChanged(rowList);
    emit planChanged();
    return true;
}

std::vector<DecisionLogEntry> Document::entriesFor(const std::vector<int> &rows,
                                                   const std::vector<std::optional<Override>> &perRow,
                                                   DecisionLogEntry::Kind kind, std::vector<int> *rowsOut) const
{
    std::vector<DecisionLogEntry> out;
    std::vector<char> seen(std::size_t(rowCount()), 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString user = Settings::userName();
    // A decision made now states its own who and when; undo and redo re-establish an earlier
    // one, so they are by whoever undoes, now.
    const bool ownStamp = kind == DecisionLogEntry::Kind::Decide || kind == DecisionLogEntry::Kind::Imported;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        if (row < 0 || row >= rowCount() || seen[std::size_t(row)])
            continue;
        seen[std::size_t(row)] = 1;
        const Override *old = overrideFor(row);
        const std::optional<Override> &o = perRow[i];
        if (!old && !o)
            continue; // the recommendation stands already
        DecisionLogEntry e;
        e.itemId = m_inventory.at(row).id;
        e.scenario = m_activeScenario;
        e.kind = kind;
        e.who = ownStamp && o && !o->who.isEmpty() ? o->who : user;
        e.when = ownStamp && o && o->when.isValid() ? o->when.toUTC() : now;
        if (old) {
            e.oldAction = old->action;
            e.oldTarget = old->target;
        }
        if (o) {
            e.newAction = o->action;
            e.newTarget = o->target;
            e.reason = o->reason;
        }
        out.push_back(std::move(e));
        rowsOut->push_back(row);
    }
    return out;
}

void Document::putOverride(int row, const std::optional<Override> &o)
{
    const QString &id = m_inventory.at(row).id;
    const Action before = m_plan.decisions[std::size_t(row)].action;
    const auto it = m_overrideIndex.find(id);
    if (o) {
        Override copy = *o;
        copy.itemId = id;
        if (it != m_overrideIndex.end()) {
            m_plan.overrides[std::size_t(*it)] = std::move(copy);
        } else {
            m_overrideIndex.insert(id, int(m_plan.overrides.size()));
            m_plan.overrides.push_back(std::move(copy));
        }
    } else if (it != m_overrideIndex.end()) {
        // The order of the overrides carries nothing (one per item): the last fills the gap.
        const std::size_t i = std::size_t(*it);
        m_overrideIndex.erase(it);
        if (i + 1 != m_plan.overrides.size()) {
            m_plan.overrides[i] = std::move(m_plan.overrides.back());
            m_overrideIndex[m_plan.overrides[i].itemId] = int(i);
        }
        m_plan.overrides.pop_back();
    }
    const Recommended &r = m_recommended[std::size_t(row)];
    Decision &d = m_plan.decisions[std::size_t(row)];
    applyOverride(d, overrideFor(row), Recommendation{r.action, r.target});
    m_tally.update(row, before, d.action);
}

void Document::replaceRecommendations(Plan plan)
{
    emit aboutToReplace();
    std::vector<Override> overrides = std::move(m_plan.overrides);
    m_plan = std::move(plan);
    m_plan.decisions.resize(m_inventory.items().size());
    captureRecommendations();
    m_plan.overrides = std::move(overrides);
    rebuildOverrideIndex();
    applyAllOverrides();
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
    if (m_store) {
        m_projectPath = m_store->path();
        m_log = m_store->decisionLog();
        emit decisionLogReset();
    }
    emit titleChanged();
}

ProjectContent Document::contentForSave() const
{
    ProjectContent c;
    c.inventory = &m_inventory;
    // In a scenario the project's own plan is still the baseline's.
    c.plan = m_baselinePlan ? recommendationsOnly(*m_baselinePlan, m_baselineRecommended, m_inventory)
                            : recommendationsOnly();
    c.overrides = m_baselinePlan ? m_baselinePlan->overrides : m_plan.overrides;
    if (!m_store)
        c.decisionLog = m_log; // an attached project holds it already
    c.title = m_title;
    c.memberSalt = m_memberSalt;
    if (m_store) {
        c.sourcePath = m_store->path();
        c.snapshot = m_store->currentSnapshot();
    }
    c.pendingImport = m_pendingImport;
    return c;
}

bool Document::markSaved(const QString &path, const ProjectContent &content, QString *error)
{
    if (!m_store || QFileInfo(m_store->path()) != QFileInfo(path)) {
        QString err;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &err);
        if (!store || !store->selectSnapshot(content.snapshot)) {
            if (error)
                *error = tr("%1 was saved but cannot be opened again: %2").arg(path, err);
            return false;
        }
        attachStore(std::move(store));
    }
    m_pendingImport.reset();
    m_unsaved = false;
    m_undoStack->setClean();
    emit modificationChanged();
    return true;
}

bool Document::save(QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("The project has no file yet.");
        return false;
    }
    const ProjectContent content = contentForSave();
    QString err;
    if (!saveIntoProject(content, nullptr, &err)) {
        if (error)
            *error = err;
        return false;
    }
    return markSaved(content.sourcePath, content, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(path))
        return save(error);
    const ProjectContent content = contentForSave();
    QString err;
    if (!writeProjectFile(path, content, nullptr, &err)) {
        if (error)
            *error = err;
        return false;
    }
    return markSaved(path, content, error);
}

void Document::rebuildOverrideIndex()
{
    m_overrideIndex.clear();
    std::vector<Override> latest;
    latest.reserve(m_plan.overrides.size());
    for (Override &o : m_plan.overrides) {
        const auto it = m_overrideIndex.constFind(o.itemId);
        if (it != m_overrideIndex.cend()) {
            latest[std::size_t(*it)] = std::move(o);
        } else {
            m_overrideIndex.insert(o.itemId, int(latest.size()));
            latest.push_back(std::move(o));
        }
    }
    m_plan.overrides = std::move(latest);
}

void Document::applyAllOverrides()
{
    layOverrides(m_inventory, m_plan);
    m_tally = SummaryTally(m_inventory, m_plan.decisions);
    m_plan.summary = m_tally.summary();
}

} // namespace slimplan
