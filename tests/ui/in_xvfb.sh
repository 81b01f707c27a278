#!/usr/bin/env bash
# Runs a command in a real X server of its own (Xvfb), with a window manager or none, as a
# kiosk's display would be: the display stack tests' harness.
# Usage: in_xvfb.sh WxH none|xephyr|xephyr-matchbox|matchbox|openbox|weston|cage COMMAND [ARGS...]
#   xephyr: X11 with no window manager on a screen that can change size, as `xrandr --output
#     ... --mode` does (Xvfb's cannot): Xephyr nested in the X server, DISPLAY naming Xephyr's
#     screen and OUTER_DISPLAY the X server's, where resizing Xephyr's window resizes its screen.
#   xephyr-matchbox: the same screen, with matchbox-window-manager on it.
#   weston: Wayland, weston's x11 backend nested in the X server, WAYLAND_DISPLAY set too.
#   cage: Wayland again, through wlroots (the library of labwc, Raspberry Pi OS's desktop
#     compositor, which Debian 12 does not package) in cage, a compositor made for kiosks.
# Exits 77 (ctest's skip) when a program it needs is missing, unless CI=true: in CI a missing
# package is a failure (toolchain/setup.sh installs them all).
set -euo pipefail
size="$1" manager="$2"
shift 2
case "$manager" in
  none | xephyr | xephyr-matchbox | matchbox | openbox | weston | cage) ;;
  *) echo "in_xvfb.sh: unknown window manager '$manager' (none, xephyr, xephyr-matchbox, matchbox," \
    "openbox, weston, cage)" >&2
    exit 2 ;;
esac

need() {  # need PROGRAM PACKAGE
  command -v "$1" >/dev/null && return 0
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: $1 is missing (Debian package $2; toolchain/setup.sh installs it)" >&2
    exit 1
  fi
  echo "SKIP: $1 is missing (Debian package $2; toolchain/setup.sh installs it)" >&2
  exit 77
}
need Xvfb xvfb
need xprop x11-utils
need xwininfo x11-utils
need xdotool xdotool
need import imagemagick
need compare imagemagick
case "$manager" in
  none) ;;
  xephyr) need Xephyr xserver-xephyr ;;
  xephyr-matchbox) need Xephyr xserver-xephyr; need matchbox-window-manager matchbox-window-manager ;;
  matchbox) need matchbox-window-manager matchbox-window-manager ;;
  openbox) need openbox openbox ;;
  weston) need weston weston ;;
  cage) need cage cage; need Xwayland xwayland ;;
esac

