#include "model/policyprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::PolicyProfile)
};

void readNumber(const QJsonObject &o, const char *key, double &out, QStringList &errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isDouble()) {
        errors << Tr::tr("\"%1\" must be a number").arg(QLatin1String(key));
        return;
    }
    out = v.toDouble();
}

void readInt(const QJsonObject &o, const char *key, auto &out, QStringList &errors)
{
    double d = static_cast<double>(out);
    readNumber(o, key, d, errors);
    out = static_cast<std::remove_reference_t<decltype(out)>>(d);
}

void readString(const QJsonObject &o, const char *key, QString &out, QStringList &errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString()) {
        errors << Tr::tr("\"%1\" must be a string").arg(QLatin1String(key));
        return;
    }
    out = v.toString();
}
} // namespace

int PolicyProfile::deadlineDays(Action action) const
{
    switch (action) {
    case Action::Keep: return -1;
    case Action::Rectify: return rectifyDeadlineDays;
    case Action::Merge: return mergeDeadlineDays;
    case Action::Migrate: return migrateDeadlineDays;
    case Action::Shutdown: return shutdownDeadlineDays;
    }
    return -1;
}

QJsonObject PolicyProfile::toJson() const
{
    QJsonObject w{{QStringLiteral("functions"), weights.functions},
                  {QStringLiteral("data_items"), weights.dataItems},
                  {QStringLiteral("members"), weights.members},
                  {QStringLiteral("name"), weights.name},
                  {QStringLiteral("owner"), weights.owner},
                  {QStringLiteral("platform"), weights.platform}};
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("zombie_days"), zombieDays},
                       {QStringLiteral("group_idle_days"), groupIdleDays},
                       {QStringLiteral("temporary_group_idle_days"), temporaryGroupIdleDays},
                       {QStringLiteral("overlap_threshold"), overlapThreshold},
                       {QStringLiteral("containment_threshold"), containmentThreshold},
                       {QStringLiteral("low_usage_active_users"), lowUsageActiveUsers},
                       {QStringLiteral("low_usage_active_ratio"), lowUsageActiveRatio},
                       {QStringLiteral("provincial_platform"), provincialPlatform},
                       {QStringLiteral("provincial_app"), provincialApp},
                       {QStringLiteral("weights"), w},
                       {QStringLiteral("deadline_days"),
                        QJsonObject{{QStringLiteral("shutdown"), shutdownDeadlineDays},
                                    {QStringLiteral("merge"), mergeDeadlineDays},
                                    {QStringLiteral("migrate"), migrateDeadlineDays},
                                    {QStringLiteral("rectify"), rectifyDeadlineDays}}}};
}

PolicyProfile PolicyProfile::fromJson(const QJsonObject &o, QString *error)
{
    PolicyProfile p;
    QStringList errors;
    readString(o, "name", p.name, errors);
    readInt(o, "zombie_days", p.zombieDays, errors);
    readInt(o, "group_idle_days", p.groupIdleDays, errors);
    readInt(o, "temporary_group_idle_days", p.temporaryGroupIdleDays, errors);
    readNumber(o, "overlap_threshold", p.overlapThreshold, errors);
    readNumber(o, "containment_threshold", p.containmentThreshold, errors);
    readInt(o, "low_usage_active_users", p.lowUsageActiveUsers, errors);
    readNumber(o, "low_usage_active_ratio", p.lowUsageActiveRatio, errors);
    readString(o, "provincial_platform", p.provincialPlatform, errors);
    readString(o, "provincial_app", p.provincialApp, errors);
    const QJsonObject w = o.value(QStringLiteral("weights")).toObject();
    readNumber(w, "functions", p.weights.functions, errors);
    readNumber(w, "data_items", p.weights.dataItems, errors);
    readNumber(w, "members", p.weights.members, errors);
    readNumber(w, "name", p.weights.name, errors);
    readNumber(w, "owner", p.weights.owner, errors);
    readNumber(w, "platform", p.weights.platform, errors);
    const QJsonObject d = o.value(QStringLiteral("deadline_days")).toObject();
    readInt(d, "shutdown", p.shutdownDeadlineDays, errors);
    readInt(d, "merge", p.mergeDeadlineDays, errors);
    readInt(d, "migrate", p.migrateDeadlineDays, errors);
    readInt(d, "rectify", p.rectifyDeadlineDays, errors);
    if (p.shutdownDeadlineDays < 0 || p.mergeDeadlineDays < 0 || p.migrateDeadlineDays < 0
        || p.rectifyDeadlineDays < 0)
        errors << Tr::tr("deadlines must not be negative");
    if (p.zombieDays < 0 || p.groupIdleDays < 0 || p.temporaryGroupIdleDays < 0)
        errors << Tr::tr("day windows must not be negative");
    if (p.overlapThreshold <= 0.0 || p.overlapThreshold > 1.0)
        errors << Tr::tr("\"overlap_threshold\" must be in (0, 1]");
    if (error)
        *error = errors.join(QStringLiteral("; "));
    return p;
}

PolicyProfile PolicyProfile::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot open policy profile: %1").arg(f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Tr::tr("policy profile is not a JSON object: %1").arg(pe.errorString());
        return {};
    }
    return fromJson(doc.object(), error);
}

} // namespace slimplan
