#pragma once
// Writing and reading the small files the core suites make on the fly (ledgers in a temporary
// folder, a file a save must not overwrite), so that a suite says what it writes, not how.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace slimplan::testing {

// True when all of `bytes` were written to a new or truncated file at `path`.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The whole file, or an empty array when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace slimplan::testing
