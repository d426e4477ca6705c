#include "report/planjson.h"

#include "place/regionname.h"
#include "report/overview.h"
#include "report/trackingjson.h"

#include "util/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::PlanJson)
};

constexpr qsizetype kFlushAt = 1 << 20;

void key(QByteArray &out, const char *name)
{
    out.append('"');
    out.append(name);
    out.append("\":", 2);
}

void stringOrNull(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out.append("null", 4);
    else
        jsontext::appendString(out, s);
}

template <typename T>
void intOrNull(QByteArray &out, const std::optional<T> &v)
{
    if (v)
        out.append(QByteArray::number(*v));
    else
        out.append("null", 4);
}

void dateOrNull(QByteArray &out, const QDate &d)
{
    if (!d.isValid()) {
        out.append("null", 4);
        return;
    }
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "\"%04d-%02d-%02d\"", d.year(), d.month(), d.day());
    out.append(buf, n);
}

// {"app": …, …, "total": …}: value(k) for each kind, then total().
template <typename Value, typename Total>
void kindObject(QByteArray &out, Value value, Total total)
{
    out.append('{');
    for (int k = 0; k < kKindCount; ++k) {
        jsontext::appendString(out, kindName(static_cast<Kind>(k)));
        out.append(':');
        value(static_cast<std::size_t>(k));
        out.append(',');
    }
    key(out, "total");
    total();
    out.append('}');
}

void counts(QByteArray &out, const KindCounts &c)
{
    kindObject(out, [&](std::size_t k) { out.append(QByteArray::number(c.perKind[k])); },
               [&] { out.append(QByteArray::number(c.total())); });
}

// The members of one JSON object, written in order with the commas between them.
class Members
{
public:
    explicit Members(QByteArray &out) : m_out(out) { m_out.append('{'); }
    void close() { m_out.append('}'); }

    // The name of the next member; its value is written by the caller.
    QByteArray &name(const char *n)
    {
        if (m_count++ > 0)
            m_out.append(',');
        key(m_out, n);
        return m_out;
    }
    void string(const char *n, const QString &s) { jsontext::appendString(name(n), s); }
    void stringOrNull(const char *n, const QString &s) { slimplan::stringOrNull(name(n), s); }
    void strings(const char *n, const QStringList &l) { jsontext::appendStringArray(name(n), l); }
    void date(const char *n, const QDate &d) { dateOrNull(name(n), d); }
    void number(const char *n, qint64 v) { name(n).append(QByteArray::number(v)); }
    template <typename T>
    void integer(const char *n, const std::optional<T> &v) { intOrNull(name(n), v); }
    void real(const char *n, const std::optional<double> &v)
    {
        if (v)
            jsontext::appendReal(name(n), *v);
        else
            name(n).append("null", 4);
    }

private:
    QByteArray &m_out;
    int m_count = 0;
};

// "file:sheet:row" of the item's own row, then the other rows that reported it.
void sources(QByteArray &out, const Item &it)
{
    out.append('[');
    if (it.sourceRow > 0 || !it.sourceFile.isEmpty()) {
        jsontext::appendString(out, it.sourceFile + QLatin1Char(':') + it.sourceSheet + QLatin1Char(':')
                                        + QString::number(it.sourceRow));
        if (!it.alsoReportedAt.isEmpty())
            out.append(',');
    }
    for (qsizetype k = 0; k < it.alsoReportedAt.size(); ++k) {
        if (k)
            out.append(',');
        jsontext::appendString(out, it.alsoReportedAt.at(k));
    }
    out.append(']');
}

