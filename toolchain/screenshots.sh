#!/usr/bin/env bash
# Regenerates docs/screens/LANG/SIZE/: every screen in every language of the bundled content,
# at 800x480 and 720x1280, from docs/tour.script, headless. Needs a built default preset
# (toolchain/run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk="$PWD/build/default/kiosk/kiosk"
db="$PWD/build/default/content.db"
languages="${LANGUAGES:-en ru be}"
# No settings file: a kiosk.toml installed on this machine (rotate, language) must not change
# the pictures, which a test compares with the kiosk (tests/ui/golden_screens_test.cpp).
: > build/default/tour.toml
for language in $languages; do
  for size in 800x480 720x1280; do
    rm -rf build/default/tour-state   # each tour starts with no answers on record
    out="docs/screens/$language/$size"
    mkdir -p "$out"
    (cd "$out" && "$kiosk" --headless --window "$size" --db "$db" --seed 7 --language "$language" \
        --config "$OLDPWD/build/default/tour.toml" --state-dir "$OLDPWD/build/default/tour-state" \
        --script "$OLDPWD/docs/tour.script" --fast >/dev/null)
  done
done
echo "screenshots in docs/screens/: look at the changed ones (git status docs/screens), then commit"
