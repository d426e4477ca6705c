#pragma once
// The closed vocabularies of the inventory and the plan, with their canonical (JSON/CLI) names.

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace slimplan {

enum class Kind : std::uint8_t { App, Account, Group };
inline constexpr int kKindCount = 3;

// Administrative level of the owning unit. Ordered from the top down.
enum class Level : std::uint8_t { Central, Province, City, County, Township, Village };
inline constexpr int kLevelCount = 6;

enum class Audience : std::uint8_t { Internal, Public, Enterprise };

// One item gets one action. Ordered by strength: a stronger action wins (POLICY.md).
enum class Action : std::uint8_t { Keep, Rectify, Merge, Migrate, Shutdown };
inline constexpr int kActionCount = 5;

// Feature flags of INVENTORY-FORMAT.md, as bits.
enum class Flag : std::uint32_t {
    CheckIn = 1u << 0,
    Ranking = 1u << 1,
    OnlineTime = 1u << 2,
    ForcedDownload = 1u << 3,
    LikeAssessment = 1u << 4,
    StudyTimeAssessment = 1u << 5,
    TraceUpload = 1u << 6,
    ForcedFollow = 1u << 7,
    Commercial = 1u << 8,
    NoFeedback = 1u << 9,
    NoIpv6 = 1u << 10,
    Temporary = 1u << 11,
};
inline constexpr int kFlagCount = 12;
using Flags = std::uint32_t;

inline constexpr bool hasFlag(Flags flags, Flag f) { return (flags & static_cast<Flags>(f)) != 0; }
inline constexpr Flags withFlag(Flags flags, Flag f) { return flags | static_cast<Flags>(f); }

// Canonical names ("app", "county", "shutdown", "check_in", …) used in JSON, CSV and the CLI.
QString kindName(Kind k);
QString levelName(Level l);
QString audienceName(Audience a);
QString actionName(Action a);
QString flagName(Flag f);
QStringList flagNames(Flags flags);
Flag flagAt(int bitIndex);

std::optional<Kind> kindFromName(QStringView name);
std::optional<Level> levelFromName(QStringView name);
std::optional<Audience> audienceFromName(QStringView name);
std::optional<Action> actionFromName(QStringView name);
std::optional<Flag> flagFromName(QStringView name);

// Translated labels for people (tr() context "slimplan::Labels").
QString kindLabel(Kind k);
QString levelLabel(Level l);
QString actionLabel(Action a);
QString flagLabel(Flag f);

} // namespace slimplan
