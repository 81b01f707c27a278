#!/usr/bin/env bash
# toolchain/setup-cross.sh against stubbed apt-get, dpkg, dpkg-query and mmdebstrap (real
# dpkg-deb), in a throwaway folder: with the foreign architecture's index broken, auto mode
# falls back to a sysroot and leaves no foreign architecture behind; with a working index it
# installs the multiarch packages, and when their install fails it falls back too; multiarch
# mode fails clearly and keeps an existing sysroot;
# a wrong mode is refused. Nothing on the machine is touched.
# Usage: setup_cross_test.sh SOURCE_DIR
set -euo pipefail
source_dir="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

state="$work/state" stubs="$work/stubs" tools="$work/toolchain"
mkdir -p "$state" "$stubs" "$tools"
cp "$source_dir/toolchain/setup-cross.sh" "$tools/"
printf '#!/bin/sh\nexit 0\n' >"$tools/setup.sh"   # the host packages are not under test

# A tiny real package holding FILE (a path under /usr), for mmdebstrap and apt-get download.
fake_deb() {  # fake_deb NAME FILE OUT_DIR
  local dir="$work/pkg-$1"
  mkdir -p "$dir/DEBIAN" "$dir$(dirname "$2")"
  printf 'Package: %s\nVersion: 1\nArchitecture: armhf\nMaintainer: t <t@t>\nDescription: t\n' "$1" >"$dir/DEBIAN/control"
  printf 'prefix=/usr\n' >"$dir$2"
  dpkg-deb -b "$dir" "$3/$1.deb" >/dev/null
}
mkdir -p "$work/debs"
fake_deb libsdl2-dev /usr/lib/arm-linux-gnueabihf/libSDL2.so "$work/debs"
fake_deb libunibreak-dev /usr/lib/pkgconfig/libunibreak.pc "$work/debs"

# dpkg-query: installed when listed in state/installed (host tools always are).
cat >"$stubs/dpkg-query" <<STUB
#!/bin/sh
for last; do :; done
case "\$last" in *:*) grep -qx "\$last" "$state/installed" 2>/dev/null && echo "install ok installed" ;;
  *) echo "install ok installed" ;; esac
STUB
# dpkg: the foreign architectures live in state/arches.
cat >"$stubs/dpkg" <<STUB
#!/bin/sh
touch "$state/arches"
case "\$1" in
  --print-foreign-architectures) cat "$state/arches" ;;
  --add-architecture) echo "\$2" >>"$state/arches" ;;
  --remove-architecture) grep -vx "\$2" "$state/arches" >"$state/arches.new" || true; mv "$state/arches.new" "$state/arches" ;;
esac
STUB
# apt-get: update fails while armhf is added and state/broken exists; a real install (not the
# simulation before it) fails while state/install-fails exists, else records what it installed.
cat >"$stubs/apt-get" <<STUB
#!/bin/sh
echo "apt-get \$*" >>"$state/log"
case "\$1" in
  update) if [ -e "$state/broken" ] && grep -qx armhf "$state/arches" 2>/dev/null; then exit 100; fi ;;
  install) shift; case " \$* " in *" -s "*) exit 0 ;; esac   # the simulation says it would work
           [ ! -e "$state/install-fails" ] || exit 100
           for a; do case "\$a" in -*) ;; *) echo "\$a" >>"$state/installed" ;; esac; done ;;
  download) cp "$work/debs/libunibreak-dev.deb" . ;;
