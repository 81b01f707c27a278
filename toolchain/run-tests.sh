#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing packages, configures,
# builds and runs ctest for each preset named (default: "default"; "sanitize" adds ASan+UBSan,
# "tsan" ThreadSanitizer, "coverage" gcov with a line-coverage summary; "arm64" and "armhf"
# cross-build for the boards and run the tests under qemu-user). Under CI (CI=true) every
# compiler warning is an error; a user's build only shows them.
set -euo pipefail
cd "$(dirname "$0")/.."

./toolchain/setup.sh
presets=("$@")
((${#presets[@]})) || presets=(default)
for preset in "${presets[@]}"; do
  echo "== $preset: configure, build, test"
  case "$preset" in arm64|armhf) ./toolchain/setup-cross.sh "$preset" ;; esac
  strict=()
  [ "${CI:-}" = "true" ] && strict=(-DCMAKE_COMPILE_WARNING_AS_ERROR=ON)
  cmake --preset "$preset" "${strict[@]}"
  cmake --build --preset "$preset"
  ctest --preset "$preset"
  if [ "$preset" = coverage ]; then
    # Line coverage of the project's own code (kiosk/), tests and generated files left out.
    gcovr --root . --filter 'kiosk/' --exclude-unreachable-branches --print-summary \
      --txt build/coverage/coverage.txt build/coverage
  fi
done
