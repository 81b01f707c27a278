#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the project's own sources in kiosk/ and tests/, with the
# compile commands of BUILD_DIR (default build/default, configured if missing); any finding fails.
#   tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./toolchain/setup.sh --lint >/dev/null
build="${1:-build/default}"
if [[ ! -f "$build/compile_commands.json" ]]; then
  if [[ "$build" != "build/default" ]]; then
    echo "tidy.sh: no $build/compile_commands.json: configure that build first" >&2
    exit 1
  fi
  cmake --preset default >/dev/null
fi
mapfile -t files < <(git ls-files 'kiosk/*.cpp' 'tests/*.cpp')
# run-clang-tidy takes regular expressions: match each file's whole path exactly.
root="$(pwd -P)"
patterns=()
for f in "${files[@]}"; do patterns+=("^$root/${f//./\\.}\$"); done
start=$SECONDS
if ! run-clang-tidy -p "$build" -j 2 -quiet "${patterns[@]}"; then
  echo "tidy.sh: clang-tidy found problems (see above)" >&2
  exit 1
fi
echo "tidy.sh: ${#files[@]} files clean as .clang-tidy says ($((SECONDS - start)) s)"
