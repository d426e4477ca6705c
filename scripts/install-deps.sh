#!/usr/bin/env bash
# Installs the Debian bookworm packages SlimPlan needs to build, test and run.
# Sourced by scripts/install-fuzz-deps.sh for install_packages(), the one place that checks and
# installs a package list; sourcing it installs nothing.
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libgl-dev libqcustomplot-dev libboost-graph-dev libsqlite3-dev
  libquazip1-qt6-dev libuchardet-dev libfreexl-dev
  # Stand-ins for the official document fonts (README "Fonts"): Song/FangSong, Kai, Hei.
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei
  poppler-utils xvfb xauth python3 python3-openpyxl
)

# install_packages NAME PACKAGE...: installs those of the packages that are missing (with sudo
# when not root); NAME prefixes the messages.
install_packages() {
  local name=$1
  shift
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "$name: all $# packages present"
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "$name: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  install_packages install-deps "${PACKAGES[@]}"
fi
