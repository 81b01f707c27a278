#!/usr/bin/env bash
# Regenerates docs/screens/: every screen at 800x480 and 720x1280, from docs/tour.script on
# the bundled content, headless. Needs a built default preset (toolchain/run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk="$PWD/build/default/kiosk/kiosk"
db="$PWD/build/default/content.db"
for size in 800x480 720x1280; do
  rm -rf build/default/tour-state   # each tour starts with no answers on record
  out="docs/screens/$size"
  mkdir -p "$out"
  (cd "$out" && "$kiosk" --headless --window "$size" --db "$db" --seed 7 \
      --state-dir "$OLDPWD/build/default/tour-state" --script "$OLDPWD/docs/tour.script" --fast >/dev/null)
done
echo "screenshots in docs/screens/"
