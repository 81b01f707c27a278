#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing packages, configures,
# builds and runs ctest for each preset named (default: "default"; "sanitize" adds ASan+UBSan;
# "arm64" and "armhf" cross-build for the boards and run the tests under qemu-user).
set -euo pipefail
cd "$(dirname "$0")/.."

./toolchain/setup.sh
presets=("$@")
((${#presets[@]})) || presets=(default)
for preset in "${presets[@]}"; do
  echo "== $preset: configure, build, test"
  case "$preset" in arm64|armhf) ./toolchain/setup-cross.sh "$preset" ;; esac
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
