#!/usr/bin/env bash
# Installs what the libFuzzer build (scripts/run-fuzz.sh, SLIMPLAN_FUZZ=ON) needs on top of
# scripts/install-deps.sh: clang 14 with its sanitizer/libFuzzer runtimes and lld. Kept apart from
# the main list because only the reliability work needs them.
set -euo pipefail
# shellcheck source=install-deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh"
install_packages install-fuzz-deps clang-14 libclang-rt-14-dev lld-14
