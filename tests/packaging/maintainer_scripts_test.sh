#!/usr/bin/env bash
# The package's maintainer scripts, run in a throwaway root (DPKG_ROOT) with getent, adduser,
# chown, systemctl and kiosk-db replaced by stubs that log what they were asked: a first install
# makes the user, the state directory and the content and enables the service; an upgrade keeps
# a curator's content, replaces content this version cannot read (kept aside), and restarts the
# running kiosk; without a running systemd the unit is still enabled; removal stops it, an
# upgrade's prerm not.
# Usage: maintainer_scripts_test.sh PACKAGING_DIR
set -euo pipefail
packaging="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

stubs="$work/stubs" log="$work/log" users="$work/users"
mkdir -p "$stubs"
# getent passwd|group NAME: known when listed in $users (groups video, input, render exist).
cat >"$stubs/getent" <<STUB
#!/bin/sh
case "\$1" in
  passwd) grep -qx "\$2" "$users" ;;
  group) case "\$2" in video|input|render) exit 0 ;; esac; grep -qx "\$2" "$users" ;;
  *) exit 2 ;;
esac
STUB
cat >"$stubs/adduser" <<STUB
#!/bin/sh
echo "adduser \$*" >>"$log"
case " \$* " in *" --system "*) for last; do :; done; echo "\$last" >>"$users" ;; esac
STUB
# kiosk-db check FILE: a file holding "old schema" is refused, as a version-1 file would be.
cat >"$stubs/kiosk-db" <<'STUB'
#!/bin/sh
if grep -q "old schema" "$2"; then echo "$2: not usable: schema version 1 is older" >&2; exit 1; fi
echo "$2: ok"
STUB
for tool in chown systemctl; do
  printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$tool" "$log" >"$stubs/$tool"
done
chmod +x "$stubs"/*
: >"$users"

root="$work/root"
mkdir -p "$root/usr/share/kiosk" "$root/run/systemd/system"
echo "bundled" >"$root/usr/share/kiosk/content.db"
run() {  # run SCRIPT ARGS...: the script in the throwaway root, with a fresh log
  : >"$log"
  DPKG_ROOT="$root" PATH="$stubs:$PATH" sh "$packaging/$1" "${@:2}" || fail "$1 $* exited $?"
}
logged() { grep -qx -- "$1" "$log" || { cat "$log" >&2; fail "$2: no '$1'"; }; }
not_logged() { ! grep -q -- "$1" "$log" || { cat "$log" >&2; fail "$2: '$1' should not be there"; }; }

# A first install.
run postinst configure
logged "adduser --system --group --home /var/lib/kiosk --no-create-home --gecos Briefing kiosk kiosk" "install"
for group in video input render; do logged "adduser kiosk $group" "install"; done
[ "$(cat "$root/var/lib/kiosk/content.db")" = bundled ] || fail "install: the bundled content was not copied"
logged "chown kiosk:kiosk $root/var/lib/kiosk/content.db" "install"
logged "systemctl --root=$root enable kiosk.service" "install"
not_logged "try-restart" "install"

# An upgrade from 0.0.9, after a curator put their own content in place.
echo "curated" >"$root/var/lib/kiosk/content.db"
run postinst configure 0.0.9
not_logged "--system" "upgrade"   # the user exists
[ "$(cat "$root/var/lib/kiosk/content.db")" = curated ] || fail "upgrade: the curator's content was replaced"
logged "systemctl try-restart kiosk.service" "upgrade"

# An upgrade to a version that cannot read the content in place (an older schema): the file is
# moved aside for rebuilding and the bundled content shown, rather than "Content unavailable".
echo "old schema" >"$root/var/lib/kiosk/content.db"
run postinst configure 0.1.0 2>"$work/stderr"
[ "$(cat "$root/var/lib/kiosk/content.db")" = bundled ] || fail "unreadable content was not replaced"
[ "$(cat "$root/var/lib/kiosk/content.db.unreadable")" = "old schema" ] || fail "unreadable content was not kept aside"
grep -q "schema version 1 is older" "$work/stderr" || fail "the replacement does not say why"

# Without systemd running (a chroot building an image): enabled through the unit files, and
# nothing asked of a systemd that is not there.
rmdir "$root/run/systemd/system"
run postinst configure 0.0.9
logged "systemctl --root=$root enable kiosk.service" "no systemd"
not_logged "daemon-reload" "no systemd"
not_logged "try-restart" "no systemd"
mkdir -p "$root/run/systemd/system"

# prerm: removal stops and disables the kiosk; an upgrade leaves it to postinst.
run prerm remove
logged "systemctl stop kiosk.service" "remove"
logged "systemctl --root=$root disable kiosk.service" "remove"
run prerm upgrade 0.2.0
not_logged "systemctl" "prerm upgrade"
echo "maintainer scripts: install, upgrade, no systemd and removal behave"
