#!/usr/bin/env bash
# Installs, builds and runs every test suite (CTest, offscreen), then builds again with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs the whole suite once more under them
# (scripts/run-sanitizers.sh). This is what .ci/run calls; on 2 cores it took 27 minutes
# from a clean clone. SLIMPLAN_SKIP_SANITIZERS=1 runs only the first pass (for a quick local check).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DSLIMPLAN_WERROR=ON
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
if [[ "${SLIMPLAN_SKIP_SANITIZERS:-0}" != 1 ]]; then
  # Without debug info the instrumented build is quicker; rerun scripts/run-sanitizers.sh
  # locally for line numbers in a report.
  SLIMPLAN_DEPS_INSTALLED=1 SLIMPLAN_ASAN_DEBUG=-g0 scripts/run-sanitizers.sh
fi
