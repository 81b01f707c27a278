#!/usr/bin/env bash
# Sets everything up and starts the kiosk, fullscreen, on the bundled content. Extra arguments
# go to the kiosk (try --window 800x480). Quit with Ctrl+Alt+Q.
set -euo pipefail
cd "$(dirname "$0")/.."

./toolchain/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target kiosk content

kiosk=build/default/kiosk/kiosk
db=build/default/content.db

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ ! -e /dev/dri/card0 ]; then
  # Headless, the options given still apply; the window size is 800x480 unless one is given.
  size=(--window 800x480)
  for a in "$@"; do [ "$a" = "--window" ] && size=(); done
  mkdir -p build/default/screens
  cat <<TXT
No display was found: DISPLAY and WAYLAND_DISPLAY are unset and there is no /dev/dri for KMS.
So the kiosk cannot be shown here. To see it without a display, it can run headless:

  $kiosk --headless ${size[*]} --db $db \\
      --state-dir build/default/tour-state --script docs/tour.script --fast --trace $*

That is being done for you now; the screenshots go to build/default/screens/.
TXT
  cd build/default/screens
  exec "../../../$kiosk" --headless "${size[@]}" --db "../content.db" \
    --state-dir ../tour-state --script ../../../docs/tour.script --fast --trace "$@"
fi
exec "$kiosk" --db "$db" "$@"
