#!/usr/bin/env bash
# The man pages keep up with the programs: every long option that kiosk --help and each
# kiosk-db command's --help print appears in the man page (roff writes - as \-).
# Usage: man_pages_test.sh MAN_DIR KIOSK KIOSK_DB [EMULATOR...]
set -euo pipefail
man_dir="$1" kiosk="$2" kiosk_db="$3"
shift 3
run=("$@")
fail=0
check() {  # check PAGE HELP_TEXT
  local page="$1" help="$2" option
  for option in $(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u); do
    [ "$option" = "--help" ] && continue
    local escaped=${option//-/\\\\-}
    if ! grep -q -- "$escaped" "$man_dir/$page"; then
      echo "FAIL: $page does not mention $option"
      fail=1
    fi
  done
}
check kiosk.1 "$("${run[@]}" "$kiosk" --help)"
for command in build check export extract install review stats synth; do
  grep -q "^\.BI \"$command \|^\.B $command\|^\.BI $command" "$man_dir/kiosk-db.1" ||
    { echo "FAIL: kiosk-db.1 does not describe '$command'"; fail=1; }
  check kiosk-db.1 "$("${run[@]}" "$kiosk_db" "$command" --help)"
done
exit $fail
