#include "cli/clicommands.h"

#include <QTextStream>

namespace slimplan::cli {

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: slimplan-cli import|plan|demo|generate|compare ...\n";
        return 2;
    }
    err << "unknown command: " << arguments.at(1) << "\n";
    return 2;
}

} // namespace slimplan::cli
