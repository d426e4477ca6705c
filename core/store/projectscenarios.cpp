// Named scenarios (issue #20): a policy profile each, their decisions in the append-only
// decision log under their name. Part of ProjectStore.

#include "store/projectstore.h"

#include "store/overriderows.h"
#include "store/planrows.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QJsonDocument>

#include <sqlite3.h>

namespace slimplan {

namespace {

ScenarioInfo scenarioAt(const SqliteStatement &st)
{
    ScenarioInfo s;
    s.name = st.textAt(0);
    s.profile = PolicyProfile::fromJson(QJsonDocument::fromJson(st.blobAt(1)).object());
    s.createdFrom = st.textAt(2);
    s.createdAt = QDateTime::fromString(st.textAt(3), Qt::ISODateWithMs);
    s.who = st.textAt(4);
    return s;
}

DecisionLogEntry copiedEntry(const Override &o, const QString &scenario, const QString &who)
{
    DecisionLogEntry e;
    e.itemId = o.itemId;
    e.who = who;
    e.newAction = o.action;
    e.newTarget = o.target;
    e.reason = o.reason;
    e.scenario = scenario;
    e.kind = DecisionLogEntry::Kind::Imported;
    return e;
}

} // namespace

bool ProjectStore::isBaselineName(const QString &name)
{
    const QString n = name.trimmed();
    return n.isEmpty() || n.compare(QLatin1String("baseline"), Qt::CaseInsensitive) == 0
           || n == QStringLiteral("基线方案") || n.compare(QLatin1String("plan"), Qt::CaseInsensitive) == 0;
}

std::vector<ScenarioInfo> ProjectStore::scenarios() const
{
    std::vector<ScenarioInfo> out;
    SqliteStatement st(m_handle, "SELECT name, profile, created_from, created_at, who FROM scenarios ORDER BY id");
    while (st.step())
        out.push_back(scenarioAt(st));
    return out;
}

std::optional<ScenarioInfo> ProjectStore::scenario(const QString &name) const
{
    SqliteStatement st(m_handle, "SELECT name, profile, created_from, created_at, who FROM scenarios WHERE name = ?1");
    st.bindText(1, name);
    if (!st.step())
        return std::nullopt;
    return scenarioAt(st);
}

std::vector<Override> ProjectStore::scenarioOverrides(const QString &name) const
{
    // Latest entry per item, in the order items were first decided; an entry without a new
    // action (a revert) leaves the item on its recommendation.
    std::vector<std::optional<Override>> latest;
    QHash<QString, std::size_t> at;
    for (const DecisionLogEntry &e : decisionLog()) {
        if (e.scenario != name)
            continue;
        const auto it = at.constFind(e.itemId);
        std::size_t row = latest.size();
        if (it == at.constEnd()) {
            at.insert(e.itemId, row);
            latest.emplace_back();
        } else {
            row = *it;
        }
        latest[row] = overriderows::overrideAfter(e);
    }
    std::vector<Override> out;
    for (std::optional<Override> &o : latest) {
        if (o)
            out.push_back(std::move(*o));
    }
    return out;
}

bool ProjectStore::createScenario(const QString &name, const QString &from,
                                  const std::optional<PolicyProfile> &profile, const QString &who,
                                  QString *error)
{
    const QString n = name.trimmed();
    QString problem;
    if (isBaselineName(n))
        problem = tr("'%1' is the name of the plan itself; choose another scenario name").arg(name);
    else if (scenario(n))
        problem = tr("A scenario named '%1' already exists").arg(n);
    else if (!isBaselineName(from) && !scenario(from))
        problem = tr("There is no scenario named '%1'").arg(from);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const bool fromBaseline = isBaselineName(from);
    const PolicyProfile copied = fromBaseline ? policyProfile() : scenario(from)->profile;
    const std::vector<Override> decisions = fromBaseline ? overrides() : scenarioOverrides(from);
    return inTransaction(error, [&](QString *err) {
        SqliteStatement ins(m_handle, "INSERT INTO scenarios (name, profile, created_from, created_at, who)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)");
        ins.bindText(1, n);
        ins.bindUtf8(2, QJsonDocument(profile.value_or(copied).toJson()).toJson(QJsonDocument::Compact));
        ins.bindTextOrNull(3, fromBaseline ? QString() : from);
        ins.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        ins.bindTextOrNull(5, who);
        if (!ins.exec()) {
            *err = ins.errorString();
            return false;
        }
        std::vector<DecisionLogEntry> entries;
        entries.reserve(decisions.size());
        for (const Override &o : decisions)
            entries.push_back(copiedEntry(o, n, who));
        return recordDecisions(entries, err);
    });
}

bool ProjectStore::promoteScenario(const QString &name, const Plan &plan, const Inventory &inv,
                                   const QString &who, QString *error)
{
    const std::optional<ScenarioInfo> info = scenario(name);
    if (!info) {
        if (error)
            *error = tr("There is no scenario named '%1'").arg(name);
        return false;
    }
    QHash<QString, Override> baseline;
    for (const Override &o : overrides())
        baseline.insert(o.itemId, o);
    std::vector<DecisionLogEntry> entries;
    for (const Override &o : scenarioOverrides(name)) {
        const auto it = baseline.constFind(o.itemId);
        if (it == baseline.constEnd() || it->action != o.action || it->target != o.target) {
            DecisionLogEntry e = copiedEntry(o, QString(), who);
            if (it != baseline.constEnd()) {
                e.oldAction = it->action;
                e.oldTarget = it->target;
            }
            entries.push_back(std::move(e));
        }
        baseline.remove(o.itemId);
    }
    // Baseline decisions the scenario does not hold go back to the recommendation.
    for (const Override &o : std::as_const(baseline)) {
        DecisionLogEntry e;
        e.itemId = o.itemId;
        e.who = who;
        e.oldAction = o.action;
        e.oldTarget = o.target;
        e.kind = DecisionLogEntry::Kind::Revert;
        entries.push_back(std::move(e));
    }
    return inTransaction(error, [&](QString *err) {
        return savePolicyProfile(info->profile, err) && recordDecisions(entries, err)
               && planrows::write(m_handle, m_snapshot, plan, inv, err);
    });
}

} // namespace slimplan
