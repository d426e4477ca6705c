#!/usr/bin/env bash
# Installs what the libFuzzer build (scripts/run-fuzz.sh, SLIMPLAN_FUZZ=ON) needs on top of
# scripts/install-deps.sh: clang 14 with its sanitizer/libFuzzer runtimes and lld. Kept apart from
# the main list because only the reliability work needs them.
set -euo pipefail
PACKAGES=(clang-14 libclang-rt-14-dev lld-14)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-fuzz-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-fuzz-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
