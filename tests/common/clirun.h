#pragma once
// Runs slimplan-cli (SLIMPLAN_CLI_PATH) as a user would and keeps its exit code and output, for the
// suites that test the command-line contract.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace slimplan::testing {

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish within two minutes
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace slimplan::testing
