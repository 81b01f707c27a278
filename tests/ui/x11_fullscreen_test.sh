#!/usr/bin/env bash
# The kiosk fullscreen on a real display (run inside tests/ui/in_xvfb.sh): its window covers
# the screen, a visit driven by real X input (xdotool clicks) goes where the trace says, and
# the real screen (captured from the X server) shows what the kiosk draws at the screen's size,
# the Home button where it is drawn. With no window manager, a window resized from outside is
# laid out anew at its new size; so is the kiosk on a screen that changes size (Xephyr's, with no
# window manager and with one, and cage's output), and on the first of two monitors.
# Usage: x11_fullscreen_test.sh KIOSK DB none|xephyr|xephyr-matchbox|matchbox|openbox|weston|cage
set -euo pipefail
kiosk="$1" db="$2" manager="$3"
work=$(mktemp -d)
kiosk_pid=""
cleanup() {
  if [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null; then wait "$kiosk_pid" 2>/dev/null || true; fi
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
# Clicks at X Y with real X input. The pointer only moves relative to where it is (from the
# top left corner, see below): under weston's nested backend a jump that leaves and enters its
# window puts the pointer where it entered at the kiosk's (0, 0), as if it had not moved.
pointer_x=0 pointer_y=0
press_at() {
  xdotool mousemove_relative -- "$(($1 - pointer_x))" "$(($2 - pointer_y))" sleep 0.05 click 1
  pointer_x=$1 pointer_y=$2
}
click() {
  local before
  before=$(wc -l <"$work/trace")
  press_at "$1" "$2"
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
# Waits up to 5 s for the window to lie at "X Y W H"; fails with WHERE otherwise ("on a screen
# now 800x480"), saying where it lies instead.
settles_at() {  # settles_at "X Y W H" WHERE
  for _ in $(seq 25); do
    [ "$(geometry)" = "$1" ] && return 0
    sleep 0.2
  done
  local x y w h
  read -r x y w h < <(geometry)
  fail "$2, the window is ${w}x${h} at +$x+$y, not at $1"
}

# What the kiosk draws, headless at the screen's size, at each step of the visit below (the last
# a card's second page), and at 800x480 on the home screen.
cat >"$work/visit.script" <<END
screenshot $work/attract.png
press {begin_area}
screenshot $work/home-full.png
press {briefings}
screenshot $work/card.png
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

: >"$work/trace"  # there before the kiosk starts writing it, for wait_for
"$kiosk" --db "$db" --state-dir "$work/state" --seed 7 --trace >"$work/trace" 2>"$work/err" &
kiosk_pid=$!
wait_for "screen attract" 0
# The layout follows the screen: positions as fractions of it (the tour at 1024x600: the
# attract screen anywhere, Briefings on the home screen's left choice, More at the bottom
# right of a card, Home at the top left).
at() { echo $(($1 * width / 1024)) $(($2 * height / 600)); }

if [ "$manager" = weston ] || [ "$manager" = cage ]; then
  # A Wayland window, which the compositor draws into its own X window: none of the kiosk's own.
  ! xwininfo -name Kiosk >/dev/null 2>&1 || fail "the kiosk opened an X11 window, not a Wayland one"
else
  settles_at "0 0 $width $height" "fullscreen on a ${width}x${height} screen"
fi

# Each click once the screen shows the step before it, as the kiosk draws it: a compositor may
# still be mapping the window, a slide may still be running.
settled() {  # settled EXPECTED NAME
  shows root "$work/shown.png" "$work/$1" $((width * height / 500)) ||
    fail "the screen never shows the $2 as the kiosk draws it"
}
settled attract.png "attract screen"
xdotool mousemove 0 0 sleep 0.1
# shellcheck disable=SC2046
click $(at 512 300) "screen home"
settled home-full.png "home screen"
# shellcheck disable=SC2046
click $(at 178 300) "card 1"
settled card.png "first card"
# shellcheck disable=SC2046
press_at $(at 873 552)
# The whole screen as drawn: a few pixels may differ where antialiasing rounds differently
# (the GPU renderer against software).
shows root "$work/screen.png" "$work/drawn.png" $((width * height / 500)) ||
  fail "the screen does not show what the kiosk draws at ${width}x${height}"
# The Home button (top left) where the kiosk draws it.
home="$((180 * width / 1024))x$((90 * height / 600))+0+0"
# ImageMagick's own convert: a machine may have another of that name earlier on PATH.
/usr/bin/convert "$work/screen.png" -crop "$home" +repage "$work/screen-home.png"
/usr/bin/convert "$work/drawn.png" -crop "$home" +repage "$work/drawn-home.png"
[ "$(differing "$work/screen-home.png" "$work/drawn-home.png")" -le 20 ] ||
  fail "the Home button is not on the screen where the kiosk draws it"

# shellcheck disable=SC2046
click $(at 87 47) "screen home"

if [ "$manager" = none ]; then
  # Nobody keeps the window fullscreen: resized from outside, it is laid out at its new size.
  window=$(xdotool search --name '^Kiosk$' | head -1 || true)
  [ -n "$window" ] || fail "no window named Kiosk"
  xdotool windowsize --sync "$window" 800 480
  shows "$window" "$work/resized.png" "$work/home.png" 800 ||
    fail "resized to 800x480, the window does not show the home screen laid out for 800x480"
elif [ "$manager" = xephyr ] || [ "$manager" = xephyr-matchbox ]; then
  # The screen itself changes size (Xephyr's window, on the X server it runs in, resized).
  # With no window manager nobody else moves the kiosk's window, so the kiosk makes it cover
  # the new screen; with one, the manager refits it and the kiosk leaves it to the manager.
  # Smaller, then back to its first size.
  screen=$(DISPLAY="$OUTER_DISPLAY" xdotool search --name '^Xephyr' | head -1 || true)
  [ -n "$screen" ] || fail "no Xephyr window on the X server"
  covers() {  # covers W H EXPECTED
    local before
    before=$(wc -l <"$work/trace")
    DISPLAY="$OUTER_DISPLAY" xdotool windowsize --sync "$screen" "$1" "$2"
    [ "$manager" = xephyr ] && wait_for "screen area $1x$2+0+0" "$before"
    settles_at "0 0 $1 $2" "on a screen now $1x$2"
    shows root "$work/resized.png" "$work/$3" $(($1 * $2 / 500)) ||
      fail "on a screen now $1x$2, it does not show the home screen laid out for $1x$2"
  }
  covers 800 480 home.png
  covers "$width" "$height" home-full.png
  if [ "$manager" = xephyr-matchbox ] && grep -q "^screen area" "$work/trace"; then
    fail "the kiosk moved its window itself where a window manager runs"
  fi
fi
if [ "$manager" = xephyr ]; then
  # Two monitors on one screen (RandR's, as a second display added beside the first would
  # make): the kiosk covers the one it is on, 800x480 at the corner, not the whole screen.
  before=$(wc -l <"$work/trace")
  xrandr --setmonitor kiosk-left 800/1x480/1+0+0 default >/dev/null 2>&1 ||
    fail "xrandr could not make two monitors"
  xrandr --setmonitor kiosk-right $((width - 800))/1x$height/1+800+0 none >/dev/null 2>&1 ||
    fail "xrandr could not make two monitors"
  wait_for "screen area 800x480+0+0" "$before"
  settles_at "0 0 800 480" "with two monitors, the first 800x480 at the corner"
  window=$(xdotool search --name '^Kiosk$' | head -1 || true)
  [ -n "$window" ] || fail "no window named Kiosk"
  shows "$window" "$work/two.png" "$work/home.png" 768 ||
    fail "with two monitors, the first does not show the home screen laid out for 800x480"
elif [ "$manager" = cage ]; then
  # The display changes size: cage's output (its X window) becomes 800x480, the compositor
  # resizes the kiosk's fullscreen window, and the kiosk lays itself out anew.
  output=$(xwininfo -root -children | awk '/^ +0x/ {print $1; exit}')
  [ -n "$output" ] || fail "no window of cage's on the X server"
  xdotool windowsize --sync "$output" 800 480
  shows "$output" "$work/resized.png" "$work/home.png" 800 ||
    fail "on an output now 800x480, the screen does not show the home screen laid out for 800x480"
fi
[ -n "${KIOSK_KEEP_SHOTS:-}" ] && cp "$work"/*.png "$KIOSK_KEEP_SHOTS"/
echo "ok ($manager): fullscreen ${width}x${height}, a visit by X clicks, the screen as drawn"
