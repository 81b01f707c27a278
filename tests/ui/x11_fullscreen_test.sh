#!/usr/bin/env bash
# The kiosk fullscreen on a real display (run inside tests/ui/in_xvfb.sh): its window covers
# the screen, a visit driven by real X input (xdotool clicks) goes where the trace says, and
# the real screen (captured from the X server) shows what the kiosk draws at the screen's size,
# the Home button where it is drawn. With no window manager, a window resized from outside is
# laid out anew at its new size.
# Usage: x11_fullscreen_test.sh KIOSK DB none|matchbox|openbox|weston
set -euo pipefail
kiosk="$1" db="$2" manager="$3"
work=$(mktemp -d)
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null && wait "$kiosk_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL ($manager): $*" >&2
  echo "  trace:" >&2
  sed 's/^/    /' "$work/trace" >&2 2>/dev/null || true
  [ -n "${KIOSK_KEEP_SHOTS:-}" ] && cp "$work"/*.png "$KIOSK_KEEP_SHOTS"/ 2>/dev/null
  exit 1
}

read -r width height < <(xwininfo -root | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w, h}')
# Speech shows a Listen button only with a sound device: give both runs the same one.
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null

# Waits until the trace has a line `$1` (beyond the first $2 lines), for at most 10 s.
wait_for() {
  for _ in $(seq 200); do
    tail -n +"$(($2 + 1))" "$work/trace" | grep -qx "$1" && return 0
    sleep 0.05
  done
  fail "no '$1' in the trace"
}
# Clicks at X Y with real X input, then waits for the trace line the click should cause.
click() {
  local before
  before=$(wc -l <"$work/trace")
  xdotool mousemove "$1" "$2" click 1
  wait_for "$3" "$before"
}
# Pixels of A and B that differ by more than 10 % in a channel (ImageMagick's count).
differing() { compare -metric AE -fuzz 10% "$1" "$2" null: 2>&1 | cut -d' ' -f1 || true; }
# Captures WINDOW into SHOT until it shows EXPECTED with at most MAX pixels differing, for at
# most 5 s: a slide, a resize or a window manager takes a few frames, more on a loaded machine.
shows() {  # shows WINDOW SHOT EXPECTED MAX
  for _ in $(seq 25); do
    import -window "$1" "$2"
    [ "$(differing "$2" "$3")" -le "$4" ] && return 0
    sleep 0.2
  done
  return 1
}
# The window named Kiosk as "X Y W H", from xwininfo.
geometry() {
  xwininfo -name Kiosk 2>/dev/null | awk '/Absolute upper-left X/ {x=$NF}
    /Absolute upper-left Y/ {y=$NF} /Width:/ {w=$NF} /Height:/ {h=$NF} END {print x, y, w, h}'
}

# What the kiosk draws, headless at the screen's size, after the visit below (a card's second
# page), and at 800x480 on the home screen.
cat >"$work/visit.script" <<END
press {begin_area}
press {briefings}
press {more}
screenshot $work/drawn.png
END
"$kiosk" --headless --window "${width}x${height}" --db "$db" --state-dir "$work/state2" \
  --seed 7 --script "$work/visit.script" --fast >/dev/null 2>"$work/err2" ||
  fail "the headless run failed: $(cat "$work/err2")"
cat >"$work/home.script" <<END
press {begin_area}
screenshot $work/home.png
END
"$kiosk" --headless --window 800x480 --db "$db" --state-dir "$work/state3" --seed 7 \
  --script "$work/home.script" --fast >/dev/null 2>"$work/err3" ||
  fail "the headless run failed: $(cat "$work/err3")"

"$kiosk" --db "$db" --state-dir "$work/state" --seed 7 --trace >"$work/trace" 2>"$work/err" &
kiosk_pid=$!
wait_for "screen attract" 0
# The layout follows the screen: positions as fractions of it (the tour at 1024x600: the
# attract screen anywhere, Briefings on the home screen's left choice, More at the bottom
# right of a card, Home at the top left).
at() { echo $(($1 * width / 1024)) $(($2 * height / 600)); }

if [ "$manager" = weston ]; then
  # A Wayland window, which weston draws into its own X window: none of the kiosk's own.
  ! xwininfo -name Kiosk >/dev/null 2>&1 || fail "the kiosk opened an X11 window, not a Wayland one"
else
  for _ in $(seq 25); do
    [ "$(geometry)" = "0 0 $width $height" ] && break
    sleep 0.2
  done
  read -r x y w h < <(geometry)
  [ "$x $y $w $h" = "0 0 $width $height" ] ||
    fail "the window is ${w}x${h} at +$x+$y, not the screen's ${width}x${height} at +0+0"
fi

# shellcheck disable=SC2046
click $(at 512 300) "screen home"
# shellcheck disable=SC2046
click $(at 178 300) "card 1"
# shellcheck disable=SC2046
xdotool mousemove $(at 873 552) click 1
# The whole screen as drawn: a few pixels may differ where antialiasing rounds differently
# (the GPU renderer against software).
shows root "$work/screen.png" "$work/drawn.png" $((width * height / 500)) ||
  fail "the screen does not show what the kiosk draws at ${width}x${height}"
# The Home button (top left) where the kiosk draws it.
home="$((180 * width / 1024))x$((90 * height / 600))+0+0"
convert "$work/screen.png" -crop "$home" +repage "$work/screen-home.png"
convert "$work/drawn.png" -crop "$home" +repage "$work/drawn-home.png"
[ "$(differing "$work/screen-home.png" "$work/drawn-home.png")" -le 20 ] ||
  fail "the Home button is not on the screen where the kiosk draws it"

# shellcheck disable=SC2046
click $(at 87 47) "screen home"

if [ "$manager" = none ]; then
  # Nobody keeps the window fullscreen: resized from outside, it is laid out at its new size.
  window=$(xdotool search --name '^Kiosk$' | head -1)
  xdotool windowsize --sync "$window" 800 480
  shows "$window" "$work/resized.png" "$work/home.png" 800 ||
    fail "resized to 800x480, the window does not show the home screen laid out for 800x480"
fi
[ -n "${KIOSK_KEEP_SHOTS:-}" ] && cp "$work"/*.png "$KIOSK_KEEP_SHOTS"/
echo "ok ($manager): fullscreen ${width}x${height}, a visit by X clicks, the screen as drawn"
