#!/usr/bin/env bash
# Installs, builds, and runs the main job on the embedded demo region: the GUI where there is a
# display, otherwise the plan as PDF, JSON and XLSX in ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/slimplan --demo
fi
build/app/slimplan-cli demo --json out/demo-plan.json --pdf out/demo-plan.pdf --xlsx out/demo-plan.xlsx
echo "No display: the demo plan is in out/demo-plan.pdf, out/demo-plan.json and out/demo-plan.xlsx"
