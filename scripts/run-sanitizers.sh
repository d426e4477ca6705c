#!/usr/bin/env bash
# Builds SlimPlan with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, SLIMPLAN_SANITIZE=ON)
# in ./build-asan and runs the whole test suite under them. Any leak, overflow, use-after-free or
# undefined behaviour aborts its test, so a green run means none was met. docs/reliability.md.
#   scripts/run-sanitizers.sh [ctest arguments, e.g. -R test_store]
set -euo pipefail
cd "$(dirname "$0")/.."
# run-tests.sh has installed them already.
[[ "${SLIMPLAN_DEPS_INSTALLED:-0}" == 1 ]] || scripts/install-deps.sh
start=$(date +%s)
# ccache when present: the reliability builds are large and the machine is shared.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
fi
# -O1: sanitizers want optimisation low enough for exact stacks; Debug keeps the asserts on.
# SLIMPLAN_ASAN_DEBUG=-g0 (what CI uses) builds faster; the reports then name functions, not lines.
# SLIMPLAN_ASAN_CMAKE_ARGS adds configure options (CI: -DSLIMPLAN_WERROR=ON -DSLIMPLAN_BUILD_BENCH=ON).
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 ${SLIMPLAN_ASAN_DEBUG:--g1}" \
  -DSLIMPLAN_SANITIZE=ON -DSLIMPLAN_BUILD_BENCH=OFF "${launcher[@]}" ${SLIMPLAN_ASAN_CMAKE_ARGS:-}
cmake --build build-asan --parallel "$(nproc)"
built=$(date +%s)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Qt's plugin loader keeps some allocations until exit on purpose; see tests/lsan.supp.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
cd build-asan
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 1800 "$@" || status=$?
end=$(date +%s)
echo "run-sanitizers: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s"
exit $status
