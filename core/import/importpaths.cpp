// Which files a folder of returns stands for (declared in importer.h).
#include "import/importer.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace slimplan {

namespace {
// Name order as a file manager shows it: runs of digits compare by value (2-民政局 before
// 10-文旅局), everything else by code point, so the order is the same on every machine.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            QStringView da = QStringView(a).mid(i, ei - i), db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}
} // namespace

bool isLedgerFileName(const QString &fileName)
{
    // Office lock files (~$台账.xlsx, .~lock.台账.xlsx#) and editor backups are no returns.
    if (fileName.startsWith(QLatin1String("~$")) || fileName.startsWith(QLatin1Char('.'))
        || fileName.endsWith(QLatin1Char('#')) || fileName.endsWith(QLatin1Char('~')))
        return false;
    static const QStringList exts = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                     QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("xlsm"),
                                     QStringLiteral("xls"), QStringLiteral("ods"), QStringLiteral("et")};
    return exts.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList expandImportPaths(const QStringList &paths, QStringList *skipped)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (!fi.isDir()) {
            out << path;
            continue;
        }
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        constexpr int kMaxEntries = 100000; // a mistaken drop of a whole disk stops here
        for (int n = 0; it.hasNext() && n < kMaxEntries; ++n) {
            it.next();
            const QFileInfo f = it.fileInfo();
            // Hidden folders (.git, __MACOSX) are not walked into; QDirIterator skips hidden
            // entries without QDir::Hidden, and so their contents too.
            if (f.isDir() || f.fileName() == QLatin1String("__MACOSX")
                || f.filePath().contains(QLatin1String("/__MACOSX/")))
                continue;
            const QString name = f.fileName();
            if (isLedgerFileName(name))
                files << f.filePath();
            else if (skipped && !name.startsWith(QLatin1String("~$")) && !name.startsWith(QLatin1Char('.')))
                *skipped << f.filePath(); // lock files and hidden files go unmentioned
        }
        std::sort(files.begin(), files.end(), naturalLess);
        out << files;
    }
    return out;
}

} // namespace slimplan
