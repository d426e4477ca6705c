// slimplan-cli: the headless entry point. Argument handling lives in clicommands.cpp.
#include "cli/clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slimplan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SlimPlan"));
    return slimplan::cli::run(QCoreApplication::arguments());
}