work=$(mktemp -d)
pids=()
locks_before=$(ls /tmp/.X*-lock 2>/dev/null || true)
cleanup() {
  local i
  # Last started first: a compositor whose X server has gone may never notice a signal. Its
  # children too (cage's sleep; its Xwayland starts only for an X client, which never comes).
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pkill -P "${pids[i]}" 2>/dev/null || true
    kill "${pids[i]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  [ -n "${lock:-}" ] && rm -f "$lock"
  # cage dies by abort at exit (0.1.4), leaving its Xwayland's display reserved: its lock file.
  local file owner
  for file in /tmp/.X*-lock; do
    [ -e "$file" ] && ! grep -qxF "$file" <<<"$locks_before" || continue
    owner=$({ tr -dc '0-9' <"$file"; } 2>/dev/null || true)
    if [ -n "$owner" ] && [ ! -d "/proc/$owner" ]; then rm -f "$file" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display number and writes it to the descriptor: no races between tests
# running at once. -noreset: an X server resets when its last client leaves, and a client
# connecting meanwhile (a window manager after the harness's xprop) is refused.
mkfifo "$work/display"
Xvfb -displayfd 3 -noreset -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
display=""
read -r -t 10 display <"$work/display" || true
[ -n "$display" ] || { echo "FAIL: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"

# Waits until `xprop -root` shows the window manager's check window, so the kiosk's window is
# managed from its first map.
wait_for_manager() {
  for _ in $(seq 100); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && return 0
    sleep 0.05
  done
  echo "FAIL: the window manager did not start:" >&2
  cat "$work/wm.log" >&2
  exit 1
}
# Starts cage on wlroots' x11 backend, its own client a sleep (the kiosk is the one window it
# shows), and sizes its X window to the screen: wlroots opens it at 1024x768 and, with no window
# manager, follows a resize from outside as a new output mode.
start_cage() {
  export XDG_RUNTIME_DIR="$work/runtime"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
  # Xvfb started with -displayfd writes no lock file, and cage's Xwayland takes a display with
  # no lock for free, fails to bind it and aborts: the lock file Xvfb would write, over a stale
  # one (a test killed by a timeout leaves its lock behind). ctest runs the display tests one
  # at a time (RESOURCE_LOCK), but another X server started without a lock file meanwhile,
  # outside this run, could still take the display Xwayland tries next.
  local owner
  owner=$({ tr -dc '0-9' <"/tmp/.X$display-lock"; } 2>/dev/null || true)
  if [ -z "$owner" ] || [ ! -d "/proc/$owner" ]; then  # (kill -0 fails on another's process)
    printf '%10d\n' "${pids[0]}" >"$work/lock"
    mv -f "$work/lock" "/tmp/.X$display-lock"
    lock="/tmp/.X$display-lock"
  fi
  local as=()
  if [ "$(id -u)" = 0 ]; then  # cage refuses to start as root: then it runs as nobody
    need setpriv util-linux
    chown nobody:nogroup "$XDG_RUNTIME_DIR"
    chmod o+x "$work"  # for nobody to reach it
    as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  fi
  WLR_BACKENDS=x11 "${as[@]}" cage -- sleep 1d >"$work/cage.log" 2>&1 &
  pids+=($!)
  local window=""
  for _ in $(seq 100); do
    [ -S "$XDG_RUNTIME_DIR/wayland-0" ] &&
      window=$(xwininfo -root -children | awk '/^ +0x/ {print $1; exit}') && [ -n "$window" ] &&
      break
    sleep 0.05
  done
  [ -n "$window" ] || { echo "FAIL: cage did not start:" >&2; cat "$work/cage.log" >&2; exit 1; }
  xdotool windowsize --sync "$window" "${size%x*}" "${size#*x}"
  export WAYLAND_DISPLAY=wayland-0 SDL_VIDEODRIVER=wayland
}
# Starts Xephyr, resizable, on the X server, as big as its screen, and names its screen DISPLAY.
start_xephyr() {
  mkfifo "$work/inner"
  Xephyr -displayfd 3 -resizeable -no-host-grab -noreset -screen "$size" -nolisten tcp \
    3>"$work/inner" >"$work/xephyr.log" 2>&1 &
  pids+=($!)
  local inner=""
  read -r -t 10 inner <"$work/inner" || true
  [ -n "$inner" ] || { echo "FAIL: Xephyr did not start:" >&2; cat "$work/xephyr.log" >&2; exit 1; }
  export OUTER_DISPLAY="$DISPLAY" DISPLAY=":$inner"
}
case "$manager" in
  xephyr)
    start_xephyr
    ;;
  xephyr-matchbox)
    start_xephyr
    matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
    pids+=($!)
    wait_for_manager
    ;;
  matchbox)
    matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
    pids+=($!)
    wait_for_manager
    ;;
  openbox)  # a desktop's window manager, with title bars and decorations, as on a PC
    openbox --sm-disable >"$work/wm.log" 2>&1 &
    pids+=($!)
    wait_for_manager
    ;;
  weston)
    export XDG_RUNTIME_DIR="$work/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    weston --backend=x11-backend.so --socket=wl-kiosk --width="${size%x*}" \
      --height="${size#*x}" --idle-time=0 >"$work/weston.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
      [ -S "$XDG_RUNTIME_DIR/wl-kiosk" ] && break
      sleep 0.05
    done
    [ -S "$XDG_RUNTIME_DIR/wl-kiosk" ] || { echo "FAIL: weston did not start:" >&2; cat "$work/weston.log" >&2; exit 1; }
    export WAYLAND_DISPLAY=wl-kiosk SDL_VIDEODRIVER=wayland
    ;;
  cage)
    start_cage
    ;;
esac

"$@"
