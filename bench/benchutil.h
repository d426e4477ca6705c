#pragma once
// What every benchmark program measures the same way: medians, peak memory and CPU time of this
// process (getrusage), and the machine it ran on (CPU model, load average); and what they share
// around it: the "--name value" command line and printing each table row as it is measured.

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace slimplan::bench {

// The median of the runs (the mean of the middle two for an even count); -1 when there are none.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Peak resident memory of this process so far, MiB.
inline double peakMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // Linux: KiB
}

// User + system CPU time of this process so far (all threads), seconds.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QStringLiteral("unknown");
}

// The first `fields` load averages of /proc/loadavg (1, 5, 15 minutes): how shared the machine was.
inline QString loadAverage(int fields = 1)
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, fields - 1)
                                       : QStringLiteral("unknown");
}

// Writes "Machine: …" and the table between <!-- NAME:begin --> and <!-- NAME:end --> in the
// markdown file at `path`, replacing the block there or appending it.
inline void writeMarkdownBlock(const QString &path, const QString &name, const QString &machine,
                               const QString &table)
{
    QFile f(path);
    QString text;
    if (f.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(f.readAll());
    f.close();
    const QString begin = QStringLiteral("<!-- %1:begin -->").arg(name);
    const QString end = QStringLiteral("<!-- %1:end -->").arg(name);
    const QString block = begin + QStringLiteral("\nMachine: ") + machine + QStringLiteral("\n\n") + table + end;
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf(end);
    if (b >= 0 && e > b)
        text.replace(b, e + end.size() - b, block);
    else
        text += QStringLiteral("\n") + block + QStringLiteral("\n");
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
}

// The command line of a bench program: "--name VALUE" options and bare switches.
struct BenchArgs
{
    QStringList args;
    // The value after `name`, or `fallback` when the option or its value is absent.
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    }
    bool has(const QString &name) const { return args.contains(name); }
};

// Prints the table's last row at once, so a long run shows its progress.
inline void printLastRow(QTextStream &out, QTextStream &md, const QString &table)
{
    md.flush();
    out << table.section(QLatin1Char('\n'), -2) << "\n";
    out.flush();
}

} // namespace slimplan::bench
