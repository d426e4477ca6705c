#pragma once
// Writing a whole document into a project file without ever losing the one that was there: a
// Save writes profile, plan and overrides in one transaction; a Save As (and the GUI's autosave)
// builds the new file beside the target as "<path>.tmp-XXXXXX" and renames it over the target
// only when it is complete, so a failure or a kill leaves the old file as it was.
// Plain functions for a worker thread: each opens its own ProjectStore.

#include "import/importreport.h"
#include "model/campaign.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "util/progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace slimplan {

// An import whose items are not in any project file yet, for the history of the file they go to.
struct PendingImport
{
    ImportReport report;
    QStringList files;
};

// Everything a document saves. The inventory is lent: it must not change while a write runs.
struct ProjectContent
{
    const Inventory *inventory = nullptr;
    Plan plan;                          // the recommendations only; the overrides are below
    std::vector<Override> overrides;
    // Decisions in no project file yet (a document without one): appended to the log of the new file.
    std::vector<DecisionLogEntry> decisionLog;
    QString title;                      // region name; empty = derived from the items
    QByteArray memberSalt;              // what the inventory's member hashes were made with
    QString sourcePath;                 // the project the document lives in; empty = none
    int snapshot = 1;                   // its selected snapshot
    std::optional<PendingImport> pendingImport; // for a document without a project file
};

// Saves profile, plan and overrides into content.sourcePath in one transaction.
bool saveIntoProject(const ProjectContent &content, Progress *progress, QString *error);

// Writes the whole content as the project `path`, atomically (see above). With a source project
// the new file starts as a copy of it (history and snapshots kept); without one it is built from
// the inventory, the pending import's report and the document's member salt.
bool writeProjectFile(const QString &path, const ProjectContent &content, Progress *progress,
                      QString *error);

// A consistent copy of the project file `from` into `to` (SQLite's online backup: safe while
// another connection writes, unlike a file copy). `to` must be new or empty.
bool copyProjectFile(const QString &from, const QString &to, QString *error);

// Renames `from` over `to`, replacing it in one step, and flushes the folder. False + *error.
bool replaceFile(const QString &from, const QString &to, QString *error);

} // namespace slimplan