esac
STUB
# mmdebstrap: writes what it was asked and leaves the fake packages in the target's apt cache.
cat >"$stubs/mmdebstrap" <<STUB
#!/bin/sh
echo "mmdebstrap \$*" >>"$state/log"
for last; do :; done
for a; do case "\$a" in --*) ;; bookworm) ;; deb\ *) ;; *) target="\$a" ;; esac; done
mkdir -p "\$target/var/cache/apt/archives"
cp "$work/debs/"*.deb "\$target/var/cache/apt/archives/"
for d in "$work/debs/"*.deb; do dpkg-deb -x "\$d" "\$target"; done
STUB
printf '#!/bin/sh\nexec "$@"\n' >"$stubs/sudo"
chmod +x "$stubs"/* "$tools"/*.sh

run() {  # run ARGS...: the script with the stubs, output in $work/out; its exit status echoed
  local code=0
  : >"$state/log"
  PATH="$stubs:$PATH" KIOSK_CROSS_PREFIX="$work/cross" KIOSK_APT_RETRY_WAITS="0 0" \
    "$tools/setup-cross.sh" "$@" >"$work/out" 2>&1 || code=$?
  echo "$code"
}
sysroot="$work/cross/armhf/sysroot"

# 1. auto, the armhf index broken: a sysroot, and armhf removed again.
touch "$state/broken"
[ "$(run armhf)" = 0 ] || { cat "$work/out"; fail "auto with a broken index did not succeed"; }
grep -q "ready to build for armhf (arm-linux-gnueabihf, sysroot $sysroot)" "$work/out" || fail "auto: not ready on a sysroot"
grep -q "mmdebstrap --variant=extract --architectures=armhf" "$state/log" || fail "auto: mmdebstrap not asked for armhf"
[ ! -s "$state/arches" ] || fail "auto: armhf left as a foreign architecture: $(cat "$state/arches")"
grep -qx "libsdl2-dev:armhf: /usr/lib/arm-linux-gnueabihf/libSDL2.so" "$sysroot/.kiosk-owners" || fail "auto: no owners list"
[ ! -e "$sysroot/var/cache/apt/archives/libsdl2-dev.deb" ] || fail "auto: the packages were left in the sysroot"
# Run again: nothing to do, nothing downloaded.
[ "$(run armhf)" = 0 ] || fail "auto, second run"
! grep -q mmdebstrap "$state/log" || fail "auto: the sysroot was made again"

# 2. multiarch mode with the install failing: a clear failure, the sysroot kept.
rm -f "$state/broken"; touch "$state/install-fails"
[ "$(run armhf multiarch)" = 1 ] || { cat "$work/out"; fail "a failed multiarch install did not fail"; }
grep -q "multiarch failed; try: .* armhf sysroot" "$work/out" || fail "multiarch: no advice"
[ -d "$sysroot" ] || fail "multiarch: the sysroot was removed before multiarch worked"
[ ! -s "$state/arches" ] || fail "multiarch: armhf left as a foreign architecture"

# 3. auto with a working index but a failing install (inside `elif`, where set -e is off): it
# must fall back to a sysroot, not report multiarch ready.
rm -rf "$sysroot"
[ "$(run armhf)" = 0 ] || { cat "$work/out"; fail "auto with a failing install did not succeed"; }
grep -q "ready to build for armhf (arm-linux-gnueabihf, sysroot $sysroot)" "$work/out" ||
  { cat "$work/out"; cat "$state/log"; fail "auto: a failed multiarch install was taken for success"; }
[ ! -s "$state/arches" ] || fail "auto: armhf left after a failed install"

# 4. multiarch mode that works: the packages installed, libunibreak unpacked, the sysroot gone.
rm -f "$state/install-fails"
[ "$(run armhf multiarch)" = 0 ] || { cat "$work/out"; fail "multiarch did not succeed"; }
grep -qx "libsdl2-dev:armhf" "$state/installed" || fail "multiarch: libsdl2-dev:armhf not installed"
grep -qx "prefix=$work/cross/armhf/usr" "$work/cross/armhf/usr/lib/pkgconfig/libunibreak.pc" ||
  fail "multiarch: libunibreak.pc not pointed at its unpacked files"
[ ! -e "$sysroot" ] || fail "multiarch: the old sysroot is still there (the toolchain would prefer it)"
grep -q "ready to build for armhf (arm-linux-gnueabihf, multiarch)" "$work/out" || fail "multiarch: not ready"

# 5. Wrong words.
if [ "$(run armhf sideways)" != 2 ] || ! grep -q "MODE is auto, multiarch or sysroot, not 'sideways'" "$work/out"; then
  fail "a wrong mode was not refused"
fi
if [ "$(run mips)" != 2 ] || ! grep -q "ARCH is arm64 or armhf, not 'mips'" "$work/out"; then
  fail "a wrong ARCH was not refused"
fi
echo "setup-cross: sysroot fallback, multiarch, failures and wrong words behave"
