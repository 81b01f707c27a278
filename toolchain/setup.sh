#!/usr/bin/env bash
# Installs the Debian 12 / Raspberry Pi OS (bookworm) packages the kiosk needs to build, run and
# test. Does nothing when they are all there. Uses sudo when not run as root.
#   setup.sh           build, run and test
#   setup.sh --fuzz    also clang and its libFuzzer runtime (toolchain/fuzz.sh)
#   setup.sh --lint    also clang-format and clang-tidy (toolchain/format.sh, toolchain/tidy.sh)
set -euo pipefail

packages=(
  build-essential cmake pkg-config       # compiler and build
  libsdl2-dev libsdl2-ttf-dev            # window, input, text
  libpng-dev                             # PNG screenshots
  libsdl2-image-dev                      # tests: reading screenshots back
  libsdl2-mixer-dev                      # speech (Ogg Opus through opusfile)
  libopusenc-dev                         # speech clips made in tests
  libsqlite3-dev                         # the content database
  libxxhash-dev                          # the content database's checksums (XXH3)
  libtomlplusplus-dev                    # the content source (TOML)
  libcli11-dev                           # command lines
  libunibreak-dev                        # line breaking (UAX #14)
  libicu-dev                             # kiosk-db: plural rules, dates, language names
  libfreetype-dev                        # kiosk-db: which characters the kiosk's fonts draw
  espeak-ng                              # kiosk-db build: speech (run as a program, optional)
  libopusenc-dev                         # kiosk-db build: speech encoded as Ogg Opus
  libopusfile-dev                        # kiosk-db check: every clip of speech decodes
  nlohmann-json3-dev                     # JSON export
  libsystemd-dev                         # sd_notify: ready and watchdog under systemd
  doctest-dev                            # tests
  libbenchmark-dev                       # the core's micro-benchmarks (tests/bench)
  systemd man-db                         # packaging tests: systemd-analyze verify of the unit
  gcovr                                  # line coverage (the coverage preset)
  xvfb x11-utils                         # display stack tests: a real X server, xwininfo, xprop
  xserver-xephyr                         # ... an X screen that changes size (nested in Xvfb)
  xdotool imagemagick                    # ... real X input, screenshots and their comparison
  matchbox-window-manager openbox weston # ... window managers, and Wayland nested in X
  cage xwayland                          # ... Wayland on wlroots (cage needs Xwayland)
  libgles2 libegl1 libegl-mesa0          # ... the GPU renderer (OpenGL ES 2 through Mesa)
  libgl1-mesa-dri
)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)   # libFuzzer, ASan and UBSan runtimes for clang 14
fi
if [ "${1:-}" = "--lint" ]; then
  packages+=(clang-format clang-tidy)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
