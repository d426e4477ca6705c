#!/usr/bin/env bash
# Builds one libFuzzer target in ./build-fuzz and runs it for SECONDS (one process, 2-core
# machine): scripts/run-fuzz.sh csv|json|xlsx|xls|ods|project SECONDS [extra libFuzzer flags...]
# The corpus grows in tests/fuzz/corpus-work/<target>/ (gitignored), seeded from tests/data and
# the regression inputs; crashes land in tests/fuzz/corpus-work/<target>-artifacts/. A crash
# found is fixed, then its input goes to tests/data/fuzz-regressions/<target>/ (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: $0 csv|json|xlsx|xls|ods|project SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1; seconds=$2; shift 2
case "$target" in
  csv)     maxlen=65536;  exts="csv tsv txt" ;;
  json)    maxlen=65536;  exts="json" ;;
  xlsx)    maxlen=131072; exts="xlsx" ;;
  xls)     maxlen=131072; exts="xls" ;;
  ods)     maxlen=131072; exts="ods" ;;
  project) maxlen=131072; exts="" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

scripts/install-fuzz-deps.sh >/dev/null
# ccache when present: the reliability builds are large and the machine is shared.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
fi
if [ ! -f build-fuzz/build.ninja ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DSLIMPLAN_FUZZ=ON \
    -DSLIMPLAN_BUILD_TESTS=OFF -DSLIMPLAN_BUILD_BENCH=OFF "${launcher[@]}"
fi
cmake --build build-fuzz --target "fuzz_$target" -j2

work=tests/fuzz/corpus-work
corpus=$work/$target
seeds=$work/$target-seeds
artifacts=$work/$target-artifacts
mkdir -p "$corpus" "$seeds" "$artifacts"
for ext in $exts; do
  find tests/data -path tests/data/fuzz-regressions -prune -o -type f -name "*.$ext" -size -${maxlen}c \
    -exec cp -f {} "$seeds/" \;
done
if [ "$target" = project ] && [ -z "$(ls -A "$seeds")" ]; then
  SLIMPLAN_FUZZ_SEED_OUT="$seeds" "build-fuzz/tests/fuzz/fuzz_project"
fi
regress=tests/data/fuzz-regressions/$target
[ -d "$regress" ] && cp -f "$regress"/* "$seeds/" 2>/dev/null || true

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
exec "build-fuzz/tests/fuzz/fuzz_$target" "$corpus" "$seeds" \
  -max_total_time="$seconds" -max_len="$maxlen" -rss_limit_mb=2048 -malloc_limit_mb=2048 \
  -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@"
