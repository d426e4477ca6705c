#include "report/planjson.h"

#include "place/regionname.h"

#include "util/jsontext.h"

#include <QCoreApplication>
#include <QFile>
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

void counts(QByteArray &out, const KindCounts &c)
{
    out.append('{');
    for (int k = 0; k < kKindCount; ++k) {
        jsontext::appendString(out, kindName(static_cast<Kind>(k)));
        out.append(':');
        out.append(QByteArray::number(c.perKind[static_cast<std::size_t>(k)]));
        out.append(',');
    }
    key(out, "total");
    out.append(QByteArray::number(c.total()));
    out.append('}');
}

void item(QByteArray &out, const Item &it, const Decision &d, bool chinese, RegionNames &regionNames)
{
    out.append('{');
    key(out, "id");
    jsontext::appendString(out, it.id);
    out.append(',');
    key(out, "name");
    jsontext::appendString(out, it.name);
    out.append(',');
    key(out, "kind");
    jsontext::appendString(out, kindName(it.kind));
    out.append(',');
    key(out, "platform");
    stringOrNull(out, it.platform);
    out.append(',');
    key(out, "owner");
    stringOrNull(out, it.owner);
    out.append(',');
    key(out, "level");
    stringOrNull(out, it.level ? levelName(*it.level) : QString());
    out.append(',');
    key(out, "region");
    stringOrNull(out, it.region);
    out.append(',');
    key(out, "users");
    intOrNull(out, it.users);
    out.append(',');
    key(out, "active_users");
    intOrNull(out, it.activeUsers);
    out.append(',');
    key(out, "last_active");
    dateOrNull(out, it.lastActive);
    out.append(',');
    key(out, "annual_cost");
    if (it.annualCost)
        jsontext::appendReal(out, *it.annualCost);
    else
        out.append("null", 4);
    out.append(',');
    key(out, "functions");
    jsontext::appendStringArray(out, it.functions);
    out.append(',');
    key(out, "flags");
    jsontext::appendStringArray(out, flagNames(it.flags));
    out.append(',');
    key(out, "region_name");
    stringOrNull(out, regionNames(it.region, it.owner));
    out.append(',');
    key(out, "aliases");
    jsontext::appendStringArray(out, it.aliases);
    out.append(',');
    key(out, "sources");
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
    out.append(',');
    key(out, "action");
    jsontext::appendString(out, actionName(d.action));
    out.append(',');
    key(out, "target");
    stringOrNull(out, d.target);
    out.append(',');
    key(out, "rules");
    jsontext::appendStringArray(out, d.rules);
    out.append(',');
    key(out, "reason");
    // The other language's reason is better than none when one was left empty.
    const QString reason = d.reasonOrOther(chinese);
    jsontext::appendString(out, reason);
    out.append(',');
    key(out, "cluster");
    if (d.cluster >= 0)
        out.append(QByteArray::number(d.cluster));
    else
        out.append("null", 4);
    out.append('}');
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
    out.append('{');
    key(out, "before");
    counts(out, s.before);
    out.append(',');
    key(out, "after");
    counts(out, s.after);
    out.append(',');
    key(out, "reduction_pct");
    out.append('{');
    for (int k = 0; k < kKindCount; ++k) {
        jsontext::appendString(out, kindName(static_cast<Kind>(k)));
        out.append(':');
        jsontext::appendReal(out, s.reductionPct[static_cast<std::size_t>(k)]);
        out.append(',');
    }
    key(out, "total");
    jsontext::appendReal(out, s.reductionPctTotal);
    out.append("},", 2);
    key(out, "annual_cost_saved");
    jsontext::appendReal(out, s.annualCostSaved);
    out.append(',');
    key(out, "data_items");
    out.append('{');
    key(out, "before");
    out.append(QByteArray::number(s.dataItemsBefore));
    out.append(',');
    key(out, "after");
    out.append(QByteArray::number(s.dataItemsAfter));
    out.append("}}", 2);
    return out;
}

bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, QIODevice *out,
                   Progress *progress, QString *error)
{
    const auto &items = inventory.items();
    if (plan.decisions.size() != items.size()) {
        if (error)
            *error = Tr::tr("The plan does not match the inventory (%1 decisions, %2 items).")
                         .arg(plan.decisions.size())
                         .arg(items.size());
        return false;
    }
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
        item(buf, items[i], plan.decisions[i], chinese, regionNames);
        if (buf.size() >= kFlushAt) {
            if (!flush(buf, out, error))
                return false;
            if (progress) {
                if (progress->isCanceled()) {
                    if (error)
                        *error = Tr::tr("The export was cancelled.");
                    return false;
                }
                progress->advance(static_cast<qint64>(i));
            }
        }
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

bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, const QString &path,
                   Progress *progress, QString *error)
{
    std::unique_ptr<QIODevice> dev = openOutput(path, error);
    if (!dev || !writePlanJson(inventory, plan, chinese, dev.get(), progress, error))
        return false;
    return closeOutput(dev.get(), path, error);
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
