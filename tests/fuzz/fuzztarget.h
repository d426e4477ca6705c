#pragma once
// The part every libFuzzer target shares: a QCoreApplication (Qt Sql loads its driver as a plugin
// and needs one) and an abort when an entry point breaks its invariant, so libFuzzer keeps the input.

#include "fuzzentries.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

#define SLIMPLAN_FUZZ_INIT                                                                   \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                             \
    {                                                                                        \
        /* never destroyed: Qt's globals may be gone when exit handlers run */              \
        static QCoreApplication *app = new QCoreApplication(*argc, *argv);                   \
        (void)app;                                                                           \
        slimplanFuzzInit();                                                                  \
        return 0;                                                                            \
    }

namespace slimplan::fuzz {

inline void checkOutcome(const QString &outcome)
{
    static const bool verbose = qEnvironmentVariableIsSet("SLIMPLAN_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "outcome: %s\n", qPrintable(outcome.left(300)));
    if (outcome.isEmpty()) {
        std::fprintf(stderr, "slimplan fuzz: invariant broken (no refusal message and no result)\n");
        std::abort();
    }
}

} // namespace slimplan::fuzz
