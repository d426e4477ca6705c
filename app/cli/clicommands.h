#pragma once
// The headless commands of slimplan-cli (DESIGN.md's command-line contract).

#include <QStringList>

namespace slimplan::cli {

// Exit status: 0 success; 1 the input had errors; 2 bad usage.
int run(const QStringList &arguments);

} // namespace slimplan::cli