void item(QByteArray &out, const Item &it, const Decision &d, bool chinese, RegionNames &regionNames,
          const TrackingStatus *tracking)
{
    Members o(out);
    o.string("id", it.id);
    o.string("name", it.name);
    o.string("kind", kindName(it.kind));
    o.stringOrNull("platform", it.platform);
    o.stringOrNull("owner", it.owner);
    o.stringOrNull("level", it.level ? levelName(*it.level) : QString());
    o.stringOrNull("region", it.region);
    o.integer("users", it.users);
    o.integer("active_users", it.activeUsers);
    o.date("last_active", it.lastActive);
    o.real("annual_cost", it.annualCost);
    o.strings("functions", it.functions);
    o.strings("flags", flagNames(it.flags));
    o.stringOrNull("region_name", regionNames(it.region, it.owner));
    o.strings("aliases", it.aliases);
    sources(o.name("sources"), it);
    o.string("action", actionName(d.action));
    o.stringOrNull("target", d.target);
    o.strings("rules", d.rules);
    // The other language's reason is better than none when one was left empty.
    o.string("reason", d.reasonOrOther(chinese));
    o.integer("cluster", d.cluster >= 0 ? std::optional<int>(d.cluster) : std::nullopt);
    // Carrying the plan out (issue #18): an item never tracked is planned, without a deadline.
    o.string("tracking", trackingStateName(tracking ? tracking->state : TrackingState::Planned));
    o.date("deadline", tracking ? tracking->deadline : QDate());
    // How sure the recommendation is, and the facts its rules needed that the ledger lacks.
    o.real("confidence", d.confidence);
    o.strings("missing", missingFields(it));
    o.close();
}

bool flush(QByteArray &buf, QIODevice *out, QString *error)
{
    if (buf.isEmpty())
        return true;
    if (out->write(buf) != buf.size()) {
        if (error)
            *error = Tr::tr("Writing the JSON failed: %1").arg(out->errorString());
        return false;
    }
    buf.clear();
    return true;
}

// Opens `path` for writing: standard output for "-", else a QSaveFile that replaces the file
// only on commit (a failed export leaves no half-written file).
std::unique_ptr<QIODevice> openOutput(const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        auto f = std::make_unique<QFile>();
        if (f->open(stdout, QIODevice::WriteOnly))
            return f;
        if (error)
            *error = f->errorString();
        return nullptr;
    }
    auto f = std::make_unique<QSaveFile>(path);
    if (f->open(QIODevice::WriteOnly))
        return f;
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, f->errorString());
    return nullptr;
}

bool closeOutput(QIODevice *dev, const QString &path, QString *error)
{
    if (auto *save = qobject_cast<QSaveFile *>(dev)) {
        if (!save->commit()) {
            if (error)
                *error = Tr::tr("Cannot write %1: %2").arg(path, save->errorString());
            return false;
        }
        return true;
    }
    static_cast<QFile *>(dev)->flush();
    return true;
}
} // namespace

QByteArray summaryJson(const PlanSummary &s)
{
    QByteArray out;
    Members o(out);
    counts(o.name("before"), s.before);
    counts(o.name("after"), s.after);
    kindObject(o.name("reduction_pct"), [&](std::size_t k) { jsontext::appendReal(out, s.reductionPct[k]); },
               [&] { jsontext::appendReal(out, s.reductionPctTotal); });
    jsontext::appendReal(o.name("annual_cost_saved"), s.annualCostSaved);
    Members items(o.name("data_items"));
    items.number("before", s.dataItemsBefore);
    items.number("after", s.dataItemsAfter);
    items.close();
    o.close();
    return out;
}

bool continueExport(Progress *progress, qint64 done, QString *error)
{
    if (!progress)
        return true;
    if (progress->isCanceled()) {
        if (error)
            *error = Tr::tr("The export was cancelled.");
        return false;
    }
    progress->advance(done);
    return true;
}

bool planFitsInventory(const Inventory &inventory, const Plan &plan, QString *error)
{
    if (plan.decisions.size() == inventory.items().size())
        return true;
    if (error)
        *error = Tr::tr("The plan does not match the inventory (%1 decisions, %2 items).")
                     .arg(plan.decisions.size())
                     .arg(inventory.items().size());
    return false;
}

