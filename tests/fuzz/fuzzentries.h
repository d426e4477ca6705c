#pragma once
// The entry points shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and the regression
// suite (tests/fuzzregress): the bytes of one input go through exactly the code a user's file
// goes through. Header-only so that the normal test build needs no extra library.
//
// Each entry returns an outcome in words; an empty string means an invariant broke (the fuzz
// targets abort on it, the regression suite fails). The invariant is "a refusal with a message,
// or a result": a file is either refused with an error the user can read, or gives items that
// match the report's count.

#include "import/importer.h"
#include "store/projectstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace slimplan::fuzz {

// One scratch path per process and suffix, rewritten for every input: /dev/shm keeps the
// per-execution file write off the disk when it exists.
inline QString scratchPath(const QString &suffix)
{
    static const QString dir = QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                   ? QStringLiteral("/dev/shm")
                                   : QDir::tempPath();
    return QStringLiteral("%1/slimplan-fuzz-%2.%3")
        .arg(dir)
        .arg(QCoreApplication::applicationPid())
        .arg(suffix);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A ledger file (suffix "csv", "json", "xlsx") through importFiles(), the importer's public entry.
inline QString runImport(const QByteArray &bytes, const QString &suffix)
{
    const QString path = scratchPath(suffix);
    if (!writeFile(path, bytes))
        return QStringLiteral("scratch file not writable");
    ImportOptions opt;
    opt.memberSalt = QByteArray(16, 'x');
    const ImportResult r = importFiles({path}, opt, nullptr);
    QFile::remove(path);
    if (r.report.filesRefused > 0) {
        // A refusal must say why, and keep nothing of the file.
        for (const ImportIssue &i : r.report.issues) {
            if (i.isError() && i.row == 0 && !i.message.isEmpty())
                return r.inventory.isEmpty() ? QStringLiteral("refused: ") + i.message : QString();
        }
        return {};
    }
    if (r.canceled || r.inventory.isEmpty() || r.inventory.size() > r.report.rowsImported)
        return {};
    return QStringLiteral("imported %1 item(s)").arg(r.inventory.size());
}

// A project file through ProjectStore::open() and every reader of its tables.
inline QString runProject(const QByteArray &bytes)
{
    const QString path = scratchPath(QStringLiteral("slimplan"));
    if (!writeFile(path, bytes))
        return QStringLiteral("scratch file not writable");
    QString outcome;
    {
        QString error;
        const std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store) {
            outcome = error.isEmpty() ? QString() : QStringLiteral("refused: ") + error;
        } else {
            const Inventory inv = store->loadInventory();
            (void)store->importHistory();
            (void)store->policyProfile();
            (void)store->overrides();
            (void)store->snapshots();
            (void)store->regionName();
            (void)store->loadPlan(inv);
            outcome = QStringLiteral("opened, %1 item(s)").arg(inv.size());
        }
    }
    // open() may have migrated the file and left a backup beside it.
    const QFileInfo fi(path);
    const QStringList leftovers = fi.dir().entryList({fi.fileName() + QStringLiteral("*")}, QDir::Files);
    for (const QString &name : leftovers)
        QFile::remove(fi.dir().filePath(name));
    return outcome;
}

} // namespace slimplan::fuzz
