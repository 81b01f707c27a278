#!/usr/bin/env bash
# systemd-analyze verify on the kiosk's unit, installed (DESTDIR) into a throwaway root beside a
# copy of the machine's own system units, so that ExecStart, the man page in Documentation= and
# the targets it names all resolve. Any complaint fails the test: systemd-analyze only warns
# (exit 0) about a value it cannot parse. A deliberately broken copy must be caught too.
# Usage: unit_file_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v systemd-analyze >/dev/null || fail "systemd-analyze not found (toolchain/setup.sh installs systemd)"

root="$work/root"
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
mkdir -p "$root/usr/lib/systemd/system"
cp -rn /lib/systemd/system/. "$root/usr/lib/systemd/system/"

verify() {  # prints systemd-analyze's complaints; fails if there are any
  local out
  out=$(MANPATH="$root/usr/share/man" systemd-analyze verify --root="$root" \
        /usr/lib/systemd/system/kiosk.service 2>&1) || { echo "$out"; return 1; }
  [ -z "$out" ] || { echo "$out"; return 1; }
}
verify || fail "kiosk.service does not verify"
unit="$root/usr/lib/systemd/system/kiosk.service"
for key in "Type=notify" "Restart=always" "StartLimitIntervalSec=0" "User=kiosk" "StateDirectory=kiosk"; do
  grep -qx "$key" "$unit" || fail "kiosk.service lacks $key"
done
grep -qE '^WatchdogSec=[0-9]+$' "$unit" || fail "kiosk.service has no WatchdogSec"

sed -i 's/^WatchdogSec=.*/WatchdogSec=ten seconds/' "$unit"
if verify >/dev/null; then fail "a broken WatchdogSec= was not caught"; fi
echo "ok: kiosk.service verifies; a broken copy does not"
