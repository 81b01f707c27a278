#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing packages, configures,
# builds and runs ctest for each preset named (default: "default"; "sanitize" adds ASan+UBSan).
set -euo pipefail
cd "$(dirname "$0")/.."

./toolchain/setup.sh
presets=("$@")
((${#presets[@]})) || presets=(default)
for preset in "${presets[@]}"; do
  echo "== $preset: configure, build, test"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
