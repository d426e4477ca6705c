#include "store/projectfile.h"

#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ProjectFile)
};

std::filesystem::path fsPath(const QString &p)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(p.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(p).toStdString());
#endif
}

bool canceled(Progress *progress, QString *error)
{
    if (!progress || !progress->isCanceled())
        return false;
    *error = Tr::tr("Saving was cancelled; the file is unchanged.");
    return true;
}

// Fills the new file at `tmp`; the caller renames it or removes it.
void stage(Progress *progress, const QString &label)
{
    if (progress)
        progress->beginStage(label, 0);
}

bool buildFile(const QString &tmp, const ProjectContent &c, Progress *progress, QString *error)
{
    if (!c.sourcePath.isEmpty()) {
        stage(progress, Tr::tr("Copying the project"));
        if (!copyProjectFile(c.sourcePath, tmp, error))
            return false;
    }
    if (canceled(progress, error))
        return false;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(tmp, error);
    if (!store)
        return false;
    if (!c.sourcePath.isEmpty()) {
        if (!store->selectSnapshot(c.snapshot)) {
            *error = Tr::tr("The snapshot of the document is missing in %1.").arg(c.sourcePath);
            return false;
        }
    } else {
        if (!c.memberSalt.isEmpty() && !store->setMemberSalt(c.memberSalt, error))
            return false;
        const PendingImport pending = c.pendingImport.value_or(PendingImport{});
        if (!store->importInventory(*c.inventory, pending.report, pending.files, progress, error))
            return false;
        if (!c.title.isEmpty() && !store->setRegion(store->regionCode(), c.title, error))
            return false;
    }
    if (canceled(progress, error))
        return false;
    stage(progress, Tr::tr("Writing the plan"));
    // The log first: saveAll then leaves exactly the document's overrides in force.
    std::vector<DecisionLogEntry> log = c.decisionLog;
    if (!store->recordDecisions(log, error))
        return false;
    return store->saveAll(c.plan.profile, c.plan, *c.inventory, c.overrides, error);
}
} // namespace

bool saveIntoProject(const ProjectContent &c, Progress *progress, QString *error)
{
    std::unique_ptr<ProjectStore> store = ProjectStore::open(c.sourcePath, error);
    if (!store)
        return false;
    if (!store->selectSnapshot(c.snapshot)) {
        *error = Tr::tr("The snapshot of the document is missing in %1.").arg(c.sourcePath);
        return false;
    }
    if (canceled(progress, error))
        return false;
    stage(progress, Tr::tr("Writing the plan"));
    return store->saveAll(c.plan.profile, c.plan, *c.inventory, c.overrides, error);
}

bool writeProjectFile(const QString &path, const ProjectContent &c, Progress *progress, QString *error)
{
    if (!c.inventory) {
        *error = Tr::tr("Nothing to save.");
        return false;
    }
    // A unique name in the target's folder, so the rename stays on one file system.
    QTemporaryFile reserve(path + QStringLiteral(".tmp-XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        *error = Tr::tr("Cannot write in the folder of %1: %2").arg(path, reserve.errorString());
        return false;
    }
    const QString tmp = reserve.fileName();
    reserve.close();
    // QTemporaryFile makes the file private to its owner; a project keeps the permissions of the
    // file it replaces, or gets those of an ordinary new file.
    const QFileDevice::Permissions ordinary = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadUser | QFileDevice::WriteUser
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(tmp, QFileInfo::exists(path) ? QFileInfo(path).permissions() : ordinary);
    QString err;
    const bool ok = buildFile(tmp, c, progress, &err) && !canceled(progress, &err) && replaceFile(tmp, path, &err);
    if (!ok) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
        *error = err;
    }
    return ok;
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec) {
        *error = Tr::tr("Cannot replace %1: %2").arg(to, QString::fromLocal8Bit(ec.message()));
        return false;
    }
#ifdef Q_OS_UNIX
    // The rename itself must reach the disk before "saved" is shown.
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    return true;
}

bool copyProjectFile(const QString &from, const QString &to, QString *error)
{
    // SQLite's online backup copies a consistent state even while another connection writes;
    // a plain file copy could catch half a transaction.
    sqlite3 *src = nullptr;
    sqlite3 *dst = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(from).constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(to).constData(), &dst,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString err;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(src, 5000);
        sqlite3_busy_timeout(dst, 5000);
        sqlite3_exec(dst, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        if (sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main")) {
            for (int tries = 0; tries < 50; ++tries) {
                rc = sqlite3_backup_step(b, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                sqlite3_sleep(100);
            }
            sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(dst);
        }
        if (rc != SQLITE_OK)
            err = QString::fromUtf8(sqlite3_errstr(rc));
    } else {
        err = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(src);
    sqlite3_close(dst);
    if (rc != SQLITE_OK && error)
        *error = Tr::tr("Cannot copy %1 to %2: %3").arg(from, to, err);
    return rc == SQLITE_OK;
}

} // namespace slimplan
