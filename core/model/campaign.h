#pragma once
// The campaign around the plan (DESIGN.md, "The campaign SlimPlan serves"): the append-only log of
// the official's decisions, the tracking of each item from planned to verified, the survey sheets
// sent to the units, the notices written to them and the items a unit reported gone. Plain values;
// core/store keeps them in the project file.

#include "model/types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace slimplan {

// One decision as the log keeps it: never rewritten or erased, also not by undo (undo appends
// the reverse). An action that is nullopt means "no override: the recommendation stands".
struct DecisionLogEntry
{
    enum class Kind : std::uint8_t { Decide, Revert, Undo, Redo, Imported };
    qint64 id = 0;              // order of the log; 0 until stored
    qint64 batch = 0;           // entries of one bulk decision share it (0 = alone)
    QString itemId;
    QString who;
    QDateTime when;             // UTC
    std::optional<Action> oldAction;
    QString oldTarget;
    std::optional<Action> newAction;
    QString newTarget;
    QString reason;
    QString scenario;           // empty = the plan itself (baseline)
    Kind kind = Kind::Decide;
};
QString decisionKindName(DecisionLogEntry::Kind k);                   // "decide", "revert", …
std::optional<DecisionLogEntry::Kind> decisionKindFromName(QStringView name);

// Carrying the plan out, item by item.
enum class TrackingState : std::uint8_t { Planned, Notified, InProgress, Done, Verified };
inline constexpr int kTrackingStateCount = 5;
QString trackingStateName(TrackingState s);                           // "planned", "in_progress", …
std::optional<TrackingState> trackingStateFromName(QStringView name);
QString trackingStateLabel(TrackingState s);                          // 已计划 / Planned …

// One step of one item (append-only history); the latest step is the item's state.
struct TrackingEvent
{
    qint64 id = 0;
    QString itemId;
    TrackingState state = TrackingState::Planned;
    QDate date;                 // the day the step happened (as reported), invalid = unknown
    QString note;
    QString evidence;           // an evidence file name, not its content
    QString who;
    QDateTime when;             // UTC, when it was recorded
};

// An item's current tracking: its latest step and, once notified, its deadline.
struct TrackingStatus
{
    QString itemId;
    TrackingState state = TrackingState::Planned;
    QDate date;                 // of the latest step
    QDate deadline;             // invalid = none (not notified yet, or keep)
    QString note;
};

// One 核查表 written for one unit.
struct SurveyRecord
{
    QString owner;              // the unit
    QString file;               // file name written
    int items = 0;              // items pre-filled
    QDateTime when;             // UTC
};

// One 整改通知 written for one unit.
struct NoticeRecord
{
    QString owner;
    QString file;
    int items = 0;              // items with an action
    QDate deadline;             // the latest deadline in it
    QDateTime when;             // UTC
};

// An item that a unit's return no longer lists: never deleted, flagged for the office.
struct ReportedGone
{
    QString itemId;
    QString owner;
    QString file;               // the return that left it out
    QDateTime when;             // UTC
};

} // namespace slimplan
