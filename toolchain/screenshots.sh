#!/usr/bin/env bash
# Regenerates docs/screens/LANG/SIZE/: every screen in every language of the bundled content,
# at 800x480 and 720x1280, from docs/tour.script, headless; and docs/screens/LANG/SIZE-MODE/
# with a visitor's display option on (large-text, high-contrast: the tour turns it on in the Aa
# panel right after it begins). Needs a built default preset (toolchain/run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk="$PWD/build/default/kiosk/kiosk"
db="$PWD/build/default/content.db"
languages="${LANGUAGES:-en ru be}"
# No settings file: a kiosk.toml installed on this machine (rotate, language) must not change
# the pictures, which a test compares with the kiosk (tests/ui/golden_screens_test.cpp).
: > build/default/tour.toml
# A sound device that writes nowhere (SDL's disk driver): with one, the screens that have speech
# show Listen, as on a board. The golden screenshot test does the same.
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null
modes="${MODES:-standard large-text high-contrast}"
# The tour with display option $1 turned on once the visit has begun.
mode_tour() {
  if [ "$1" = standard ]; then cat docs/tour.script; return; fi
  local toggle="${1//-/_}"   # large-text -> the interface key large_text
  sed "/^press {begin_area}\$/a press {display_button}\\npress {$toggle}\\npress {done}" docs/tour.script
}
for mode in $modes; do
  mode_tour "$mode" > "build/default/tour-$mode.script"
  for language in $languages; do
    for size in 800x480 720x1280; do
      rm -rf build/default/tour-state   # each tour starts with no answers on record
      out="docs/screens/$language/$size"
      [ "$mode" = standard ] || out="$out-$mode"
      mkdir -p "$out"
      (cd "$out" && "$kiosk" --headless --window "$size" --db "$db" --seed 7 --language "$language" \
          --config "$OLDPWD/build/default/tour.toml" --state-dir "$OLDPWD/build/default/tour-state" \
          --script "$OLDPWD/build/default/tour-$mode.script" --fast >/dev/null)
    done
  done
done
echo "screenshots in docs/screens/: look at the changed ones (git status docs/screens), then commit"
