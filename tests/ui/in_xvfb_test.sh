#!/usr/bin/env bash
# The display stack tests' harness, where a program it needs is missing: skipped (exit 77)
# with the Debian package to install, but a failure in CI, where setup.sh installs them all.
# Usage: in_xvfb_test.sh IN_XVFB
set -uo pipefail
in_xvfb="$1"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
fail=0
# With nothing on PATH, the first program it looks for (Xvfb) is missing.
out=$(env -i PATH="$empty" /bin/bash "$in_xvfb" 1024x600 none true 2>&1)
code=$?
[ "$code" = 77 ] || { echo "FAIL: exit $code, not 77 (skip), outside CI: $out"; fail=1; }
grep -q "SKIP: Xvfb is missing (Debian package xvfb" <<<"$out" ||
  { echo "FAIL: no skip message naming the package: $out"; fail=1; }
out=$(env -i PATH="$empty" CI=true /bin/bash "$in_xvfb" 1024x600 none true 2>&1)
code=$?
[ "$code" = 1 ] || { echo "FAIL: exit $code, not 1, in CI: $out"; fail=1; }
grep -q "FAIL: Xvfb is missing (Debian package xvfb; toolchain/setup.sh installs it)" <<<"$out" ||
  { echo "FAIL: no failure message naming the package: $out"; fail=1; }
out=$(/bin/bash "$in_xvfb" 1024x600 twm true 2>&1)
code=$?
[ "$code" = 2 ] || { echo "FAIL: exit $code, not 2, for an unknown window manager: $out"; fail=1; }
grep -q "unknown window manager 'twm'" <<<"$out" || { echo "FAIL: no message: $out"; fail=1; }
exit $fail
