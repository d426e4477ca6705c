#include "report/noticefiles.h"

#include "report/noticepdf.h"
#include "report/noticexlsx.h"
#include "store/projectstore.h"

#include <QDir>

#include <algorithm>

namespace slimplan {

std::optional<NoticeFormat> NoticeFiles::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return NoticeFormat::Pdf;
    if (n == QLatin1String("xlsx"))
        return NoticeFormat::Xlsx;
    if (n == QLatin1String("docx"))
        return NoticeFormat::Docx;
    return std::nullopt;
}

QString NoticeFiles::suffix(NoticeFormat format)
{
    switch (format) {
    case NoticeFormat::Pdf: return QStringLiteral("pdf");
    case NoticeFormat::Xlsx: return QStringLiteral("xlsx");
    case NoticeFormat::Docx: return QStringLiteral("docx");
    }
    return QString();
}

NoticeFilesResult NoticeFiles::write(const std::vector<Notice> &notices, const QString &folder,
                                     NoticeFormat format, Progress *progress)
{
    NoticeFilesResult result;
    if (!available(format)) {
        result.error = tr("Notices as .%1 are not available yet.").arg(suffix(format));
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const QDir dir(folder);
    const int count = static_cast<int>(notices.size());
    if (progress)
        progress->beginStage(tr("Writing notices"), count);
    for (int i = 0; i < count; ++i) {
        if (progress && progress->isCanceled()) {
            result.canceled = true;
            return result;
        }
        const Notice &n = notices[static_cast<std::size_t>(i)];
        const QString name = Notices::fileName(i + 1, count, n.owner, suffix(format));
        const QString path = dir.filePath(name);
        QString error;
        const bool ok = format == NoticeFormat::Pdf ? writeNoticePdf(n, path, &error)
                                                    : NoticeXlsx::write(n, path, &error);
        if (!ok) {
            result.error = error.isEmpty() ? tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)) : error;
            return result;
        }
        result.files << name;
        if (progress)
            progress->advance(i + 1);
    }
    return result;
}

bool NoticeFiles::record(ProjectStore &store, const std::vector<Notice> &notices, const QStringList &files,
                         const NoticeOptions &options, QString *error)
{
    const QDate issued = options.issued.isValid() ? options.issued : QDate::currentDate();
    std::vector<NoticeRecord> records;
    std::vector<TrackingEvent> events;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (std::size_t i = 0; i < notices.size() && i < static_cast<std::size_t>(files.size()); ++i) {
        const Notice &n = notices[i];
        records.push_back({n.owner, files.at(static_cast<qsizetype>(i)), static_cast<int>(n.items.size()),
                           n.latestDeadline(), now});
        for (const NoticeItem &it : n.items) {
            TrackingEvent e;
            e.itemId = it.itemId;
            e.state = TrackingState::Notified;
            e.date = issued;
            e.note = n.number;
            e.when = now;
            events.push_back(std::move(e));
        }
    }
    // The tracking store fixes each deadline as issue date + the profile's days for the item's
    // action: one deadline for all is the profile whose every kind has the days up to it.
    PolicyProfile profile = options.profile;
    if (options.deadline.isValid()) {
        const int days = static_cast<int>(std::max<qint64>(0, issued.daysTo(options.deadline)));
        profile.shutdownDeadlineDays = profile.mergeDeadlineDays = days;
        profile.migrateDeadlineDays = profile.rectifyDeadlineDays = days;
    }
    return store.recordNoticesAndTracking(records, events, error, &profile);
}

} // namespace slimplan
