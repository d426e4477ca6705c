#!/usr/bin/env bash
# Installs, builds SlimPlan once with AddressSanitizer + UndefinedBehaviorSanitizer and warnings
# as errors, and runs every test suite (CTest, offscreen) under them (scripts/run-sanitizers.sh):
# any leak, overflow, use-after-free or undefined behaviour fails its test. This is what .ci/run
# calls; on 2 cores it takes about 23 minutes from a clean clone.
# SLIMPLAN_SKIP_SANITIZERS=1 builds ./build normally instead and runs the suite there (a quicker
# local check, and the build that scripts/run-demo.sh and the benchmarks use).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [[ "${SLIMPLAN_SKIP_SANITIZERS:-0}" == 1 ]]; then
  scripts/build.sh -DSLIMPLAN_WERROR=ON
  (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
else
  # Without debug info the instrumented build is quicker; rerun scripts/run-sanitizers.sh
  # locally for line numbers in a report.
  SLIMPLAN_DEPS_INSTALLED=1 SLIMPLAN_ASAN_DEBUG=-g0 SLIMPLAN_ASAN_CMAKE_ARGS="-DSLIMPLAN_WERROR=ON -DSLIMPLAN_BUILD_BENCH=ON" \
    scripts/run-sanitizers.sh
fi
