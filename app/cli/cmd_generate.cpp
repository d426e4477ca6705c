// slimplan-cli generate --items N [--seed S] [--regions R] --out FILE.csv|.xlsx
// Writes a synthetic ledger for benchmarks and demos (core/synth/generator.h).

#include "cli/clicommands.h"

#include "synth/generator.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace slimplan::cli {

int runGenerate(const QStringList &args);

namespace {

int usage(QTextStream &err, const QString &problem)
{
    if (!problem.isEmpty())
        err << "generate: " << problem << "\n";
    err << "usage: slimplan-cli generate --items N [--seed S] [--regions R] --out FILE.csv|.xlsx\n";
    return 2;
}

} // namespace

// `args` are the arguments after "generate" (a leading program name and "generate" are skipped).
int runGenerate(const QStringList &arguments)
{
    QTextStream err(stderr);
    QStringList args = arguments;
    const qsizetype at = args.indexOf(QStringLiteral("generate"));
    if (at >= 0)
        args = args.mid(at + 1);

    GeneratorOptions options;
    bool haveItems = false;
    QString out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            usage(err, QString());
            return 0;
        }
        if (i + 1 >= args.size())
            return usage(err, QStringLiteral("missing value for %1").arg(a));
        const QString &v = args.at(++i);
        bool ok = false;
        if (a == QLatin1String("--items")) {
            options.items = v.toLongLong(&ok);
            if (!ok || options.items < 0)
                return usage(err, QStringLiteral("--items needs a non-negative integer"));
            haveItems = true;
        } else if (a == QLatin1String("--seed")) {
            options.seed = v.toULongLong(&ok);
            if (!ok)
                return usage(err, QStringLiteral("--seed needs a non-negative integer"));
        } else if (a == QLatin1String("--regions")) {
            options.regions = v.toInt(&ok);
            if (!ok || options.regions < 1)
                return usage(err, QStringLiteral("--regions needs a positive integer"));
        } else if (a == QLatin1String("--out")) {
            out = v;
        } else {
            return usage(err, QStringLiteral("unknown option %1").arg(a));
        }
    }
    if (!haveItems || out.isEmpty())
        return usage(err, QStringLiteral("--items and --out are required"));
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usage(err, QStringLiteral("--out must end in .csv or .xlsx"));

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!writeGeneratedLedger(options, out, &error)) {
        err << error << "\n";
        return 1;
    }
    err << "generated " << options.items << " items in " << timer.elapsed() / 1000.0 << " s: " << out
        << "\n";
    return 0;
}

} // namespace slimplan::cli
