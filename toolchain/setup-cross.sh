#!/usr/bin/env bash
# Installs what cross-building for a Raspberry Pi class board needs, for ARCH = arm64
# (Raspberry Pi OS 64-bit) or armhf (32-bit): Debian's cross compiler, qemu-user to run the
# ARM test binaries, and the board's libraries, found in one of two ways (MODE):
#   multiarch  the -dev:ARCH packages installed beside the host's own (dpkg --add-architecture);
#              a sysroot made before is removed, as the toolchain would prefer it.
#              libunibreak is not multiarch in Debian 12 (its files sit in /usr/lib for any
#              architecture), so its ARM package is unpacked into /opt/kiosk-cross/ARCH.
#   sysroot    the same packages unpacked, with their dependencies, into
#              /opt/kiosk-cross/ARCH/sysroot by mmdebstrap; nothing of ARCH is installed.
#   auto       (the default) multiarch, falling back to sysroot when the foreign packages can't
#              be installed: multiarch needs every shared library at the same version for both
#              architectures, so when the mirror's index for ARCH is broken or behind the
#              host's security updates, no consistent install exists.
# toolchain/cross-common.cmake uses the sysroot when there is one. Does nothing when all is there.
#   setup-cross.sh ARCH [auto|multiarch|sysroot]
# The files go under /opt/kiosk-cross/ARCH (KIOSK_CROSS_PREFIX overrides /opt/kiosk-cross, for
# the toolchain files too).
set -euo pipefail
arch="${1:-arm64}"
mode="${2:-auto}"
case "$arch" in
  arm64) triplet=aarch64-linux-gnu ;;
  armhf) triplet=arm-linux-gnueabihf ;;
  *) echo "setup-cross: ARCH is arm64 or armhf, not '$arch'" >&2; exit 2 ;;
esac
case "$mode" in auto|multiarch|sysroot) ;;
  *) echo "setup-cross: MODE is auto, multiarch or sysroot, not '$mode'" >&2; exit 2 ;;
esac
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
# KIOSK_CROSS_PREFIX and KIOSK_APT_RETRY_WAITS exist for tests/toolchain/setup_cross_test.sh.
root="${KIOSK_CROSS_PREFIX:-/opt/kiosk-cross}/$arch"
sysroot="$root/sysroot"
board_packages=(libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libsdl2-mixer-dev libpng-dev
                libsqlite3-dev libxxhash-dev libtomlplusplus-dev libsystemd-dev libicu-dev libfreetype-dev
                libopusenc-dev libopusfile-dev)
# A sysroot holds everything the build reads, header-only libraries too.
sysroot_packages=("${board_packages[@]}" libunibreak-dev libc6-dev libstdc++-12-dev
                  libcli11-dev nlohmann-json3-dev doctest-dev)

# Prints the packages of "$@" that are not installed.
missing_of() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