namespace {
bool writePlanJsonTo(const Inventory &inventory, const Plan &plan, bool chinese,
                     const std::vector<TrackingStatus> *tracking, QIODevice *out, Progress *progress,
                     QString *error)
{
    QHash<QString, const TrackingStatus *> trackingOf;
    if (tracking) {
        trackingOf.reserve(qsizetype(tracking->size()));
        for (const TrackingStatus &t : *tracking)
            trackingOf.insert(t.itemId, &t);
    }
    if (!planFitsInventory(inventory, plan, error))
        return false;
    const auto &items = inventory.items();
    QByteArray buf;
    buf.reserve(kFlushAt + 4096);
    buf.append("{\n  ");
    key(buf, "as_of");
    dateOrNull(buf, plan.asOf);
    buf.append(",\n  ");
    key(buf, "policy");
    buf.append(QJsonDocument(plan.profile.toJson()).toJson(QJsonDocument::Compact));
    buf.append(",\n  ");
    key(buf, "summary");
    buf.append(summaryJson(plan.summary));
    buf.append(",\n  ");
    key(buf, "items");
    buf.append("[", 1);
    if (progress)
        progress->beginStage(Tr::tr("Writing JSON"), static_cast<qint64>(items.size()));
    RegionNames regionNames;
    for (std::size_t i = 0; i < items.size(); ++i) {
        buf.append(i ? ",\n    " : "\n    ");
        item(buf, items[i], plan.decisions[i], chinese, regionNames, trackingOf.value(items[i].id));
        if (buf.size() >= kFlushAt
            && (!flush(buf, out, error) || !continueExport(progress, static_cast<qint64>(i), error)))
            return false;
    }
    buf.append(items.empty() ? "],\n  " : "\n  ],\n  ");
    key(buf, "clusters");
    buf.append('[');
    for (std::size_t c = 0; c < plan.clusters.size(); ++c) {
        const Cluster &cl = plan.clusters[c];
        buf.append(c ? ",\n    {" : "\n    {");
        key(buf, "id");
        buf.append(QByteArray::number(cl.id));
        buf.append(',');
        key(buf, "members");
        buf.append('[');
        for (std::size_t m = 0; m < cl.members.size(); ++m) {
            if (m)
                buf.append(',');
            jsontext::appendString(buf, inventory.at(cl.members[m]).id);
        }
        buf.append("],", 2);
        key(buf, "survivor");
        if (cl.survivor >= 0)
            jsontext::appendString(buf, inventory.at(cl.survivor).id);
        else
            buf.append("null", 4);
        buf.append('}');
        if (buf.size() >= kFlushAt && !flush(buf, out, error))
            return false;
    }
    buf.append(plan.clusters.empty() ? "]\n}\n" : "\n  ]\n}\n");
    if (progress)
        progress->advance(static_cast<qint64>(items.size()));
    return flush(buf, out, error);
}

bool writePlanJsonFile(const Inventory &inventory, const Plan &plan, bool chinese,
                       const std::vector<TrackingStatus> *tracking, const QString &path,
                       Progress *progress, QString *error)
{
    std::unique_ptr<QIODevice> dev = openOutput(path, error);
    if (!dev || !writePlanJsonTo(inventory, plan, chinese, tracking, dev.get(), progress, error))
        return false;
    return closeOutput(dev.get(), path, error);
}
} // namespace

bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, QIODevice *out,
                   Progress *progress, QString *error)
{
    return writePlanJsonTo(inventory, plan, chinese, nullptr, out, progress, error);
}

bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese,
                   const std::vector<TrackingStatus> &tracking, const QString &path,
                   Progress *progress, QString *error)
{
    return writePlanJsonFile(inventory, plan, chinese, &tracking, path, progress, error);
}

bool writeJsonFile(const QByteArray &json, const QString &path, QString *error)
{
    QByteArray buf = json;
    std::unique_ptr<QIODevice> dev = openOutput(path, error);
    if (!dev || !flush(buf, dev.get(), error))
        return false;
    return closeOutput(dev.get(), path, error);
}

bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, const QString &path,
                   Progress *progress, QString *error)
{
    return writePlanJsonFile(inventory, plan, chinese, nullptr, path, progress, error);
}

bool writeCompareJson(const std::vector<RegionSummary> &regions, const QString &path, QString *error)
{
    QByteArray buf("{\n  \"regions\": [");
    for (std::size_t i = 0; i < regions.size(); ++i) {
        buf.append(i ? ",\n    {" : "\n    {");
        key(buf, "name");
        stringOrNull(buf, regions[i].name);
        buf.append(',');
        key(buf, "code");
        stringOrNull(buf, regions[i].code);
        buf.append(',');
        key(buf, "summary");
        buf.append(summaryJson(regions[i].summary));
        buf.append('}');
    }
    buf.append(regions.empty() ? "]\n}\n" : "\n  ]\n}\n");
    std::unique_ptr<QIODevice> dev = openOutput(path, error);
    if (!dev || !flush(buf, dev.get(), error))
        return false;
    return closeOutput(dev.get(), path, error);
}

} // namespace slimplan
