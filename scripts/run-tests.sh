#!/usr/bin/env bash
# Installs, builds and runs every test suite (CTest, offscreen). This is what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DSLIMPLAN_WERROR=ON
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