# Installs "$@" (host packages) when any is missing. A failed index update is only a warning:
# a foreign architecture's broken index must not stop the host's own packages.
install_host() {
  local missing
  mapfile -t missing < <(missing_of "$@")
  ((${#missing[@]})) || return 0
  $sudo apt-get update -q || echo "setup-cross: apt-get update failed; installing from the indexes there are" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# apt-get update, tried again with longer waits: a mirror sync can break an index for minutes
# ("File has unexpected size"). Fails when it never succeeds.
update_index() {
  local wait
  for wait in ${KIOSK_APT_RETRY_WAITS:-0 15 30 60}; do
    sleep "$wait"
    if $sudo apt-get update -q; then return 0; fi
    echo "setup-cross: apt-get update failed (a Debian mirror sync?)" >&2
  done
  return 1
}

# Installs the board's -dev packages for ARCH beside the host's. Fails, leaving apt as it was
# (ARCH removed again if this added it), when no consistent install exists. Every step says
# `|| return 1` because a caller's `if` or `elif` switches `set -e` off in here.
install_multiarch() {
  local wanted=("${board_packages[@]/%/:$arch}") missing added=no
  mapfile -t missing < <(missing_of "${wanted[@]}")
  ((${#missing[@]})) || return 0
  if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
    $sudo dpkg --add-architecture "$arch" || return 1
    added=yes
  fi
  if update_index && $sudo apt-get install -s -q "${missing[@]}" >/dev/null &&
     DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    return 0
  fi
  echo "setup-cross: the $arch packages can't be installed beside the host's (see above)" >&2
  if [ "$added" = yes ]; then
    # A foreign architecture with a broken index makes every later apt-get update fail.
    $sudo dpkg --remove-architecture "$arch"
    $sudo apt-get update -q >/dev/null 2>&1 || true
  fi
  return 1
}

# libunibreak for multiarch builds, unpacked into $root (see the top of this file).
unpack_unibreak() {
  [ -e "$root/usr/lib/pkgconfig/libunibreak.pc" ] && return 0
  local work
  work=$(mktemp -d)
  (cd "$work" && apt-get download -q "libunibreak1:$arch" "libunibreak-dev:$arch")
  $sudo mkdir -p "$root"
  for deb in "$work"/*.deb; do $sudo dpkg-deb -x "$deb" "$root"; done
  $sudo sed -i "s|^prefix=.*|prefix=$root/usr|" "$root/usr/lib/pkgconfig/libunibreak.pc"
  rm -rf "$work"
}

# The board's libraries and all they depend on, unpacked into $sysroot from the signed bookworm
# and bookworm-updates indexes (mmdebstrap checks the signatures; no maintainer scripts run).
# Nothing is installed there, so `dpkg -S` can't say which package holds a file: the list of
# what each package put there is kept as $sysroot/.kiosk-owners, in dpkg -S's format.
make_sysroot() {
  local include new="$sysroot.new" deb
  include=$(IFS=,; echo "${sysroot_packages[*]}")
  # The list it was made from is kept beside it, so a changed list makes it again.
  if [ -e "$sysroot/.kiosk-owners" ] &&
     [ "$(cat "$sysroot/.kiosk-packages" 2>/dev/null)" = "$include" ]; then return 0; fi
  $sudo rm -rf "$new"
  $sudo mkdir -p "$root"
  $sudo mmdebstrap --variant=extract --architectures="$arch" --include="$include" \
    --skip=cleanup/apt/cache bookworm "$new" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main"
  for deb in "$new"/var/cache/apt/archives/*.deb; do
    dpkg-deb -c "$deb" | awk -v p="$(dpkg-deb -f "$deb" Package):$arch" \
      '$1 !~ /^d/ { sub(/^\./, "", $6); print p ": " $6 }'
  done | $sudo tee "$new/.kiosk-owners" >/dev/null
  $sudo rm -f "$new"/var/cache/apt/archives/*.deb
  echo "$include" | $sudo tee "$new/.kiosk-packages" >/dev/null
  $sudo rm -rf "$sysroot"
  $sudo mv "$new" "$sysroot"
}

"$(dirname "$0")/setup.sh"
# mmdebstrap too, before any foreign architecture is added: its index may be the broken one.
install_host "crossbuild-essential-$arch" qemu-user mmdebstrap
case "$mode" in
  multiarch)
    install_multiarch || { echo "setup-cross: multiarch failed; try: $0 $arch sysroot" >&2; exit 1; }
    unpack_unibreak
    $sudo rm -rf "$sysroot" ;;
  sysroot) make_sysroot ;;
  auto)
    if [ -d "$sysroot" ]; then make_sysroot
    elif install_multiarch; then unpack_unibreak
    else echo "setup-cross: using a sysroot instead" >&2; make_sysroot
    fi ;;
esac
if [ -d "$sysroot" ]; then how="sysroot $sysroot"; else how="multiarch"; fi
echo "setup-cross: ready to build for $arch ($triplet, $how)"
