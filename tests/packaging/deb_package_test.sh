#!/usr/bin/env bash
# Builds the Debian package with cpack, unpacks it into a throwaway root (dpkg-deb -x) and checks
# what a board would get: every file in its place, the control data, maintainer scripts that
# parse, dependencies covering every library the binaries need, and binaries that run from the
# unpacked root on the packaged content and configuration.
# Usage: deb_package_test.sh BUILD_DIR DEB_ARCH [EMULATOR...]
# KIOSK_SYSROOT names the sysroot of a cross build that has one (toolchain/setup-cross.sh).
set -euo pipefail
build="$1" arch="$2"
shift 2
run=("$@")   # empty on the host; qemu-user when cross-compiled
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=("$work"/out/kiosk_*_"$arch".deb)
[ -f "${deb[0]}" ] || fail "no kiosk_*_$arch.deb in $(ls "$work/out")"
root="$work/root"
dpkg-deb -x "${deb[0]}" "$root"
dpkg-deb -e "${deb[0]}" "$work/control"

for f in usr/bin/kiosk usr/bin/kiosk-db; do
  [ -x "$root/$f" ] || fail "$f missing or not executable"
done
for f in usr/share/kiosk/content.db usr/share/kiosk/fonts/DejaVuSans.ttf \
         usr/share/kiosk/fonts/DejaVuSans-Bold.ttf usr/lib/systemd/system/kiosk.service \
         etc/kiosk/kiosk.toml usr/share/man/man1/kiosk.1.gz usr/share/man/man1/kiosk-db.1.gz \
         usr/share/doc/kiosk/copyright usr/share/doc/kiosk/README.md; do
  [ -s "$root/$f" ] || fail "$f missing or empty"
done
# The licences, as LICENSE states them: MIT for the code, CC BY 4.0 for the content text.
copyright="$root/usr/share/doc/kiosk/copyright"
grep -qx "License: Expat" "$copyright" || fail "copyright: no MIT (Expat) licence for the code"
grep -qx "License: CC-BY-4.0" "$copyright" || fail "copyright: no CC BY 4.0 licence for the content text"
grep -qx "Files: db/content/\*" "$copyright" || fail "copyright: the content text is not named"
# Nothing outside /usr and /etc (a kiosk's root may be read-only; /var is made by postinst).
extra=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr ! -name etc)
[ -z "$extra" ] || fail "unexpected top-level entries: $extra"
zcat "$root/usr/share/man/man1/kiosk.1.gz" | grep -q '^\.TH KIOSK 1' || fail "kiosk.1 is not a man page"

control="$work/control/control"
grep -qx "Package: kiosk" "$control" || fail "control: Package"
grep -qx "Architecture: $arch" "$control" || fail "control: Architecture is not $arch"
grep -qx "/etc/kiosk/kiosk.toml" "$work/control/conffiles" || fail "kiosk.toml is not a conffile"
for script in postinst prerm; do
  [ -x "$work/control/$script" ] || fail "$script missing or not executable"
  sh -n "$work/control/$script" || fail "$script does not parse"
done
grep -q "adduser --system" "$work/control/postinst" || fail "postinst makes no system user"

# The "package: path" lines for files named $1, from the installed packages or, for a build
# against a sysroot, from the list of what setup-cross.sh unpacked there.
owners_of() {
  if [ -n "${KIOSK_SYSROOT:-}" ]; then cat "$KIOSK_SYSROOT/.kiosk-owners"
  else dpkg -S "*/$1" 2>/dev/null || true
  fi | awk -v s="/$1" 'substr($0, length($0) - length(s) + 1) == s'
}

# Every shared library the binaries need comes from a package named in Depends.
depends=$(sed -n 's/^Depends: //p' "$control" | tr -d ' ' | tr ',' '\n')
for soname in $(readelf -d "$root/usr/bin/kiosk" "$root/usr/bin/kiosk-db" |
                sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u); do
  # The package for this architecture (libc6:arm64), or one that is not multiarch (libunibreak1).
  owners=$(owners_of "$soname")
  owner=$(sed -n "s/^\([^:]*\):$arch: .*/\1/p" <<<"$owners" | head -1)
  [ -n "$owner" ] || owner=$(grep -vE -- '-cross|/lib32/|/libx32/' <<<"$owners" |
                             sed -n 's/^\([^:]*\): .*/\1/p' | head -1)
  [ -n "$owner" ] || fail "no installed package provides $soname"
  grep -qx "$owner" <<<"$depends" || fail "$soname comes from $owner, which Depends does not name"
done

# What no NEEDED entry shows: the unit's Type=notify and watchdog need the kiosk to speak
# sd_notify, and SDL's kmsdrm driver loads EGL, GLES and Mesa's drivers at run time.
readelf -d "$root/usr/bin/kiosk" | grep -q 'libsystemd\.so' ||
  fail "the kiosk was built without libsystemd: kiosk.service would restart it again and again"
for runtime in libegl1 libgles2 libegl-mesa0 libgl1-mesa-dri; do
  grep -qx "$runtime" <<<"$depends" || fail "Depends lacks $runtime, which SDL's kmsdrm driver loads"
done

# The unpacked binaries run, on the packaged content and configuration.
"${run[@]}" "$root/usr/bin/kiosk-db" check "$root/usr/share/kiosk/content.db" >"$work/check.log" ||
  { cat "$work/check.log"; fail "the packaged content.db fails kiosk-db check"; }
printf 'quit\n' >"$work/quit.script"
SDL_VIDEODRIVER=dummy "${run[@]}" "$root/usr/bin/kiosk" --config "$root/etc/kiosk/kiosk.toml" \
  --db "$root/usr/share/kiosk/content.db" --state-dir "$work/state" --headless --trace \
  --script "$work/quit.script" >"$work/kiosk.log" 2>&1 || { cat "$work/kiosk.log"; fail "packaged kiosk"; }
grep -q "^content loaded" "$work/kiosk.log" || { cat "$work/kiosk.log"; fail "packaged kiosk showed no content"; }
echo "ok: ${deb[0]##*/} ($(stat -c %s "${deb[0]}") bytes)"
