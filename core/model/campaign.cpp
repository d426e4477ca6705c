#include "model/campaign.h"

#include <QCoreApplication>

#include <array>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Labels)
};
constexpr std::array<const char *, 5> kDecisionKinds{"decide", "revert", "undo", "redo", "imported"};
constexpr std::array<const char *, kTrackingStateCount> kStates{"planned", "notified", "in_progress",
                                                                 "done", "verified"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char *, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

QString decisionKindName(DecisionLogEntry::Kind k)
{
    return QString::fromLatin1(kDecisionKinds[std::size_t(k)]);
}

std::optional<DecisionLogEntry::Kind> decisionKindFromName(QStringView name)
{
    return fromName<DecisionLogEntry::Kind>(kDecisionKinds, name);
}

QString trackingStateName(TrackingState s)
{
    return QString::fromLatin1(kStates[std::size_t(s)]);
}

std::optional<TrackingState> trackingStateFromName(QStringView name)
{
    return fromName<TrackingState>(kStates, name);
}

QString trackingStateLabel(TrackingState s)
{
    switch (s) {
    case TrackingState::Planned: return Tr::tr("Planned");
    case TrackingState::Notified: return Tr::tr("Notified");
    case TrackingState::InProgress: return Tr::tr("In progress");
    case TrackingState::Done: return Tr::tr("Done");
    case TrackingState::Verified: return Tr::tr("Verified");
    }
    return {};
}

} // namespace slimplan
