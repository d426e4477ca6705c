#include "model/types.h"

#include <QCoreApplication>

#include <array>

namespace slimplan {

namespace {
constexpr std::array<const char *, kKindCount> kKindNames{"app", "account", "group"};
constexpr std::array<const char *, kLevelCount> kLevelNames{"central", "province", "city",
                                                            "county", "township", "village"};
constexpr std::array<const char *, 3> kAudienceNames{"internal", "public", "enterprise"};
constexpr std::array<const char *, kActionCount> kActionNames{"keep", "rectify", "merge", "migrate",
                                                              "shutdown"};
constexpr std::array<const char *, kFlagCount> kFlagNames{
    "check_in",      "ranking",     "online_time",   "forced_download",
    "like_assessment", "study_time_assessment", "trace_upload", "forced_follow",
    "commercial",    "no_feedback", "no_ipv6",       "temporary"};

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char *, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

int bitIndex(Flag f)
{
    auto v = static_cast<std::uint32_t>(f);
    int i = 0;
    while (v > 1) {
        v >>= 1;
        ++i;
    }
    return i;
}

struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Labels)
};
} // namespace

QString kindName(Kind k) { return QLatin1String(kKindNames[static_cast<int>(k)]); }
QString levelName(Level l) { return QLatin1String(kLevelNames[static_cast<int>(l)]); }
QString audienceName(Audience a) { return QLatin1String(kAudienceNames[static_cast<int>(a)]); }
QString actionName(Action a) { return QLatin1String(kActionNames[static_cast<int>(a)]); }
QString flagName(Flag f) { return QLatin1String(kFlagNames[bitIndex(f)]); }
Flag flagAt(int i) { return static_cast<Flag>(1u << i); }

QStringList flagNames(Flags flags)
{
    QStringList out;
    for (int i = 0; i < kFlagCount; ++i) {
        if (flags & (1u << i))
            out << QLatin1String(kFlagNames[i]);
    }
    return out;
}

std::optional<Kind> kindFromName(QStringView n) { return fromName<Kind>(kKindNames, n); }
std::optional<Level> levelFromName(QStringView n) { return fromName<Level>(kLevelNames, n); }
std::optional<Audience> audienceFromName(QStringView n) { return fromName<Audience>(kAudienceNames, n); }
std::optional<Action> actionFromName(QStringView n) { return fromName<Action>(kActionNames, n); }
std::optional<Flag> flagFromName(QStringView n)
{
    auto idx = fromName<int>(kFlagNames, n);
    if (!idx)
        return std::nullopt;
    return flagAt(*idx);
}

QString kindLabel(Kind k)
{
    switch (k) {
    case Kind::App: return Labels::tr("App");
    case Kind::Account: return Labels::tr("Public account");
    case Kind::Group: return Labels::tr("Work group");
    }
    return {};
}

QString levelLabel(Level l)
{
    switch (l) {
    case Level::Central: return Labels::tr("Central");
    case Level::Province: return Labels::tr("Province");
    case Level::City: return Labels::tr("City");
    case Level::County: return Labels::tr("County");
    case Level::Township: return Labels::tr("Township");
    case Level::Village: return Labels::tr("Village");
    }
    return {};
}

QString actionLabel(Action a)
{
    switch (a) {
    case Action::Keep: return Labels::tr("Keep");
    case Action::Rectify: return Labels::tr("Rectify");
    case Action::Merge: return Labels::tr("Merge");
    case Action::Migrate: return Labels::tr("Migrate");
    case Action::Shutdown: return Labels::tr("Shut down");
    }
    return {};
}

QString flagLabel(Flag f)
{
    switch (f) {
    case Flag::CheckIn: return Labels::tr("Check-in");
    case Flag::Ranking: return Labels::tr("Points ranking");
    case Flag::OnlineTime: return Labels::tr("Online-time statistics");
    case Flag::ForcedDownload: return Labels::tr("Forced download");
    case Flag::LikeAssessment: return Labels::tr("Likes/forwards/votes as assessment");
    case Flag::StudyTimeAssessment: return Labels::tr("Study time as assessment");
    case Flag::TraceUpload: return Labels::tr("Mandatory work-photo upload");
    case Flag::ForcedFollow: return Labels::tr("Assigned follows");
    case Flag::Commercial: return Labels::tr("Commercial activity");
    case Flag::NoFeedback: return Labels::tr("No feedback function");
    case Flag::NoIpv6: return Labels::tr("No IPv6");
    case Flag::Temporary: return Labels::tr("Temporary group");
    }
    return {};
}

} // namespace slimplan
