#pragma once
// The open numbers of the policy documents (how long is a zombie, what is "low usage", how similar
// is "overlapping"), with documented defaults. Editable by the user, saved in the project and
// printed in every plan. JSON keys are the snake_case names below.

#include "model/types.h"

#include <QJsonObject>
#include <QString>

namespace slimplan {

struct OverlapWeights
{
    double functions = 0.40;   // weighted (IDF) Jaccard of functions
    double dataItems = 0.25;   // Jaccard of data items collected (the basis of "report once")
    double members = 0.20;     // Jaccard of member hashes (work groups)
    double name = 0.10;        // character-bigram Jaccard of names, region name removed
    double owner = 0.03;       // same owner
    double platform = 0.02;    // same platform

    bool operator==(const OverlapWeights &) const = default;
};

struct PolicyProfile
{
    QString name = QStringLiteral("default");
    int zombieDays = 90;            // P3/A9: no post/activity for longer than this
    int groupIdleDays = 60;         // G1: no message for longer than this
    // G1: a group flagged temporary whose last message is older than this has finished its task.
    // Two weeks, the same span after which 国办秘函〔2019〕19号 fails an account without updates.
    int temporaryGroupIdleDays = 14;
    double overlapThreshold = 0.6;  // A10/P2/G2: overlap score at or above this links two items
    double containmentThreshold = 0.8; // A's functions inside B's at least this share → A folds into B
    qint64 lowUsageActiveUsers = 50; // A9: monthly active users below this is "low usage"
    double lowUsageActiveRatio = 0.05; // A9: or active/registered below this ratio
    QString provincialPlatform = QStringLiteral("省一表通平台"); // A3/A8: where reporting migrates
    QString provincialApp = QStringLiteral("省政务服务App");    // A1: higher-level platform for apps
    OverlapWeights weights;
    // 整改通知 deadlines, in days from the notice (issue #18): shut down within 30, merge or
    // migrate within 90, rectify within 60. JSON: "deadline_days": {"shutdown": 30, …}.
    int shutdownDeadlineDays = 30;
    int mergeDeadlineDays = 90;
    int migrateDeadlineDays = 90;
    int rectifyDeadlineDays = 60;

    // Days an item with this action has from its notice; -1 for keep (nothing to do).
    int deadlineDays(Action action) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types produce an error message in *error.
    static PolicyProfile fromJson(const QJsonObject &o, QString *error = nullptr);
    static PolicyProfile fromFile(const QString &path, QString *error);

    bool operator==(const PolicyProfile &) const = default;
};

} // namespace slimplan
