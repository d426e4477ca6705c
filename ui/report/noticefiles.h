#pragma once
// Writing the notices of a region into a folder, one file per unit, as the CLI's `notices` and
// the GUI's Write Notices… both do: the file names, the format, progress and cancel.

#include "report/notices.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace slimplan {

class ProjectStore;

enum class NoticeFormat { Pdf, Xlsx, Docx };

struct NoticeFilesResult
{
    QStringList files;   // file names inside the folder, one per notice written, in order
    QString error;       // non-empty: writing stopped here (the files so far stay)
    bool canceled = false;
};

class NoticeFiles
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::NoticeFiles)
public:
    // "pdf", "xlsx", "docx" → the format; nullopt for anything else.
    static std::optional<NoticeFormat> formatFromName(const QString &name);
    static QString suffix(NoticeFormat format);
    // Whether this build can write the format (docx: not yet, issue #19).
    static bool available(NoticeFormat format) { return format != NoticeFormat::Docx; }

    // Writes each notice into `folder` (created if missing), a file of the same name replaced.
    // Progress: one stage, one step per notice; cancel stops after the current file. Needs a
    // QGuiApplication for PDF (offscreen is fine); safe in a worker thread.
    static NoticeFilesResult write(const std::vector<Notice> &notices, const QString &folder,
                                   NoticeFormat format, Progress *progress = nullptr);

    // Records the notices written (`files`, parallel to the first notices) in the project and
    // marks each of their items notified on the issue date, its deadline the notice's (one for
    // all, or the profile's per action kind). One transaction: the notices and the steps both or
    // neither. Order: the files are written first (write()), recorded after; when the project
    // refuses, no item is marked notified and no notice recorded (the files written stay, and
    // the caller says so). *error + false when the project refused.
    static bool record(ProjectStore &store, const std::vector<Notice> &notices, const QStringList &files,
                       const NoticeOptions &options, QString *error);
};

} // namespace slimplan
