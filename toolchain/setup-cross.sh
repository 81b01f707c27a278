#!/usr/bin/env bash
# Installs what cross-building for a Raspberry Pi class board needs, for ARCH = arm64
# (Raspberry Pi OS 64-bit) or armhf (32-bit): Debian's cross compiler, the board's -dev
# packages (multiarch), and qemu-user to run the ARM test binaries. Does nothing when all is
# there. libunibreak is not multiarch in Debian 12 (its files sit in /usr/lib for any
# architecture), so its ARM package is unpacked into /opt/kiosk-cross/ARCH instead.
set -euo pipefail
arch="${1:-arm64}"
case "$arch" in
  arm64) triplet=aarch64-linux-gnu ;;
  armhf) triplet=arm-linux-gnueabihf ;;
  *) echo "setup-cross: ARCH is arm64 or armhf, not '$arch'" >&2; exit 2 ;;
esac
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

"$(dirname "$0")/setup.sh"

packages=(crossbuild-essential-$arch qemu-user
          libsdl2-dev:$arch libsdl2-ttf-dev:$arch libsdl2-image-dev:$arch libsqlite3-dev:$arch
          libtomlplusplus-dev:$arch libsystemd-dev:$arch)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
    $sudo dpkg --add-architecture "$arch"
  fi
  # A mirror sync can break a foreign architecture's index for minutes ("File has unexpected
  # size"): try again, waiting longer each time, and stop with a clear message rather than
  # install from a half-updated index (which ends in version conflicts).
  updated=no
  for wait in 0 15 30 60 120; do
    sleep "$wait"
    if $sudo apt-get update -q; then updated=yes; break; fi
    echo "setup-cross: apt-get update failed (a Debian mirror sync?); trying again" >&2
  done
  if [ "$updated" != yes ]; then
    echo "setup-cross: could not update the package index for $arch; try again later" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

root="/opt/kiosk-cross/$arch"
if [ ! -e "$root/usr/lib/pkgconfig/libunibreak.pc" ]; then
  work=$(mktemp -d)
  (cd "$work" && apt-get download -q "libunibreak1:$arch" "libunibreak-dev:$arch")
  $sudo mkdir -p "$root"
  for deb in "$work"/*.deb; do $sudo dpkg-deb -x "$deb" "$root"; done
  $sudo sed -i "s|^prefix=.*|prefix=$root/usr|" "$root/usr/lib/pkgconfig/libunibreak.pc"
  rm -rf "$work"
fi
echo "setup-cross: ready to build for $arch ($triplet)"
